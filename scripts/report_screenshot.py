"""Write an HTML report and a screenshot of it in headless Chromium, for a person to look at.

    python scripts/report_screenshot.py                       # the seed article, into data/
    python scripts/report_screenshot.py --db my.db --article 3e8304d38d30 --out /tmp/shots

With no --db, the seed article is ingested into a fresh temporary database first (this parses,
so it loads spaCy). Needs Debian's chromium (apt-get install -y chromium).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path

from factcheck import report
from factcheck.db import Store
from factcheck.errors import FactcheckError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an existing factcheck database (default: the seed article, freshly ingested)")
    parser.add_argument("--article", help="one article's id (default: every article)")
    parser.add_argument("--out", default="data", help="directory for report.html and report.png (default: data)")
    parser.add_argument("--width", type=int, default=1200, help="window width in pixels")
    parser.add_argument("--height", type=int, default=1600, help="window height in pixels")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if args.db:
                database = Store(args.db, create=False)
            else:
                from factcheck.ingest import ingest
                from factcheck.reader import read_article

                database = Store(str(Path(tmp) / "seed.db"))
                with resources.as_file(resources.files("factcheck") / "seeds" / "kazakh-protesters.txt") as seed:
                    ingest(database, [read_article(str(seed), outlet="RFE/RL", published="2019-02-10")])
            page = out / "report.html"
            page.write_text(report.html_report(report.gather(database, args.article)), encoding="utf-8")
            shot = out / "report.png"
            report.screenshot(str(page), str(shot), args.width, args.height)
    except FactcheckError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    print(f"Wrote {page} and {shot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
