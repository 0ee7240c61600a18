"""Screenshots of the exercise runner for the issue's closing note (not a test).

Builds the English test handbook (internal build) into a temp dir, runs its simulation at speed in Debian's
Chromium (a reply through the filler, an observation, a pause), and writes here:
facilitator.png and feed.png (1280 px wide) and report-page1.png (the printed report's
first page, through Chromium's PDF and poppler's pdftoppm).

    .venv/bin/python benchmarks/exercise-run/screenshots.py
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ENGLISH = ROOT / "tests" / "handbooks" / "english"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        overlay = Path(tmp) / "contacts.yaml"  # an internal build: the run pages of an exercise not yet held
        overlay.write_text('contacts:\n  - name: Robin Staff\n    roles: [planner]\n    phone: "070-174 06 51"\n')
        env = os.environ | {"HANDBOOK_DATA": str(ENGLISH), "KRISHANDBOK_PDF": "0", "NO_MKDOCS_2_WARNING": "1",
                            "HANDBOOK_PROFILE": "internal", "HANDBOOK_PRIVATE": str(overlay)}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                       cwd=ROOT, env=env, check=True)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            shoot(f"http://127.0.0.1:{server.server_port}/exercises/run-drill/", Path(tmp))
        finally:
            server.shutdown()


def shoot(base: str, tmp: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        facilitator = context.new_page()
        facilitator.goto(base + "facilitator/?speed=120")
        facilitator.wait_for_selector("[data-kh-ready]")
        with facilitator.expect_popup() as opened:
            facilitator.click("a.kh-run-open-feed")
        feed = opened.value
        feed.set_viewport_size({"width": 1280, "height": 800})
        feed.wait_for_selector("[data-kh-ready]")
        facilitator.get_by_role("button", name="Start", exact=True).click()
        feed.wait_for_selector("[data-inject='4']", timeout=30_000)
        with feed.expect_popup() as opened:
            feed.locator("[data-inject='1'] a.kh-run-answer").first.click()
        answer = opened.value
        answer.wait_for_selector(".kh-run-banner")
        fields = answer.locator(".kh-field-input")
        for k in range(fields.count()):
            fields.nth(k).fill(["flooding in Riverside", "15:00"][k % 2])
        answer.click("button.kh-copy")
        feed.wait_for_selector("[data-inject='1'] .kh-feed-reply")
        facilitator.get_by_role("button", name="Pause", exact=True).click()
        facilitator.get_by_label("Observation", exact=True).first.fill("The reply came 3 minutes after the post.")
        facilitator.get_by_role("button", name="Note it").first.click()
        for page in (facilitator, feed):
            page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
        facilitator.screenshot(path=HERE / "facilitator.png")
        feed.screenshot(path=HERE / "feed.png")
        report = context.new_page()
        report.goto(base + "report/")
        report.wait_for_selector("[data-kh-ready]")
        report.emulate_media(media="print")
        pdf = tmp / "report.pdf"
        report.pdf(path=str(pdf), format="A4", print_background=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(HERE / "report-page1")], check=True)
        browser.close()


if __name__ == "__main__":
    main()
