"""The page `mkdocs serve` shows while the handbook has errors: every problem, with where it is.

One self-contained HTML document (inline style, no theme, no relative links), so the
same bytes answer every address of the site, however deep. Its script asks the
development server's live-reload endpoint for the next build and reloads the page
when it comes: saving a fix brings the handbook back without touching the browser.
Every text from the handbook is escaped.
"""

from __future__ import annotations

from html import escape

from ..messages import say
from ..problems import LEVEL_WORDS, Problem

# The development server answers /livereload/<epoch>/<id> at once with its newest build's
# epoch when that is newer than <epoch>, else when the next build is done (or after a minute).
_RELOAD_SCRIPT = """
(function () {
  var seen = null;
  function wait() {
    fetch("/livereload/" + (seen || 0) + "/0", {cache: "no-store"})
      .then(function (response) { return response.text(); })
      .then(function (epoch) {
        if (seen !== null && epoch !== seen) { location.reload(); return; }
        seen = epoch;
        wait();
      })
      .catch(function () { setTimeout(wait, 2000); });
  }
  wait();
})();
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; color: #8b0000; }
ol { padding-left: 1.5rem; }
li { margin: 0 0 1rem; overflow-wrap: anywhere; }
code { font-family: ui-monospace, monospace; background: #f3f3f3; padding: 0 .2rem; }
.kh-rule { color: #4d4d4d; }
"""


def problem_page(problems: list[Problem], language: str, data_path: str) -> str:
    """The whole HTML document listing the errors among `problems` (file:line:col, message, rule)."""
    errors = [problem for problem in problems if problem.is_error]
    items = "\n".join(_item(problem, language) for problem in errors)
    title = escape(say(language, "serve-invalid-title"))
    lead = escape(say(language, "serve-invalid-lead", path=data_path, errors=len(errors)))
    return (
        f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="robots" content="noindex">\n<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n'
        f'<body>\n<main>\n<h1>{title}</h1>\n<p>{lead}</p>\n<ol class="kh-problems">\n{items}\n</ol>\n</main>\n'
        f"<script>{_RELOAD_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _item(problem: Problem, language: str) -> str:
    where = problem.where
    place = escape(f"{where.path}:{where.line}:{where.column}")
    word = escape(LEVEL_WORDS.get(language, LEVEL_WORDS["sv"])[problem.level])
    return (
        f"<li><code>{place}</code> {word}: {escape(problem.message)} "
        f'<span class="kh-rule">[{escape(problem.rule)}]</span></li>'
    )
