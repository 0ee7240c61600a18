"""The binder and the pocket cards as HTML, rendered from the handbook's model.

Pure: a `Handbook` (and the edition being printed) in, an HTML string out.
Jinja2 escapes every value (autoescape); data text that may hold the small
Markdown subset goes through `render.markup`, which passes no raw HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .. import relations as rel
from ..contacts import Contacts, by_role
from ..handbook import Handbook
from ..model import Contact
from ..render.markup import block, html, inline
from ..render.site import Site
from ..text import PLACEHOLDER
from .edition import Edition
from .labels import BinderLabels
from .outline import Section, anchor, outline
from .qr import qr_svg

HOWTO = (
    ("check", None), ("levels", "levels"), ("scenarios", "scenarios"), ("roles", "roles"),
    ("checklists", "checklists"), ("templates", "templates"), ("channels", "channels"), ("keep", None),
)

# The page number printed for a link to an anchor (None: unknown), see binder_html.
PageOf = Callable[[str], int | str | None]


@dataclass(frozen=True)
class CardItem:
    text: str
    within: str | None = None


@dataclass(frozen=True)
class Card:
    """One role's pocket card; `scale` (percent) and `more` (items left out) make it fit one page."""

    role_id: str
    items: list[CardItem] = field(default_factory=list)
    more: int = 0
    scale: int = 100

    def shrunk(self, min_scale: int) -> Card:
        """The next, smaller try: a smaller font first, then fewer items."""
        if self.scale > min_scale:
            return replace(self, scale=self.scale - 10)
        keep = max(1, min(len(self.items) - 1, int(len(self.items) * 0.8)))
        return replace(self, items=self.items[:keep], more=self.more + len(self.items) - keep)


# --------------------------------------------------------------------------- documents


def binder_html(
    handbook: Handbook, edition: Edition, extra: dict[str, Markup] | None = None, contacts: Contacts | None = None,
    page_of: PageOf | None = None,
) -> str:
    """The whole A4 binder: cover, contents and every section. `extra`: contacts/changes html;
    `contacts` (internal build only) puts people on the role cards and marks every page.

    `page_of(anchor)`: the page number to print for a link to `anchor` (the contents and
    every cross-reference, as `data-target-page`); None, or without it, WeasyPrint finds the page
    itself (CSS `target-counter`). See `pdf.laid_out_binder`.
    """
    settings = handbook.settings
    return _render(
        "binder.html.j2", handbook, contacts, page_of,
        edition=edition,
        sections=outline(handbook, extra),
        base=1,
        css=_css("binder.css"),
        css_internal=_css("binder-internal.css") if contacts is not None else None,
        qr=qr_svg(settings.site_url) if settings.site_url else None,
    )


def site_html(handbook: Handbook, contacts: Contacts | None = None) -> Markup:
    """The binder's sections for the site's print page (no cover, contents or extras)."""
    sections = _render("sections.html.j2", handbook, contacts, sections=outline(handbook), base=2)
    return html('<div class="kh-binder">\n{}\n</div>', Markup(sections.strip()))


def cards_html(handbook: Handbook, edition: Edition, cards: list[Card], contacts: Contacts | None = None) -> str:
    """The A6 pocket cards, one per role in `cards`; with `contacts`, the people of each role."""
    return _render(
        "cards.html.j2", handbook, contacts, edition=edition, cards=cards, css=_css("cards.css"),
        css_internal=_css("cards-internal.css") if contacts is not None else None,
    )


def contacts_html(handbook: Handbook, contacts: Contacts, page_of: PageOf | None = None) -> Markup:
    """The binder's contact list: every role, its holders, and its deputy role's holders."""
    section = _render("section-contacts.html.j2", handbook, contacts, page_of, entries=by_role(handbook, contacts))
    return Markup(section.strip())


def first_cards(handbook: Handbook) -> list[Card]:
    return [Card(role_id, first_hour(handbook, role_id)) for role_id in handbook.roles]


def first_hour(handbook: Handbook, role_id: str) -> list[CardItem]:
    """The role's `during` duties, then its items in checklists of phase `during`, without repeats."""
    items = [CardItem(text) for text in handbook.roles[role_id].during]
    for checklist in handbook.checklists.values():
        if checklist.phase != "during":
            continue
        items += [
            CardItem(item.text, item.within)
            for item in checklist.items
            if rel.item_role(checklist, item) == role_id
        ]
    unique: dict[str, CardItem] = {}
    for item in items:
        unique.setdefault(item.text, item)
    return list(unique.values())


# --------------------------------------------------------------------------- helpers


def fill_in(body: str) -> Markup:
    """A template body with every placeholder as a marked blank to fill in by hand."""
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(body):
        parts.append(escape(body[last : match.start()]))
        parts.append(html('<span class="kh-fill"><span class="kh-fill-name">{}</span></span>', match.group(1)))
        last = match.end()
    parts.append(escape(body[last:]))
    return Markup("").join(parts)


def holders(contacts: Contacts | None, role_id: str) -> list[Contact] | None:
    """The people holding a role; None in a public build (no contacts shown at all)."""
    return None if contacts is None else contacts.for_role(role_id)


class Links:
    """Cross-references inside one binder: `ref`, `refs`, `names` and `page` for the layouts.

    A binder links to the same entities thousands of times; as Jinja macros these
    calls were most of its rendering time, so each link is built once here.
    """

    def __init__(self, name, page_short: str, page_of: PageOf | None = None) -> None:
        self.name = name
        self._page_short = page_short
        self._page_of = page_of
        self._refs: dict[tuple[str, str], Markup] = {}

    def page(self, anchor_name: str) -> Markup:
        """` data-target-page="12"`, the page number printed for a link to `anchor_name`; empty
        when none is known (print then asks WeasyPrint for it: target-counter)."""
        number = self._page_of(anchor_name) if self._page_of is not None else None
        return Markup("") if number is None else html(' data-target-page="{}"', number)

    def ref(self, kind: str, entity_id: str) -> Markup:
        """A link to an entity's part of the binder; print adds its page number (data-p, data-target-page)."""
        key = (kind, entity_id)
        found = self._refs.get(key)
        if found is None:
            target = anchor(kind, entity_id)
            found = self._refs[key] = html('<a class="kh-ref" href="#{}" data-p="{}"{}>{}</a>',
                target, self._page_short, self.page(target), self.name(kind, entity_id)
            )
        return found

    def refs(self, kind: str, ids) -> Markup:
        return Markup(", ".join([self.ref(kind, entity_id) for entity_id in ids]))  # each one Markup already

    def names(self, kind: str, ids) -> Markup:
        return Markup(", ".join([escape(self.name(kind, entity_id)) for entity_id in ids]))


def facts(rows) -> Markup:
    """A table of label and value, for the rows that have a value."""
    row = '<tr><th scope="row">{}</th><td>{}</td></tr>\n'
    cells = "".join(html(row, label, value) for label, value in rows if value)
    return Markup(f'<table class="kh-facts">\n{cells}</table>')


def bullet_list(title: str, texts, level: int) -> Markup:
    """A titled list of data texts; nothing when there are none."""
    if not texts:
        return Markup("")
    items = "".join(f"<li>{inline(text)}</li>\n" for text in texts)
    return html('<h{0} class="kh-sub">{1}</h{0}>\n<ul>\n', level, title) + Markup(f"{items}</ul>\n")


def _render(
    template: str, handbook: Handbook, contacts: Contacts | None = None, page_of: PageOf | None = None, **context
) -> str:
    name = Site(handbook).name
    t = BinderLabels(handbook.language)
    links = Links(name, t("page_short"), page_of)
    return _environment().get_template(template).render(
        hb=handbook, settings=handbook.settings, t=t, howto=HOWTO, rel=rel,
        inline=inline, block=block, fill_in=fill_in, anchor=anchor, name=name,
        ref=links.ref, refs=links.refs, names=links.names, page=links.page, facts=facts, list=bullet_list,
        owner=name("role", handbook.settings.owner),
        holders=lambda role_id: holders(contacts, role_id),
        marking=t("internal.banner") if contacts is not None else None,
        **context,
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("krishandbok.binder", "layout"),
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between runs, in Jinja's per-user temporary folder.

    Compiling the layouts is a third of a small site's rendering. Jinja keys each
    entry by the template's checksum and the Python version, so an edit is never stale.
    """
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no usable temporary folder: compile every time
        return None


@lru_cache(maxsize=8)
def _css(file_name: str) -> Markup:
    """Our own style sheet, placed in a <style> element as it is."""
    return Markup(resources.files("krishandbok.binder").joinpath("layout", file_name).read_text("utf-8"))


__all__ = [
    "Card", "CardItem", "Section", "binder_html", "cards_html", "contacts_html", "first_cards", "first_hour",
    "site_html",
]
