"""The template filler counts exactly as the engine does (krishandbok.text), live, by keyboard.

Expected values come from `measure()` and `outgoing_text()` in Python; the browser's come
from what the page shows after typing.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import ENGLISH, edit

from krishandbok import validate
from krishandbok.render import Site as Pages
from krishandbok.render.labels import Labels
from krishandbok.text import measure, outgoing_text

from .conftest import PHONE, SITE_DATA, Site, build_site, describe, run_axe

pytestmark = pytest.mark.browser

# Texts for a placeholder: plain, GSM-7 extension characters (count 2), an emoji (UCS-2, two
# UTF-16 units), a decomposed accent, long enough for several SMS parts in either encoding.
TEXTS = [
    "Koka vattnet innan du dricker det.",
    "Ring [växeln] {08} ~ 1 | 2 € ^ \\ – eller inte",
    "Ring växeln [08] ~ 1 | 2 € ^ \\",
    "Koka vattnet 🙂 först",
    "Cafe\u0301 öppet",
    "Lång text som går över flera sms. " * 6,
    "Lång text med emoji 🚰 som går över flera sms. " * 4,
    "",
]
# The same measures called directly, including what a field cannot hold (\r, \f, edges).
RAW_TEXTS = TEXTS + [
    "a\r\nb\fc",
    "\u2028 kanter \x1c\x85\xa0",
    "\ufeffBOM kvar\ufeff",
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ÄÖÑÜ§¿äöñüà",
    "x" * 160, "x" * 161, "€" * 80, "€" * 81, "ü" * 70, "ŵ" * 70, "ŵ" * 71, "🙂" * 35, "🙂" * 36,
]
CHANNELS = [("sms", 160), ("sms", 459), ("sms", 70), ("sms", None), ("web", 280), ("social", None)]


@pytest.fixture(scope="module")
def handbook():
    return validate(SITE_DATA).handbook


def _url(site, handbook, template_id: str) -> str:
    path = Pages(handbook).path("template", template_id)[: -len(".md")]
    return site.url(f"{path}.html" if site.base.startswith("file:") else f"{path}/index.html")


def _template_with(handbook, predicate):
    for template_id, template in handbook.templates.items():
        channels = [handbook.channels[c] for c in template.channels]
        if template.placeholders and predicate(channels):
            return template_id, template
    pytest.fail("the example handbook has no template for this test")


def _expected_rows(handbook, template, text: str) -> list[list[str]]:
    t = Labels(handbook.language)
    rows = []
    for channel_id in template.channels:
        channel = handbook.channels[channel_id]
        size = measure(text, channel.kind, channel.max_length)
        length = f"{size.length} {t('template.unit.' + size.unit)}"
        if size.segments:
            length += f" · {size.segments} {t('template.segment' if size.segments == 1 else 'template.segments')}"
        fits = t("template.fits" if size.fits else "template.too_long")
        verdict = t("template.no_limit") if size.limit is None else fits
        rows.append([channel.name, length, str(size.limit) if size.limit else t("none"), verdict])
    return rows


def _shown_rows(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "article tr:has(.kh-length)",
        """rows => rows.map(r => [r.cells[0].textContent.trim(), r.querySelector('.kh-length').textContent,
            r.querySelector('.kh-limit').textContent, r.querySelector('.kh-verdict').textContent])""",
    )


def _values(template, first: str | None = None) -> dict[str, str]:
    values = template.examples()
    if first is not None:
        values[next(iter(template.placeholders))] = first
    return values


def test_measures_match_the_engine(page, site, handbook):
    template_id, _ = _template_with(handbook, lambda channels: True)
    page.goto(_url(site, handbook, template_id))
    config = page.eval_on_selector("form.kh-filler", "form => JSON.parse(form.dataset.config)")
    cases = [(text, kind, limit) for text in RAW_TEXTS for kind, limit in CHANNELS]
    shown = page.evaluate(
        "([cases, config]) => cases.map(([text, kind, max]) => window.krishandbok.measure(text, kind, max, config))",
        [cases, config],
    )
    for (text, kind, limit), got in zip(cases, shown, strict=True):
        want = measure(text, kind, limit)
        assert got == {"length": want.length, "limit": want.limit, "unit": want.unit, "segments": want.segments}, (
            text, kind, limit)
    bodies = ["  {a} och {b}\n", "\u2028{a}\x1c", "{a}{okänd}{a}", "\ufeff{b}"]
    values = {"a": " A ", "b": "🙂"}
    shown = page.evaluate(
        "([bodies, values]) => bodies.map(b => window.krishandbok.outgoingText(b, new Map(Object.entries(values))))",
        [bodies, values],
    )
    assert shown == [outgoing_text(body, values) for body in bodies]


@pytest.mark.parametrize("kind", ["sms", "several channels"])
def test_filler_counts_match_the_engine(page, site, handbook, kind):
    if kind == "sms":
        template_id, template = _template_with(handbook, lambda cs: any(c.kind == "sms" and c.max_length for c in cs))
    else:
        template_id, template = _template_with(handbook, lambda cs: sum(bool(c.max_length) for c in cs) >= 2)
    page.goto(_url(site, handbook, template_id))
    field = page.locator(".kh-field-input").first
    for text in TEXTS:
        field.fill(text)
        values = _values(template, text)
        expected = outgoing_text(template.body, values)
        assert _shown_rows(page) == _expected_rows(handbook, template, expected), text
        assert page.eval_on_selector(".kh-preview pre", "pre => pre.dataset.text") == expected
        assert page.eval_on_selector(".kh-preview pre", "pre => pre.textContent").strip() == expected.strip()


def test_every_template_starts_with_the_engine_counts(page, site, handbook):
    for template_id, template in handbook.templates.items():
        page.goto(_url(site, handbook, template_id))
        assert _shown_rows(page) == _expected_rows(handbook, template, template.example_text()), template_id
        assert page.eval_on_selector(".kh-preview pre", "pre => pre.dataset.text") == template.example_text()
        fields = page.eval_on_selector_all(".kh-field-input", "fields => fields.map(f => [f.name, f.value])")
        assert dict(fields) == template.examples(), template_id
        labels = page.eval_on_selector_all(".kh-field-input", "fields => fields.map(f => f.labels.length)")
        assert all(count == 1 for count in labels), f"{template_id}: every field has its label"


def test_keyboard_only_fill_reset_and_copy(page, site, handbook):
    template_id, template = _template_with(handbook, lambda cs: True)
    page.goto(_url(site, handbook, template_id))
    names = list(template.placeholders)
    page.locator(".kh-field-input").first.focus()
    typed = {}
    for index, name in enumerate(names):
        assert page.evaluate("document.activeElement.name") == name
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type(f"värde {index} [x]")
        typed[name] = f"värde {index} [x]"
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('kh-reset-fields')")
    assert page.eval_on_selector(".kh-preview pre", "pre => pre.dataset.text") == outgoing_text(template.body, typed)
    page.keyboard.press("Enter")  # reset: back to the examples
    page.wait_for_function(
        "text => document.querySelector('.kh-preview pre').dataset.text === text", arg=template.example_text()
    )
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('kh-copy')"):
            break
    else:
        pytest.fail("Tab never reached the copy button")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.textContent === document.activeElement.dataset.copied")
    assert page.evaluate("navigator.clipboard.readText()") == template.example_text()


def test_over_the_limit_is_said_in_words_and_announced(browsing, site, handbook):
    template_id, template = _template_with(handbook, lambda cs: any(c.kind == "sms" and c.max_length for c in cs))
    page = browsing(PHONE).new_page()
    page.goto(_url(site, handbook, template_id))
    t = Labels(handbook.language)
    status = page.locator(f"#kh-status-{template_id}")
    assert status.get_attribute("aria-live") == "polite" and status.text_content() == ""
    field = page.locator(".kh-field-input").first
    field.fill("För lång text 🙂 " * 20)
    over = [row for row in _shown_rows(page) if row[3] == t("template.too_long")]
    assert over, "the verdict says it in words"
    assert over[0][0] in status.text_content()
    assert page.locator(".kh-field-input[aria-invalid=true]").count() == (
        1 if template.placeholders[next(iter(template.placeholders))].max_length else 0
    )
    violations = run_axe(page)
    assert not violations, describe(violations)
    page.locator(".kh-reset-fields").click()
    page.wait_for_function(
        "([el, text]) => el.textContent === text", arg=[status.element_handle(), t("template.all_fit")]
    )


def test_a_value_is_text_never_html(page, site, handbook):
    template_id, template = _template_with(handbook, lambda cs: True)
    page.goto(_url(site, handbook, template_id))
    evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    page.locator(".kh-field-input").first.fill(evil)
    assert page.locator(".kh-preview pre img, .kh-preview pre script").count() == 0
    assert evil in page.eval_on_selector(".kh-preview pre", "pre => pre.textContent")
    assert page.evaluate("window.pwned") is None


def test_an_english_handbook_gets_english_words(page, english_site):
    handbook = validate(ENGLISH).handbook
    t = Labels("en")
    template_id, template = _template_with(handbook, lambda cs: any(c.kind == "sms" and c.max_length for c in cs))
    page.goto(_url(english_site, handbook, template_id))
    assert page.locator(".kh-reset-fields").text_content() == t("template.reset")
    page.locator(".kh-field-input").first.fill("long " * 40)
    values = _values(template, "long " * 40)
    assert _shown_rows(page) == _expected_rows(handbook, template, outgoing_text(template.body, values))
    assert page.locator("[id^=kh-status-]").text_content().startswith(t("template.over").split("{")[0])
    checklist_id = next(iter(handbook.checklists))
    path = Pages(handbook).path("checklist", checklist_id)[: -len(".md")]
    page.goto(english_site.url(f"{path}/index.html"))
    total = len(handbook.checklists[checklist_id].items)
    assert page.locator(".kh-progress").text_content() == t("checklist.progress", done="0", total=str(total))
    assert page.locator(".kh-reset-checklist").text_content() == t("checklist.reset")


@pytest.fixture(scope="module")
def unusual_site(browser, serve, tmp_path_factory):
    """A handbook written to the contract but unlike the example: a template without
    placeholders, a multi-line example (a text area), a multi-part SMS channel, and
    characters that Markdown and HTML care about."""
    data = tmp_path_factory.mktemp("unusual") / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "channels.yaml", "    max_length: 160\n", "    max_length: 459\n")
    edit(data / "templates" / "first-message.yaml", '    example: "15:00"\n',
         '    example: "15:00"\n  details:\n    description: Details, one per line\n'
         '    example: "Roads: closed\\nSchools & shops: open *as usual*"\n')
    edit(data / "templates" / "first-message.yaml", "Next update at {next}.", "Next update at {next}.\n\n  {details}")
    (data / "templates" / "all-clear.yaml").write_text(
        "title: All clear\nphase: after\nchannels: [website, text-alert]\naudiences: [residents]\n"
        "sender: press-officer\neffect: Residents know it is over.\n"
        "body: |\n  The danger is over & you can go home. Thank you for your patience [1] ~ <3.\n",
        encoding="utf-8",
    )
    root = build_site(tmp_path_factory.mktemp("unusual-site") / "site", data)
    return Site(root, serve(root)), validate(data).handbook


def test_an_unusual_handbook_fills_and_counts(page, unusual_site):
    site, handbook = unusual_site
    template = handbook.templates["first-message"]
    page.goto(_url(site, handbook, "first-message"))
    area = page.locator("textarea.kh-field-input")
    assert area.count() == 1 and area.input_value() == template.placeholders["details"].example
    area.fill("Line one\nLine two with €")
    values = template.examples() | {"details": "Line one\nLine two with €"}
    expected = outgoing_text(template.body, values)
    assert page.eval_on_selector(".kh-preview pre", "pre => pre.dataset.text") == expected
    assert _shown_rows(page) == _expected_rows(handbook, template, expected)

    plain = handbook.templates["all-clear"]
    page.goto(_url(site, handbook, "all-clear"))
    assert page.locator(".kh-field-input").count() == 0 and page.locator(".kh-reset-fields").count() == 0
    assert _shown_rows(page) == _expected_rows(handbook, plain, plain.example_text())
    page.locator(".kh-copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == plain.example_text()
    violations = run_axe(page)
    assert not violations, describe(violations)
