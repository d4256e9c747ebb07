"""The HTML brief opened in headless Chromium: both charts are drawn, nothing is fetched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ask_synthetic import SEED_QUESTION

from sitrep.ask import build_brief, render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make test installs it with apt-get)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_html_brief_charts_in_chromium(synth_ask, tmp_path, browser):
    store, _ev = synth_ask
    html = render(build_brief(store, SEED_QUESTION), "html")
    assert "<script" not in html and "http://" not in html.split("<body>")[0]
    path = tmp_path / "brief.html"
    path.write_text(html, "utf-8")
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    timeline = page.locator("svg#timeline-chart")
    dyads = page.locator("svg#dyad-chart")
    assert timeline.count() == 1 and dyads.count() == 1
    assert timeline.locator(".event").count() >= 5  # dated events are drawn
    assert dyads.locator("rect.dyad").count() >= 3
    box = timeline.bounding_box()
    assert box["width"] > 300 and box["height"] > 100  # laid out, visible
    assert dyads.bounding_box()["height"] > 50
    assert page.locator("#implications li").count() >= 2
    assert page.locator("#facts .cite").count() >= 4
    assert all(u.startswith("file://") for u in requests)  # offline: no CDN, no fetch
    page.close()
