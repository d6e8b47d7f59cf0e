"""End to end in a real browser: `factcheck serve` on a free 127.0.0.1 port, pages loaded by
headless Chromium (Debian's package, installed by .ci/run), checked as a person sees them.

Set FACTCHECK_SCREENSHOTS=DIR to keep the screenshots for a human to look at."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import free_port, table_rows

from factcheck.report import browser, browser_args

CHROMIUM = browser()
if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("chromium is missing on CI: .ci/run installs Debian's chromium package")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run does it on CI)"
)
DB = "factcheck"


@pytest.fixture(scope="module")
def served(seeded_db, tmp_path_factory):
    """`factcheck serve` on the seeded database, as a user starts it; stopped afterwards."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "serve", "--db", seeded_db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"factcheck serve did not start: {log.read_text()}")
            time.sleep(0.2)
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def chromium(tmp_path, *args, url: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM, *browser_args(str(profile)), *args, url],
        capture_output=True,
        timeout=120,
        check=True,
        stdin=subprocess.DEVNULL,
    )


def dom(tmp_path, url: str) -> str:
    """The page's DOM after Chromium loaded it (scripts run)."""
    return chromium(tmp_path, "--dump-dom", url=url).stdout.decode("utf-8")


def test_serve_binds_127_0_0_1_and_says_where(served):
    base, log = served
    assert f"at {base}/{DB}/contradictions_view" in log.read_text()


def test_contradictions_page_shows_china_denial_beside_the_state_department(served, tmp_path):
    base, _ = served
    page = dom(tmp_path, f"{base}/{DB}/contradictions_view")
    assert "Contradictions side by side" in page
    rows = table_rows(page)
    pair = [r for r in rows if r["source_a"].text == "U.S. State Department" and r["source_b"].text == "China"]
    assert len(pair) == 1, [(r["source_a"].text, r["source_b"].text) for r in rows]
    row = pair[0]
    assert row["kind"].text == "denial" and row["stance_b"].text == "denies"
    assert row["claim_b"].text == "China denies that the facilities are internment camps."
    assert row["claim_b"].marked == ["that the facilities are internment camps"]
    assert "2 million" in row["claim_a"].marked[0] and "detention centers" in row["claim_a"].marked[0]
    scores = [float(r["score"].text) for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_claims_are_searchable_and_link_to_sources(served, tmp_path):
    base, _ = served
    rows = table_rows(dom(tmp_path, f"{base}/{DB}/claims_view?_search=internment+camps"))
    assert [r["source"].text for r in rows] == ["China"]
    assert rows[0]["sentence"].marked == ["that the facilities are internment camps"]
    source_page = dom(tmp_path, base + rows[0]["source"].links[0])
    assert "China" in source_page and "government" in source_page


def test_screenshot_of_the_contradictions_page(served, tmp_path):
    base, _ = served
    png = tmp_path / "contradictions.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1400,1000", url=f"{base}/{DB}/contradictions_view")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 1000) and len(data) > 20_000  # a page, not a blank
    keep = os.environ.get("FACTCHECK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / png.name)
