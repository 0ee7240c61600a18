"""The handbook's own voice ("Så kommunicerar vi") and whom to alert ("Larma och samverka")."""

from __future__ import annotations

import re

from markupsafe import Markup

from .blocks import bullets, heading, page, section, text_bullets
from .markup import html, inline, md_text
from .site import Page, Site

# Hand-written pages with the guidance on criticism and trolls, in the order we look for them.
CRITICISM_PAGES = ("troll-och-kritik", "criticism-and-trolls", "trolls")


def tone_path(site: Site) -> str:
    return site.t("page.tone")


def alerting_path(site: Site) -> str:
    return site.t("page.alerting")


def tone_page(site: Site, guides: list[str]) -> Page:
    """Core values, tone and principles from handbook.yaml, and the hand-written guidance pages."""
    settings, t = site.handbook.settings, site.t
    path = tone_path(site)
    values = bullets(f"**{md_text(v.name)}** – {inline(v.description)}" for v in settings.core_values)
    principles = bullets(f"**{md_text(p.name)}** – {inline(p.description)}" for p in settings.principles)
    read_more = bullets(guide_link(site, path, name) for name in guides)
    markdown = page(
        t("nav.tone"),
        f"{md_text(t('tone.intro'))}\n",
        section(t("tone.values"), values),
        section(t("tone.tone"), text_bullets(settings.tone)),
        section(t("tone.principles"), principles),
        section(t("tone.guides"), read_more),
    )
    return Page(path, t("nav.tone"), markdown, "handbook.yaml")


def guide_link(site: Site, from_path: str, name: str) -> str:
    """A link to a hand-written page of docs/ (`name` without .md), labelled with its title."""
    title = site.guide_titles.get(name, name)
    return f"[{md_text(title)}]({site.href(from_path, name + '.md')})"


def criticism_page(site: Site) -> str | None:
    """The hand-written page on criticism and trolls, when the handbook has one."""
    return next((name for name in CRITICISM_PAGES if name in site.guide_titles), None)


def tone_note(site: Site, path: str, reactive: bool = False) -> str:
    """The line under a template or channel that points at the tone page (and the troll guidance)."""
    lines = [site.t("tone.link", href=site.href(path, tone_path(site)))]
    criticism = criticism_page(site) if reactive else None
    if criticism:
        lines.append(site.t("guidance.criticism", title=md_text(site.guide_titles[criticism]),
                            href=site.href(path, criticism + ".md")))
    return '<div class="kh-guidance" markdown="1">\n\n' + " ".join(lines) + "\n\n</div>\n"


# --------------------------------------------------------------------------- alerting


def footer_phones(handbook) -> str:
    """The public numbers (handbook.yaml `phone`) as escaped HTML for every page's footer; "" without."""
    from .labels import Labels

    phone = handbook.settings.phone if handbook.settings else None
    if phone is None:
        return ""
    t = Labels(handbook.language)
    parts = [html("{}: {}", t("phone." + key), tel(getattr(phone, key)))
             for key in ("information_line", "switchboard") if getattr(phone, key)]
    return str(html('<span class="kh-phones">{}</span>', Markup(" · ").join(parts))) if parts else ""


def tel(phone: str) -> Markup:
    """A phone number as a tel: link (digits and a leading + only), written as in the data."""
    digits = re.sub(r"[^\d+]", "", phone)
    return html('<a href="tel:{}">{}</a>', digits, phone) if digits else html("{}", phone)


def organisation_entry(site: Site, path: str, org_id: str, with_levels: bool = False) -> str:
    org, t = site.handbook.organisations[org_id], site.t
    parts = [f"**{md_text(org.name)}** – {inline(org.role)}"]
    if org.phone:
        parts.append(f"{md_text(t('org.phone'))}: {tel(org.phone)}")
    if org.email:
        parts.append(str(html('{}: <a href="mailto:{}">{}</a>', t("org.email"), org.email, org.email)))
    if org.web:
        parts.append(str(html('{}: <a href="{}">{}</a>', t("org.web"), org.web, org.web)))
    if org.alerted_by:
        parts.append(f"{md_text(t('org.alerted_by'))}: {site.ref(path, 'role', org.alerted_by)}")
    if with_levels and org.alert_at:
        parts.append(md_text(t("org.at_level", level=", ".join(site.name("level", lv) for lv in org.alert_at))))
    return " · ".join(parts)


def alerting_page(site: Site) -> Page:
    """Organisations by the level at which they are alerted, lowest level first."""
    hb, t = site.handbook, site.t
    path = alerting_path(site)
    parts = [f"{md_text(t('alerting.intro'))}\n"]
    for level_id, level in hb.levels.items():
        ids = [oid for oid, o in hb.organisations.items() if level_id in o.alert_at]
        entries = bullets(organisation_entry(site, path, oid) for oid in ids)
        if entries:
            parts.append(heading(2, level.name, anchor=f"niva-{level_id}"))
            parts.append(f"{site.t('decided_by')}: {site.ref(path, 'role', level.decided_by)}\n\n{entries}")
    rest = [oid for oid, o in hb.organisations.items() if not o.alert_at]
    parts.append(section(t("org.when_needed"), bullets(organisation_entry(site, path, oid) for oid in rest)))
    if not hb.organisations:
        parts.append(f"{md_text(t('alerting.none'))}\n")
    source = "organisations.yaml" if hb.organisations else None
    return Page(path, t("nav.alerting"), page(t("nav.alerting"), *parts), source)
