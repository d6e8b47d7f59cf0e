"""spaCy's attribute ruler, matched by table lookup.

The English pipeline's attribute ruler sets each token's coarse part of speech, morphology and
some lemmas from some 180 patterns, nearly all of one token (a tag, a word, a dependency). It
finds them with spaCy's general Matcher, which tries every pattern at every token: about an
eighth of the whole parse. The same matches come from what a token's tag, word, dependency
and spacing are: for each attribute, the patterns a value passes are worked out once per
distinct value (as bits), and a token's are those its four values all pass. `install` puts
that lookup in place of the ruler's own matching; the ruler still sets the attributes itself, in its order,
so the annotations are spaCy's to the last token (tests/test_ruler.py compares the two). A
ruler with a pattern of another kind (another attribute, an operator, a quantifier) keeps its
Matcher."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes a pattern may test here
Test = tuple[int, str, Any]  # (column of ATTRS, operator, value: string id, set of ids, regex, bool)


def install(nlp) -> bool:
    """Match `nlp`'s attribute ruler by lookup; False (and the ruler untouched) when it has
    none or a pattern this lookup cannot take."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    match = compile_ruler(ruler)
    if match is None:
        return False
    ruler.match = match  # the instance's own: AttributeRuler.__call__ calls self.match
    return True


def compile_ruler(ruler) -> Callable | None:
    """A function that returns what `ruler.match(doc)` returns, or None."""
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    matcher = ruler.matcher
    if any(v is not None for v in getattr(matcher, "_filter", {}).values()):
        return None  # greedy matching: not a lookup
    strings = ruler.vocab.strings
    specs: dict[tuple, int] = {}  # a token's tests -> its number
    patterns: list[tuple[int, int, list[int]]] = []  # (attribute index, match id, spec per token)
    for index in range(len(ruler.attrs)):
        key = str(index)
        if key not in matcher:
            return None
        for pattern in matcher.get(key)[1]:
            spec_ids = []
            for token in pattern:
                tests = _tests(token, get_string_id)
                if tests is None:
                    return None
                spec_ids.append(specs.setdefault(tests, len(specs)))
            if not spec_ids:
                return None
            patterns.append((index, get_string_id(key), spec_ids))
    columns = [IDS[a] for a in ATTRS]
    tests_of = sorted(specs, key=specs.__getitem__)
    # per attribute, the specs (as bits) a value passes: those that do not test the attribute,
    # those that want this very value, and those whose other tests the value passes
    masks = [_Passing(column, tests_of, strings) for column in range(len(ATTRS))]
    single: list[list[tuple[int, int]]] = [[] for _ in specs]  # spec -> (attribute index, match id)
    longer = [(i, m, [1 << s for s in spec_ids]) for i, m, spec_ids in patterns if len(spec_ids) > 1]
    for index, match_id, spec_ids in patterns:
        if len(spec_ids) == 1:
            single[spec_ids[0]].append((index, match_id))

    class Ones(dict):
        """The one-token matches of a set of specs met (bits)."""

        def __missing__(self, met: int) -> list[tuple[int, int]]:
            found = sorted({m for n in range(len(single)) if met >> n & 1 for m in single[n]})
            if len(self) < 100_000:
                self[met] = found
            return found

    ones_of = Ones()
    first = 0  # the specs that start a longer pattern
    for _, _, bits in longer:
        first |= bits[0]
    tag, lower, dep, space = masks

    def match(doc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        out = []
        met_at = []
        for i, (t, w, d, sp) in enumerate(doc.to_array(columns).tolist()):
            met = tag[t] & lower[w] & dep[d] & space[sp]
            met_at.append(met)
            for index, match_id in ones_of[met]:
                out.append((index, match_id, i, i + 1))
        if longer:
            n, more = len(met_at), set()
            for i in [i for i, met in enumerate(met_at) if met & first]:
                for index, match_id, bits in longer:
                    width = len(bits)
                    if i + width <= n and all(met_at[i + k] & b for k, b in enumerate(bits)):
                        more.add((index, match_id, i, i + width))
            out += more
        out.sort()  # as AttributeRuler.match: by attribute, so that later rules win
        return out

    return match


class _Passing(dict):
    """Value of one attribute -> the specs (bits) whose tests of that attribute it passes."""

    def __init__(self, column: int, tests_of: list[tuple[Test, ...]], strings) -> None:
        super().__init__()
        self.strings = strings
        self.always = 0  # specs that do not test this attribute
        self.equal: dict[object, int] = {}  # value -> specs that want it (==, IN)
        self.other: list[tuple[int, tuple[Test, ...]]] = []  # (bit, tests) to run on a value
        for n, tests in enumerate(tests_of):
            mine = tuple(t for t in tests if t[0] == column)
            if not mine:
                self.always |= 1 << n
            elif len(mine) == 1 and mine[0][1] in ("==", "IN"):
                wanted = mine[0][2] if mine[0][1] == "IN" else (mine[0][2],)
                for v in wanted:
                    self.equal[v] = self.equal.get(v, 0) | 1 << n
            else:
                self.other.append((1 << n, mine))

    def __missing__(self, value) -> int:
        bits = self.always | self.equal.get(value, 0)
        for bit, tests in self.other:
            if all(_passes(t, value, self.strings) for t in tests):
                bits |= bit
        if len(self) < 500_000:  # a vocabulary beyond any one language's is not kept
            self[value] = bits
        return bits


def _tests(token: dict, string_id) -> tuple[Test, ...] | None:
    out: list[Test] = []
    for attr, value in token.items():
        if attr not in ATTRS:
            return None
        column = ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            out.append((column, "is", value))
        elif isinstance(value, str):
            out.append((column, "==", string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                out.append((column, op, frozenset(map(string_id, arg))))
            elif op == "REGEX" and isinstance(arg, str) and attr == "LOWER":
                out.append((column, op, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tuple(sorted(out, key=lambda test: test[0]))  # one test per attribute: one order


def _passes(test: Test, value, strings) -> bool:
    _, op, arg = test
    if op == "is":
        return bool(value) == arg
    if op == "==":
        return value == arg
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    return bool(arg.search(strings[value]))
