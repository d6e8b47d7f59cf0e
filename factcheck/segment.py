"""Segment an article: paragraphs, datelines and quotation marks, as offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import table

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
# Marks some sites set for a straight double quotation mark: the double prime ("″We will,″ she
# said"). The parser reads them as straight marks (`PRIMES_AS_STRAIGHT`), and so do `quotes`.
PRIMES = "″"
PRIMES_AS_STRAIGHT = str.maketrans(dict.fromkeys(PRIMES, STRAIGHT))
# Two apostrophes or two backticks are a double quotation mark in archive and wire text
# (''We disagree,'' the airline said; ``We disagree,''): two apostrophes pair as a straight
# mark, two backticks only open.
DOUBLED = {"''", "``"}

_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE_END = re.compile(r"[.!?:\"”’)\]]\s*$")
# "ALMATY, Kazakhstan -- ", "WASHINGTON (Reuters) - ", "LONDON — ", "RIVERTON • " (a bullet, as some papers print it)
# "RIVERTON—Two men were arrested": a dash of its own may be set solid, before the capital that opens the text.
# "IDYLLWILD, Calif. (AP) Authorities ...", "RIVERTON (Kestrel News): Two men ...": an agency's credit in
# brackets may end it with no dash.
_COUNTRY_NAMES = "|".join(sorted({re.escape(row[0].title()) for row in table("countries")}, key=len, reverse=True))
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\-/ ]{2,40}"  # "BEIJING/SYDNEY": two cities
    rf"(?:(?<= )(?:{_COUNTRY_NAMES})\b)?"  # "GARISSA Kenya, May 3 – ": the country with no comma before it
    r"(?:,\s*[A-Z][\w.' ]{1,40}){0,2}\s*"
    r"(?:(?:\([^)]{1,40}\)\s*)?(?:(?:--|—|–|-|•)\s+|[—–](?=[A-Z“\"‘]))|\([A-Z][A-Za-z ]{1,19}\)\s+(?=[A-Z“\"‘])"
    r"|\([A-Z][A-Za-z ]{1,19}\)\s*-(?=[A-Z][a-z])"  # "TURIN, Italy (Reuters) -Two men ...": the dash set solid
    r"|\((?=[^)]*[a-z])[A-Z][A-Za-z ]{1,19}\)\s*:\s+(?=[A-Z“\"‘]))"  # not "BIDEN (LAUGHS): ...", a transcript's note
)
# A dateline in title case, a place and its country or state before a long dash: "Kaduna, Nigeria —
# Gunmen ...", "Port Harcourt, Rivers State – ..." (not "However, Reed — who ...": a capital follows).
_TITLE_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} [—–] (?=[A-Z“\"‘'])")
# A capital in title case before a long dash, as some outlets open a story: "Monrovia — Bong County
# Senator ..." (a capital the countries table gives; not "However — ...").
_CAPITALS = sorted({row[1] for row in table("countries") if len(row) > 1 and row[1]}, key=len, reverse=True)
_CAPITAL_DATELINE = re.compile(rf"(?:{'|'.join(map(re.escape, _CAPITALS))})\s+(?:--|—|–)\s+(?=[A-Z“\"‘'])")
# A dateline ended by a colon, as some wires print one: a capital city, in capitals or not ("TOKYO:
# A volcano erupted ...", "Prague: European Union countries agreed ..."), or a place and its
# country ("RIVERTON, South Korea: Prosecutors ..."), maybe with an agency's initials before the
# colon ("OSLO (KA) : ..."); not a label in capitals ("BREAKING: ...").
_COLON_DATELINE = re.compile(
    rf"(?:{'|'.join(re.escape(c.upper()) for c in _CAPITALS)}"
    rf"|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){{0,2}},\s*(?i:{_COUNTRY_NAMES})"
    rf"|{'|'.join(map(re.escape, _CAPITALS))})"
    r"\s*(?:\([A-Z]{2,5}\)\s*)?:\s+(?=[A-Z“\"‘])"  # "Prague: European Union ...", "OSLO (KA) : The ..."
)
# A city of two words or more in capitals glued by a hyphen to the text, as some pages print a
# dateline: "NEW RIVERTON-Ohio Attorney General ..." (not "COVID-Hit Firms").
_GLUED_DATELINE = re.compile(r"[A-Z][A-Z.']*(?:\.?\s[A-Z][A-Z.']+)+-(?=[A-Z][a-z]+\s)")
# A place closed by a full stop and a dash, as Spanish-language outlets write a dateline: "Caracas.- ",
# "MADRID.- ", "The Netherlands.- ".
_DOT_DASH_DATELINE = re.compile(r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\.\s?[-–—]\s+(?=[A-Z“\"‘'])")
# A date before the text: "date 2022-03-16 ", "Published: March 16, 2022 10:30 GMT | ", "2022-03-16T08:00Z ".
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # a month, by name or abbreviated
_TIME = r"(?:,?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_NAMED_DATE = rf"(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}})"
_DATE_LABEL = r"(?i:date[ds]?|published|updated|posted|last\s+updated)\s*:?\s*"
_DATE_PREFIX = re.compile(
    rf"(?:{_DATE_LABEL}(?:{_ISO_DATE}|{_NAMED_DATE}){_TIME}\s*(?:--|—|–|-|\|)?"  # labelled: any date
    # ... and the day again, a wire's dateline that lost its place ("date 2019-03-04 March 4 Riverton's ...")
    rf"(?:\s*{MONTH}\s+\d{{1,2}}(?=\s+[A-Z]))?"
    rf"|{_ISO_DATE}{_TIME}\s*(?:--|—|–|-|\|)?"  # a numeric date never opens a sentence
    rf"|{_NAMED_DATE}{_TIME}\s*(?:--|—|–|-|\|)"  # a date in words only before a dash or bar
    # a date in eight digits, and the agency's name before a dateline ("20120120 Reuters BAMAKO (Reuters) -")
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\s+[A-Z][A-Za-z]+(?=\s+[A-Z]{3,}\b))?)"
    r"\s+"
)
# A wire's label of a story sent again, before its dateline or its text: "(UPDATED) WATER officials
# warned ...", "(UPDATE 2) ", "(REFILE) ".
# A wire's note of what a story sent again changes: "(Updates with death toll, adds quotes) ".
_WIRE_LABEL = re.compile(
    r"\((?:UPDATED?(?:\s+\d{1,2})?|CORRECTED|REFILE|REPEAT"
    r"|(?:Updates|Adds|Corrects|Recasts|Repeats|Refiles|Rewrites|Changes)\b[^()]{0,160})\)\s+(?=\S)"
)
# A wire agency's dateline in mixed case: "New Delhi, Mar 3 (IANS): ", "Kabul (Reuters) - ",
# "Beijing, March 3 (Xinhua) -- ". After a colon it needs its date: a transcript's "SMITH (R):" or
# "BIDEN (LAUGHS):" names a speaker.
_PLACE = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"
# "(KNA/RTX)": two agencies; "(4K News)": a name of two words
# "(Visayan Daily Star/ANN)": a paper's name of up to three words and the network's
_AGENCY = r"\((?:[A-Z\d][A-Za-z\d]{1,11}(?: [A-Z][A-Za-z]{1,11}){0,2}(?:/[A-Z][A-Za-z]{1,11}){0,2}|dpa)\)"
_DAY = rf"{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
_AGENCY_DATELINE = re.compile(
    # "Riverton, Norland (4K News) – The ...": the place may give its country; "Riverton, Mar 3 (KNA).-
    # The ...": a stop before the dash; "RIVERTON, (Reuters) – ...": a comma before the credit
    rf"{_PLACE}(?:,\s*{_DAY}\s*{_AGENCY}\s*:|(?:,\s*{_PLACE})?(?:,\s*{_DAY})?,?\s*{_AGENCY}\s*\.?(?:--|—|–|-))"
    r"(?:\s+|(?=[A-Z][a-z]))"
    rf"|{_PLACE},\s*{_DAY}\s*{_AGENCY}\s+(?=[A-Z“\"‘])"  # "Lisbon, Mar 3 (KNA) Lisbon's mayor ...": dated, no mark
    # "RIVERTON, Jan 9 Two ferries ...", "New Riverton, Aug 14 Shortly after ...": the agency's credit left out
    # ... and its state before the date: "RIVERTON, Ore. Mar 4 Flood warnings ..."
    rf"|{_PLACE}(?:,\s*{_PLACE})?,\s*{MONTH}\s+\d{{1,2}}\s+(?=[A-Z“\"‘])"
    # "LONDON Jan 18 Two banks ...", "RIVERTON, Norland Jan 1 Villagers ...": a place in capitals, no comma
    rf"|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){{0,3}}(?:,\s*{_PLACE})?\s+{MONTH}\s+\d{{1,2}}\s+(?=[A-Z“\"‘])"
    rf"|{_PLACE},\s*[A-Z][a-z]{{1,5}}\.\s+{MONTH}\s+\d{{1,2}}\s+(?=[A-Z“\"‘])"
    # "Riverton, Jan 26, 2017: At least six ...": dated, closed by a colon, the credit left out
    rf"|{_PLACE},\s*{_DAY}\s*:\s+(?=[A-Z“\"‘])"
    # "New Riverton (KNN)The ringleader ...": a scraped page's dateline, glued to the first word
    rf"|{_PLACE}\s*{_AGENCY}(?=[A-Z][a-z])"
)
# The agency's credit in brackets before the dateline or the text: "(CBS/AP) KABUL, Afghanistan - ...".
# "(Reuters) - U.S. states must ...": the credit alone and its dash, the place left out
_AGENCY_FIRST = re.compile(rf"{_AGENCY}\s*(?:(?:--|—|–|-)\s+)?(?=[A-Z“\"‘])")


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool  # False when the paragraph ends before a closing mark

    @property
    def outer(self) -> tuple[int, int]:
        return (max(self.start - 1, 0), self.end + (1 if self.closed else 0))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank paragraphs as (start, end). Blank lines separate paragraphs; so does a single
    newline after a line that ends a sentence (scraped text often has one line per paragraph)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in list(_BLANK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        _split_lines(text, pos, end, spans)
        pos = m.end() if m else len(text)
    joined: list[tuple[int, int]] = []
    for start, end in _rejoined(text, spans):
        if joined and _broken_sentence(text, joined[-1][1], start):
            start = joined.pop()[0]
        joined.append((start, end))
    return joined


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of wire copy wrapped at a fixed width whose every line was set apart by a
    blank line (as a page, or a copy that doubled its line breaks, gives it), joined as
    `_split_lines` joins a wrapped block: a run of four lines or more, each a paragraph of one line,
    that `_wrapped_lines` reads as wrapped ends a paragraph only where a sentence ends and the next
    word would have fitted ("... according to Ana" / "Ruiz, a spokeswoman ..." is one sentence)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i
        while j < len(spans) and "\n" not in text[spans[j][0] : spans[j][1]]:
            j += 1
        run = spans[i:j]
        width = _wrapped_lines([text[s:e] for s, e in run]) if len(run) >= 4 else 0
        if not width:
            out.extend(spans[i : max(j, i + 1)])
            i = max(j, i + 1)
            continue
        start = run[0][0]
        for (s, e), after in zip(run, run[1:] + [(len(text), len(text))]):
            line = text[s:e]
            next_line = text[after[0] : after[1]]
            next_word = next(iter(next_line.split(None, 1)), "")
            if (
                after[0] == len(text)
                or _ends_sentence(line)
                and len(line) + 1 + len(next_word) <= width
                # a headline's bullets and the byline stand alone ("* Aid workers say ...", "By Ana Ruiz")
                or _STANDALONE_LINE.match(line)
                or _STANDALONE_LINE.match(next_line)
            ):
                out.append((start, e))
                start = after[0]
        i = j
    return out


# A line that stands alone in wrapped wire copy: a bullet of the story's summary, or the byline.
_STANDALONE_LINE = re.compile(r"\s*(?:[*•►▪]\s|-\s|By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$)")


def _ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: not a quotation closed after a comma ('"... ignored,"' /
    "said Ana Ruiz"), which goes on with its cue."""
    return bool(_LINE_END.search(line)) and not re.search(r",\s*[\"”’']\s*$", line)


def _wrapped_lines(lines: list[str]) -> int:
    """The width lines each set apart were wrapped at, or 0: three in four of those that end inside
    a sentence (a third of the lines or more) within 15 characters under the widest such width, a
    third of them going on in lower case, and nine lines in ten no longer than that width
    (paragraphs of one line each run longer, and a list of headlines starts each with a capital)."""
    goes_on = [(line, after) for line, after in zip(lines, lines[1:]) if not _LINE_END.search(line)]
    if len(goes_on) < 3 or 3 * len(goes_on) < len(lines) - 1:
        return 0
    lower = sum(after[:1].islower() or after[:1].isdigit() for _, after in goes_on)
    if 3 * lower < len(goes_on):
        return 0
    # the widest that most lines reach: a dateline or a headline may run over it
    for width in sorted({len(line) for line, _ in goes_on}, reverse=True):
        full = sum(width - 15 <= len(line) <= width for line, _ in goes_on)
        if 4 * full >= 3 * len(goes_on):
            within = sum(len(line) <= width for line in lines)
            return width if 10 * within >= 9 * len(lines) and 40 <= width <= 100 else 0
    return 0


def _broken_sentence(text: str, end: int, start: int) -> bool:
    """Whether a blank line between two paragraphs falls inside a sentence, as scraped pages
    break one around a link or an advertisement: the first ends in a word or a comma and the
    next goes on in lower case ("signs of the mayor" / "taking money")."""
    return "\n" in text[end:start] and not _LINE_END.search(text, end - 1, end) and text[start].islower()


def _split_lines(text: str, start: int, end: int, out: list) -> None:
    width = _wrapped_at(text[start:end])
    line_start = start
    para_start = start
    while True:
        nl = text.find("\n", line_start, end)
        if nl == -1:
            break
        ends = _LINE_END.search(text, line_start, nl)
        if width:  # a paragraph ends on a sentence's end where the next word would have fit
            next_word = next(iter(text[nl + 1 : end].split(None, 1)), "")
            breaks = bool(ends) and len(text[line_start:nl].rstrip()) + 1 + len(next_word) <= width
        else:
            breaks = bool(ends) or nl - line_start < 80
        if breaks:
            _append_trimmed(text, para_start, nl, out)
            para_start = nl + 1
        line_start = nl + 1
    _append_trimmed(text, para_start, end, out)


def _wrapped_at(block: str) -> int:
    """The width a block of lines is wrapped at, or 0: wire copy and mail are set at a fixed width
    of some 60 or 70 characters, so a line ends inside a sentence ("forced a Kestrel" / "Air
    flight to turn back"), where a short line of its own is a headline or a byline. Wrapped: three lines or
    more, three in four of those before the last within 15 characters of the longest, half of them
    ending inside a sentence, and a third of the lines after those going on in lower case (a list
    of headlines, one to a line, starts each with a capital)."""
    lines = [line.rstrip() for line in block.split("\n")]
    body = lines[:-1]
    if len(body) < 2:
        return 0
    width = max(map(len, body))
    full = sum(len(line) >= width - 15 for line in body)
    goes_on = [after.lstrip()[:1] for line, after in zip(body, lines[1:]) if not _LINE_END.search(line)]
    lower = sum(first.islower() or first.isdigit() for first in goes_on)
    wrapped = 4 * full >= 3 * len(body) and 2 * len(goes_on) >= len(body) and 3 * lower >= len(goes_on)
    return width if wrapped and 40 <= width <= 100 else 0


def _append_trimmed(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


# A label a page sets before a picture's caption ("Image caption Kestria says ...", "Image
# copyright Agency Photos Image caption Troops at the border", "Media caption ..."): no words of it.
_CAPTION_LABEL = re.compile(r"(?:Image\s+copyright\s+.{1,60}?\s+)?(?:Image|Media|Video)\s+caption\s+(?=\S)")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the text of a paragraph begins after a dateline like "ALMATY, Kazakhstan --" and
    a date before it or after it ("date 2022-03-16 ", "Updated: March 16, 2022 |"), or after a
    page's label for a picture's caption ("Image caption ")."""
    pos = start
    for patterns in (
        (_WIRE_LABEL, _CAPTION_LABEL, _AGENCY_FIRST),
        (_DATE_PREFIX,),
        (_WIRE_LABEL,),  # "date 2019-02-11 (Updates with arrests) LUSAKA Feb 11 ..."
        (
            _DATELINE,
            _AGENCY_DATELINE,
            _GLUED_DATELINE,
            _DOT_DASH_DATELINE,
            _TITLE_DATELINE,
            _CAPITAL_DATELINE,
            _COLON_DATELINE,
        ),
        (_DATE_PREFIX,),
    ):
        for pattern in patterns:
            m = pattern.match(text, pos, end)
            if m and m.end() < end:
                pos = m.end()
                break
    return pos


def quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Pair the quotation marks of one paragraph. Curly marks pair by direction, straight marks
    alternate (two apostrophes count as one straight double mark, two backticks as an opening
    one); a mark left open runs to the end of the paragraph. Never fails on odd input."""
    end = len(text) if end is None else end
    found: list[Quote] = []
    open_at = None  # where the text inside the open quotation starts
    i = start
    while i < end:
        ch = STRAIGHT if text[i] in PRIMES else text[i]
        pair = text[i : i + 2] if i + 1 < end else ""
        double = pair in DOUBLED and (i + 2 >= end or text[i + 2] != ch)  # not three in a row
        width = 2 if double else 1
        if open_at is None:
            if (
                ch in OPENING
                or double
                and ch == "`"
                or (ch == STRAIGHT or double)
                and _can_open(text, i + width - 1, start, end)
                # a closing mark written to open ('”We hope to reopen,” he said'), as some outlets
                # do: where nothing is open and it opens a paragraph or follows a space or a colon
                or ch == "”"
                and _opens_as_closing(text, i, start, end)
            ):
                open_at = i + width
        elif ch in CLOSING or ch == STRAIGHT or double and ch == "'":
            if i > open_at:
                found.append(Quote(open_at, i, True))
            open_at = None
        i += width
    if open_at is not None and end > open_at:
        found.append(Quote(open_at, end, False))
    if not found and not _DOUBLE_MARK.search(text, start, end):
        return _single_quotes(text, start, end)
    return found


# Any double quotation mark: a paragraph that has one quotes with it, and its single marks are
# apostrophes or a quotation inside a quotation.
_DOUBLE_MARK = re.compile(r"[\"“”«»„″]|''|``")
# A single quotation mark that opens: "‘", or an apostrophe before a word after a space, a bracket,
# a dash or a colon; one that closes: after "‘", a "’" that ends a word; after an apostrophe, an
# apostrophe or "’" after the end of a sentence or a comma (not the possessive of "the students'
# union"), or before punctuation ("'absurd'.").
_SINGLE_OPEN = re.compile(r"‘(?=\S)|(?:(?<=^)|(?<=[\s(\[—–:]))'(?=[A-Za-z0-9])")
_CURLY_CLOSE = re.compile(r"(?<=\S)’(?![A-Za-z0-9])")  # after "‘": not the apostrophe of "He’s"
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?;:])['’]|(?<=\S)['’](?=[\s]*$|[.,;:!?)\]—–])")
# A comma or colon right before a mark: the punctuation after a cue ("Ruiz said, 'There is ...").
_AFTER_CUE = re.compile(r"[,:]\s*$")
# A sentence's end right before a mark ("he said. 'There is ...").
_AFTER_STOP = re.compile(r"[.!?]\s+$")


# A quotation in single marks opening a sentence ("... sales. 'Orders are climbing"), and an
# apostrophe after a word and before a space, which may close a quotation or mark the possessive
# of a plural ("'much more careful' in", "the workers' union").
_NEXT_OPENING = re.compile(r"(?<=[.!?])\s+'(?=[A-Z0-9])")
_WORD_END_MARK = re.compile(r"(?<=[A-Za-z])'(?=\s)")


def _closed_before_next(text: str, inner: int, closing: re.Match) -> re.Match:
    """The mark that closes a quotation in straight single marks: where a quotation that opens
    a later sentence lies before the closing mark found, the last apostrophe ending a word
    before that sentence ("the firm was 'much more careful' in its sums. 'Orders are
    climbing,' she said": two quotations, not one from "much" to "climbing")."""
    nxt = _NEXT_OPENING.search(text, inner, closing.start())
    if nxt is None:
        return closing
    ends = list(_WORD_END_MARK.finditer(text, inner, nxt.start()))
    return ends[-1] if ends else closing


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in single marks, as British, Irish, Indian and Australian outlets write them
    ('‘We will appeal,’ she said.'), in a paragraph with no double mark. A single mark is also an
    apostrophe, so a quotation needs a mark that can only open and one that can only close; one
    left open runs to the end of its paragraph only when it opens the paragraph, follows a
    comma or colon ("Ruiz said, 'There is ...": a quotation going on over paragraphs) or opens a
    sentence after a quotation closed in the paragraph ("'...,' he said. 'There is ...")."""
    found: list[Quote] = []
    pos = start
    while pos < end:
        opening = _SINGLE_OPEN.search(text, pos, end)
        if opening is None:
            break
        inner = opening.end()
        curly = text[opening.start()] == "‘"
        closing = (_CURLY_CLOSE if curly else _SINGLE_CLOSE).search(text, inner + 1, end)
        if closing is not None and not curly:
            closing = _closed_before_next(text, inner, closing)
        if closing is not None:
            found.append(Quote(inner, closing.start(), True))
            pos = closing.end()
        else:
            if (
                opening.start() == start
                or _AFTER_CUE.search(text, max(start, opening.start() - 3), opening.start())
                # "'..., ' he said. 'The garden must stay open. ...": the speaker's words go on
                or found
                and _AFTER_STOP.search(text, max(start, opening.start() - 4), opening.start())
            ):
                found.append(Quote(inner, end, False))
            break
    return found


def _opens_as_closing(text: str, i: int, start: int, end: int) -> bool:
    """Whether a closing double mark opens a quotation: at the paragraph's start or after a
    space, a bracket or a colon, before a word, and closed by a second one later."""
    before = text[i - 1] if i > start else " "
    return (before.isspace() or before in "([:") and i + 1 < end and text[i + 1].isalnum() and "”" in text[i + 1 : end]


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    """A straight mark opens a quote unless it clearly closes one (e.g. inches: 6'2")."""
    return i + 1 < end and not text[i + 1].isspace()


def quote_at(qs: list[Quote], start: int, end: int) -> Quote | None:
    """The quote that overlaps [start, end), if any."""
    for q in qs:
        if q.start < end and start < q.end:
            return q
    return None
