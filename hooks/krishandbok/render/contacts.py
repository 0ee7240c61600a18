"""Contacts, for the internal build only: a contact list and the people on each role card."""

from __future__ import annotations

from ..contacts import by_role, tel_target
from .blocks import bullets, heading, page
from .markup import md_text
from .site import Page, Site


def person_line(person) -> str:
    """Name, phone (a tel: link) and e-mail of one person, as Markdown."""
    parts = [f"**{md_text(person.name)}**"]
    if person.phone:
        parts.append(f"[{md_text(person.phone)}](tel:{tel_target(person.phone)})")
    if person.email:
        parts.append(f"[{md_text(person.email)}](mailto:{md_text(person.email)})")
    if person.note:
        parts.append(md_text(person.note))
    return " · ".join(parts)


def role_contacts(site: Site, role_id: str) -> str:
    """The people who hold a role, for its role card ("" in a public build)."""
    if site.contacts is None:
        return ""
    return bullets(person_line(p) for p in site.contacts.for_role(role_id))


def contacts_page(site: Site) -> Page:
    """Every role with its holders, and next to them the holders of its deputy role."""
    t = site.t
    path = t("page.contacts")
    parts = []
    for entry in by_role(site.handbook, site.contacts):
        parts.append(heading(2, site.name("role", entry.role_id), anchor=entry.role_id))
        parts.append(bullets(person_line(p) for p in entry.holders) or f"{t('none')}\n")
        label = t("contacts.deputy", role=site.ref(path, "role", entry.deputy_id))
        parts.append(f"{label}\n\n" + (bullets(person_line(p) for p in entry.deputies) or f"{t('none')}\n"))
    return Page(path, t("nav.contacts"), page(t("nav.contacts"), *parts))
