"""Contacts, for the internal build only: a contact list and the people on each role card."""

from __future__ import annotations

import re

from .blocks import bullets, heading, page
from .markup import md_text
from .site import Page, Site


def person_line(person) -> str:
    """Name, phone (a tel: link) and e-mail of one person, as Markdown."""
    parts = [f"**{md_text(person.name)}**"]
    if person.phone:
        digits = re.sub(r"[^\d+]", "", person.phone)
        parts.append(f"[{md_text(person.phone)}](tel:{digits})")
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
    for role_id, role in site.handbook.roles.items():
        parts.append(heading(2, role.name, anchor=role_id))
        parts.append(bullets(person_line(p) for p in site.contacts.for_role(role_id)) or f"{t('none')}\n")
        deputies = site.contacts.for_role(role.deputy)
        label = t("contacts.deputy", role=site.ref(path, "role", role.deputy))
        parts.append(f"{label}\n\n" + (bullets(person_line(p) for p in deputies) or f"{t('none')}\n"))
    return Page(path, t("nav.contacts"), page(t("nav.contacts"), *parts))
