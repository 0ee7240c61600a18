"""The template filler: what it copies and counts is what the engine computes (krishandbok.text).

Expected values come from `measure()`, `outgoing_text()` and `Template.text_for()` in Python;
the browser's come from the clipboard and from what the page shows after typing.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import ENGLISH, edit

from krishandbok import validate
from krishandbok.render import Site as Pages
from krishandbok.render.filler import count_text
from krishandbok.render.labels import Labels
from krishandbok.text import measure, outgoing_text, placeholder_spans

from .conftest import DESKTOP, PHONE, SITE_DATA, Site, build_site, describe, run_axe

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
        if template.placeholders and predicate(template, channels):
            return template_id, template
    pytest.fail("the example handbook has no template for this test")


def _several_templates(handbook) -> list[str]:
    """Templates with variants first, then one per distinct set of channel kinds: at least three."""
    chosen = [tid for tid, t in handbook.templates.items() if t.variants and t.placeholders]
    kinds_seen = set()
    for tid, t in handbook.templates.items():
        kinds = frozenset(handbook.channels[c].kind for c in t.channels)
        if tid not in chosen and kinds not in kinds_seen:
            kinds_seen.add(kinds)
            chosen.append(tid)
    assert len(chosen) >= 3
    return chosen[:5]


def _typed(template) -> dict[str, str]:
    """A value for every field that Markdown, HTML, GSM-7 and JavaScript all care about."""
    return {name: f"{name} [1] *x* <b>&amp; € 🙂" if i == 0 else f"värde {i}" for i, name in
            enumerate(template.placeholders)}


def _expected_count(handbook, channel_id: str, text: str) -> str:
    """The counter's words as Python writes them for the page without JavaScript."""
    channel = handbook.channels[channel_id]
    return count_text(Labels(handbook.language), measure(text, channel.kind, channel.max_length))


def _fill(page, values: dict[str, str]) -> None:
    for name, value in values.items():
        page.locator(f".kh-field-input[name='{name}']").fill(value)


def _choose(page, channel_id: str) -> None:
    page.locator(f".kh-channel-picker input[value='{channel_id}']").check()


def _shown(page) -> dict:
    """The visible channel block: its id, outgoing text and counter."""
    return page.eval_on_selector(
        ".kh-channel-text:not([hidden])",
        "b => ({channel: b.dataset.channel, out: b.dataset.out, count: b.querySelector('.kh-count').textContent})",
    )


def test_measures_match_the_engine(page, site, handbook):
    template_id, _ = _template_with(handbook, lambda t, cs: True)
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


def test_every_template_starts_empty_with_its_examples_as_hints(page, site, handbook):
    t = Labels(handbook.language)
    for template_id, template in handbook.templates.items():
        page.goto(_url(site, handbook, template_id))
        fields = page.eval_on_selector_all(
            ".kh-field-input", "fields => fields.map(f => [f.name, f.value, f.labels.length, f.dataset.example])")
        assert [(name, value, labels) for name, value, labels, _ in fields] == [
            (name, "", 1) for name in template.placeholders], template_id
        assert {name: example for name, _, _, example in fields} == template.examples()
        hints = page.eval_on_selector_all(".kh-field-hint", "hints => hints.map(h => h.textContent)")
        assert all(h.startswith(f"{t('template.example')}: {p.example}") for h, p in
                   zip(hints, template.placeholders.values(), strict=True))
        states = page.eval_on_selector_all(".kh-field-state", "s => s.map(x => x.textContent)")
        assert states == [t("template.not_filled")] * len(template.placeholders)
        blocks = page.eval_on_selector_all(
            ".kh-channel-text", "bs => bs.map(b => [b.dataset.channel, b.dataset.text, b.dataset.out])")
        assert [b[0] for b in blocks] == list(dict.fromkeys(template.channels))
        for channel_id, text, out in blocks:
            assert text == template.text_for(channel_id)
            assert out == outgoing_text(text, {})  # nothing typed: every {name} stays, visibly
        visible = [b for b in page.eval_on_selector_all(".kh-channel-text", "bs => bs.map(b => !b.hidden)") if b]
        assert len(visible) == 1, template_id


def test_copy_puts_each_channels_outgoing_text_on_the_clipboard(browsing, site, handbook):
    session = browsing(DESKTOP)
    page = session.new_page()
    for template_id in _several_templates(handbook):
        template = handbook.templates[template_id]
        page.goto(_url(site, handbook, template_id))
        page.evaluate("""() => { window.copied = [];
            document.addEventListener('krishandbok:copied', e => window.copied.push(e.detail)); }""")
        typed = _typed(template)
        _fill(page, typed)
        for channel_id in dict.fromkeys(template.channels):
            if page.locator(".kh-channel-picker").is_visible():
                _choose(page, channel_id)
            expected = outgoing_text(template.text_for(channel_id), typed)
            shown = _shown(page)
            assert shown["channel"] == channel_id and shown["out"] == expected
            assert shown["count"] == _expected_count(handbook, channel_id, expected)
            page.evaluate("navigator.clipboard.writeText('before')")
            page.locator(".kh-copy").click()  # every field filled: no question
            page.wait_for_function("text => window.copied.length && window.copied.at(-1).text === text", arg=expected)
            assert page.evaluate("navigator.clipboard.readText()") == expected, (template_id, channel_id)
            assert page.evaluate("window.copied.at(-1)") == {
                "template": template_id, "channel": channel_id, "text": expected}


def test_copying_with_unfilled_fields_asks_first(page, site, handbook):
    template_id, template = _template_with(handbook, lambda t, cs: len(_uses(t.text_for(t.channels[0]))) >= 2)
    t = Labels(handbook.language)
    page.goto(_url(site, handbook, template_id))
    channel_id = _shown(page)["channel"]
    names = [n for n in template.placeholders if "{" + n + "}" in template.text_for(channel_id)]
    typed = {names[0]: "Skrivet", names[1]: template.placeholders[names[1]].example}  # the example counts as unfilled
    _fill(page, typed)
    unfilled = names[1:]  # in the order of the fields, only those the shown channel's text uses
    key = "template.unfilled_one" if len(unfilled) == 1 else "template.unfilled_many"
    words = t(key, count=str(len(unfilled)), names=", ".join(unfilled))
    assert page.locator(".kh-outgoing-note").text_content() == words
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.evaluate("navigator.clipboard.writeText('before')")
    page.locator(".kh-copy").click()
    page.wait_for_timeout(200)
    assert asked == [t("template.copy_confirm", unfilled=words)]
    assert page.evaluate("navigator.clipboard.readText()") == "before", "cancelled: nothing copied"
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".kh-copy").click()
    expected = outgoing_text(template.text_for(channel_id), typed)
    page.wait_for_function("text => navigator.clipboard.readText().then(c => c === text)", arg=expected)


def test_typed_text_survives_reload_back_and_a_closed_tab(browsing, site, handbook):
    template_id, template = _template_with(handbook, lambda t, cs: len(t.channels) >= 2)
    session = browsing(DESKTOP)
    page = session.new_page()
    page.goto(_url(site, handbook, template_id))
    typed = _typed(template)
    _fill(page, typed)
    channel_id = list(dict.fromkeys(template.channels))[1]
    _choose(page, channel_id)
    read = "fields => Object.fromEntries(fields.map(f => [f.name, f.value]))"
    page.reload()
    assert page.eval_on_selector_all(".kh-field-input", read) == typed
    assert _shown(page)["channel"] == channel_id
    assert _shown(page)["out"] == outgoing_text(template.text_for(channel_id), typed)
    page.goto(site.url(""))
    page.go_back()
    page.wait_for_selector(".kh-channel-text:not([hidden])")
    assert page.eval_on_selector_all(".kh-field-input", read) == typed
    page.close()
    again = session.new_page()
    again.goto(_url(site, handbook, template_id))
    assert again.eval_on_selector_all(".kh-field-input", read) == typed
    other_id = next(tid for tid, t in handbook.templates.items() if tid != template_id and t.placeholders)
    again.goto(_url(site, handbook, other_id))
    assert set(again.eval_on_selector_all(".kh-field-input", read).values()) == {""}, "kept per template"


def test_clearing_asks_first(page, site, handbook):
    template_id, template = _template_with(handbook, lambda t, cs: True)
    t = Labels(handbook.language)
    page.goto(_url(site, handbook, template_id))
    typed = _typed(template)
    _fill(page, typed)
    read = "fields => Object.fromEntries(fields.map(f => [f.name, f.value]))"
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator(".kh-clear-fields").click()
    page.wait_for_timeout(200)
    assert asked == [t("template.clear_confirm")]
    assert page.eval_on_selector_all(".kh-field-input", read) == typed, "cancelled: nothing cleared"
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".kh-clear-fields").click()
    page.wait_for_function("() => [...document.querySelectorAll('.kh-field-input')].every(f => f.value === '')")
    assert page.evaluate(f"localStorage.getItem('krishandbok:template:{template_id}')") is None
    page.reload()
    assert set(page.eval_on_selector_all(".kh-field-input", read).values()) == {""}


def test_keyboard_only_fill_choose_and_copy(page, site, handbook):
    template_id, template = _template_with(handbook, lambda t, cs: len(t.channels) >= 2)
    page.goto(_url(site, handbook, template_id))
    names = list(template.placeholders)
    page.locator(".kh-field-input").first.focus()
    typed = {}
    for index, name in enumerate(names):
        assert page.evaluate("document.activeElement.name") == name
        page.keyboard.type(f"värde {index} [x]")
        typed[name] = f"värde {index} [x]"
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('kh-clear-fields')")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'radio'"):
            break
    else:
        pytest.fail("Tab never reached the channel picker")
    page.keyboard.press("ArrowRight")  # the next channel, as radio buttons do
    second = list(dict.fromkeys(template.channels))[1]
    assert _shown(page)["channel"] == second
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('kh-copy')"):
            break
    else:
        pytest.fail("Tab never reached the copy button")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.textContent === document.activeElement.dataset.copied")
    assert page.evaluate("navigator.clipboard.readText()") == outgoing_text(template.text_for(second), typed)


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_template_page_fits_the_screen_and_passes_axe(browsing, site, handbook, width):
    template_id, template = _template_with(handbook, lambda t, cs: bool(t.variants))
    page = browsing(width).new_page()
    page.goto(_url(site, handbook, template_id))
    _fill(page, {next(iter(template.placeholders)): "Lång text som går över gränsen för sms " * 8})
    for channel_id in dict.fromkeys(template.channels):
        _choose(page, channel_id)
        clipped = page.evaluate("""() => [...document.querySelectorAll('article *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width && (r.right > document.documentElement.clientWidth + 1 || r.left < -1);
        }).map(e => e.className || e.tagName)""")
        assert clipped == [], (width, channel_id, clipped[:5])
        # Material fades the header's page title in while scrolling: let it settle for axe.
        page.wait_for_timeout(400)
        violations = run_axe(page)
        assert not violations, describe(violations)


def test_over_the_limit_is_said_in_words_and_announced(browsing, site, handbook):
    template_id, template = _template_with(
        handbook, lambda t, cs: any(c.kind == "sms" and c.max_length for c in cs))
    sms = next(c for c in dict.fromkeys(template.channels) if handbook.channels[c].kind == "sms")
    page = browsing(PHONE).new_page()
    page.goto(_url(site, handbook, template_id))
    if page.locator(".kh-channel-picker").is_visible():
        _choose(page, sms)
    t = Labels(handbook.language)
    status = page.locator(f"#kh-status-{template_id}")
    assert status.get_attribute("aria-live") == "polite" and status.text_content() == ""
    name = next(n for n in template.placeholders if "{" + n + "}" in template.text_for(sms))
    page.locator(f".kh-field-input[name='{name}']").fill("För lång text 🙂 " * 20)
    assert _shown(page)["count"].endswith(t("template.too_long"))
    assert handbook.channels[sms].name in status.text_content()
    violations = run_axe(page)
    assert not violations, describe(violations)
    page.locator(f".kh-field-input[name='{name}']").fill("")
    page.wait_for_function(
        "([el, text]) => el.textContent === text", arg=[status.element_handle(), t("template.all_fit")]
    )


def test_a_value_is_text_never_html(page, site, handbook):
    template_id, template = _template_with(handbook, lambda t, cs: True)
    page.goto(_url(site, handbook, template_id))
    evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    page.locator(".kh-field-input").first.fill(evil)
    assert page.locator(".kh-channel-text pre img, .kh-channel-text pre script").count() == 0
    assert evil in page.eval_on_selector(".kh-channel-text:not([hidden]) pre", "pre => pre.textContent")
    assert page.evaluate("window.pwned") is None


def test_an_english_handbook_gets_english_words(page, english_site):
    handbook = validate(ENGLISH).handbook
    t = Labels("en")
    template_id, template = _template_with(handbook, lambda t, cs: any(c.kind == "sms" and c.max_length for c in cs))
    page.goto(_url(english_site, handbook, template_id))
    assert page.locator(".kh-clear-fields").text_content() == t("template.clear")
    sms = next(c for c in template.channels if handbook.channels[c].kind == "sms")
    _choose(page, sms)
    name = next(n for n in template.placeholders if "{" + n + "}" in template.text_for(sms))
    page.locator(f".kh-field-input[name='{name}']").fill("long " * 40)
    expected = outgoing_text(template.text_for(sms), {name: "long " * 40})
    assert _shown(page) == {"channel": sms, "out": expected, "count": _expected_count(handbook, sms, expected)}
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
    placeholders, a multi-line example (a text area), a multi-part SMS channel, a variant
    with a placeholder the body lacks, and characters that Markdown and HTML care about."""
    data = tmp_path_factory.mktemp("unusual") / "data"
    shutil.copytree(ENGLISH, data)
    edit(data / "channels.yaml", "    max_length: 160\n", "    max_length: 459\n")
    template = data / "templates" / "first-message.yaml"
    edit(template, '    example: "15:00"\n',
         '    example: "15:00"\n  details:\n    description: Details, one per line\n'
         '    example: "Roads: closed\\nSchools & shops: open *as usual*"\n'
         '  where:\n    description: Where to go\n    example: the gym & hall <3\n')
    edit(template, "Next update at {next}.", "Next update at {next}.\n\n  {details}")
    text = template.read_text(encoding="utf-8")
    template.write_text(text[: text.index("variants:")] + "variants:\n  text-alert: |\n    Go to {where} & wait.\n\n"
                        "    Next: {next} ~ [1]\n", encoding="utf-8")
    (data / "templates" / "all-clear.yaml").write_text(
        "title: All clear\nphase: after\nchannels: [website, text-alert]\naudiences: [residents]\n"
        "sender: press-officer\neffect: Residents know it is over.\n"
        "body: |\n  The danger is over & you can go home. Thank you for your patience [1] ~ <3.\n",
        encoding="utf-8",
    )
    root = build_site(tmp_path_factory.mktemp("unusual-site") / "site", data)
    return Site(root, serve(root)), validate(data).handbook


def test_an_unusual_handbook_fills_copies_and_counts(page, unusual_site):
    site, handbook = unusual_site
    template = handbook.templates["first-message"]
    page.goto(_url(site, handbook, "first-message"))
    area = page.locator("textarea.kh-field-input")
    assert area.count() == 1 and area.input_value() == ""
    typed = {"event": "a flood", "next": "16:00", "details": "Line one\nLine two with €", "where": "the <gym>"}
    _fill(page, typed)
    for channel_id in template.channels:
        _choose(page, channel_id)
        expected = outgoing_text(template.text_for(channel_id), typed)
        assert _shown(page) == {"channel": channel_id, "out": expected,
                                "count": _expected_count(handbook, channel_id, expected)}
        page.locator(".kh-copy").click()
        page.wait_for_function("text => navigator.clipboard.readText().then(c => c === text)", arg=expected)

    plain = handbook.templates["all-clear"]
    page.goto(_url(site, handbook, "all-clear"))
    assert page.locator(".kh-field-input").count() == 0 and page.locator(".kh-clear-fields").count() == 0
    page.locator(".kh-copy").click()  # nothing to fill: no question
    page.wait_for_function("text => navigator.clipboard.readText().then(c => c === text)", arg=plain.example_text())
    violations = run_axe(page)
    assert not violations, describe(violations)


def _uses(text: str) -> list[str]:
    return list(dict.fromkeys(inner for _, inner in placeholder_spans(text)))


def test_only_the_chosen_channels_fields_are_asked_for(page, unusual_site):
    """A short variant uses fewer fields: copying it asks only about the fields it uses."""
    site, handbook = unusual_site
    template = handbook.templates["first-message"]
    channel_id = next(c for c in template.variants if len(_uses(template.text_for(c))) < len(template.placeholders))
    page.goto(_url(site, handbook, "first-message"))
    _choose(page, channel_id)
    typed = {name: f"value {i}" for i, name in enumerate(_uses(template.text_for(channel_id)))}
    _fill(page, typed)
    t = Labels(handbook.language)
    assert page.locator(".kh-outgoing-note").text_content() == t("template.all_filled")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator(".kh-copy").click()
    expected = outgoing_text(template.text_for(channel_id), typed)
    page.wait_for_function("text => navigator.clipboard.readText().then(c => c === text)", arg=expected)
    assert asked == []
    unused = [n for n in template.placeholders if n not in typed]
    states = page.eval_on_selector_all(".kh-field-state", "s => s.map(x => x.textContent)")
    assert [name for name, state in zip(template.placeholders, states, strict=True) if state] == unused
