"""Role cards, channel pages and audience pages, with an index page for each kind."""

from __future__ import annotations

from markupsafe import Markup

from .. import firsthour
from .. import relations as rel
from .blocks import bullets, facts, heading, page, section, text_bullets
from .contacts import role_contacts
from .guidance import tone_note
from .markup import block, html, inline, md_text
from .site import Page, Site


def _index(site: Site, kind: str, title_key: str, summary) -> Page:
    path = site.path(kind)
    items = [
        f"{site.ref(path, kind, entity_id)} – {summary(entity)}"
        for entity_id, entity in site.handbook.of_kind(kind).items()
    ]
    return Page(path, site.t(title_key), page(site.t(title_key), bullets(items)))


# --------------------------------------------------------------------------- roles


def role_pages(site: Site) -> list[Page]:
    pages = [_index(site, "role", "nav.roles", lambda role: inline(role.summary))]
    return pages + [_role_card(site, role_id, role) for role_id, role in site.handbook.roles.items()]


def _role_card(site: Site, role_id: str, role) -> Page:
    hb, t = site.handbook, site.t
    path = site.path("role", role_id)
    head = facts([
        (t("deputy"), site.ref(path, "role", role.deputy)),
        (t("reports_to"), site.ref(path, "role", role.reports_to) if role.reports_to else None),
    ])
    own = [site.ref(path, "checklist", cid) for cid in rel.owned_checklists(hb, role_id)]
    first, rest = firsthour.role_steps(hb, role_id)
    duty = {"owner": t("role.owns"), "backup": t("role.backs_up"), "sender": t("role.sends"),
            "approver": t("role.approves"), "lead": t("role.leads"), "part": t("role.takes_part")}
    channels = [f"{site.ref(path, 'channel', c)} – {duty[d]}" for c, d in rel.channels_of_role(hb, role_id)]
    templates = [f"{site.ref(path, 'template', x)} – {duty[d]}" for x, d in rel.templates_of_role(hb, role_id)]
    scenarios = [f"{site.ref(path, 'scenario', s)} – {duty[d]}" for s, d in rel.scenarios_of_role(hb, role_id)]
    markdown = page(
        role.name,
        f"{block(role.summary, 'kh-lead')}\n",
        head,
        section(t("role.contacts"), role_contacts(site, role_id)),
        _first_hour(site, path, first),
        section(t("phase.during"), text_bullets(role.during)),
        section(t("mandate"), text_bullets(role.mandate)),
        section(t("role.checklists"), bullets(own)),
        section(t("role.rest"), _steps_list(site, path, rest)),
        section(t("role.channels"), bullets(channels)),
        section(t("role.templates"), bullets(templates)),
        section(t("role.scenarios"), bullets(scenarios)),
        section(t("phase.before"), text_bullets(role.before)),
        section(t("phase.after"), text_bullets(role.after)),
        f"{block(role.description)}\n" if role.description else "",
    )
    return Page(path, role.name, markdown, site.source("role", role_id))


def _first_hour(site: Site, path: str, steps) -> str:
    """The role's first hour, in time order, with a scenario filter (krishandbok-filter.js).

    Always there, even empty: scenario pages link to it.
    """
    t = site.t
    from .playbooks import FIRST_HOUR_ANCHOR

    title = heading(2, t("role.first_hour"), anchor=FIRST_HOUR_ANCHOR) + "\n"
    if not steps:
        return title + f"{md_text(t('scenario.nothing_timed'))}\n"
    intro = f"{md_text(t('role.first_hour_intro'))}\n\n"
    return title + intro + scenario_filter(site, "role") + _steps_list(site, path, steps)


def _steps_list(site: Site, path: str, steps) -> str:
    from .playbooks import step_line

    items = "".join(
        str(html('<li data-scenario="{}" markdown="span">', " ".join(s.scenarios) if s.scenarios else "*"))
        + str(step_line(site, path, s, show_role=False)) + "</li>\n"
        for s in steps
    )
    return f'\n<ol class="kh-steps" data-kh-filtered="1" markdown="1">\n{items}</ol>\n\n' if items else ""


def scenario_filter(site: Site, name: str, extra: list[tuple[str, str, list[tuple[str, str]]]] = ()) -> str:
    """Selects that narrow the list or table after them (shown by krishandbok-filter.js).

    Always the scenario (remembered in the browser, and `?scenario=` in the address);
    `extra` adds (key, label, [(value, text)]) selects.
    """
    t = site.t
    scenarios = [(sid, s.name) for sid, s in site.handbook.scenarios.items()]
    selects = [("scenario", t("filter.scenario"), scenarios), *extra]
    controls = []
    for key, label, options in selects:
        field_id = f"kh-filter-{name}-{key}"
        choices = html('<option value="">{}</option>', t("filter.all")) + Markup("").join(
            html('<option value="{}">{}</option>', value, text) for value, text in options)
        controls.append(html('<label for="{}">{}</label> <select id="{}" data-key="{}">{}</select>',
                             field_id, label, field_id, key, choices))
    return str(html(
        '<form class="kh-filter" data-kh-filter="{}" data-shown="{}" hidden>\n<fieldset>\n<legend>{}</legend>\n'
        '{}\n</fieldset>\n<p class="kh-filter-status" role="status" aria-live="polite"></p>\n</form>\n\n',
        name, t("filter.shown"), t("filter.legend"), Markup("\n").join(
            html('<span class="kh-filter-field">{}</span>', c) for c in controls)))


# --------------------------------------------------------------------------- channels


def channel_pages(site: Site) -> list[Page]:
    pages = [_index(site, "channel", "nav.channels", lambda c: md_text(c.cadence.crisis))]
    return pages + [_channel_page(site, cid, channel) for cid, channel in site.handbook.channels.items()]


def _pair(site: Site, pair) -> str | None:
    """'Vardag: … · Kris: …' for a normal/crisis pair such as cadence or staffing."""
    if pair is None:
        return None
    parts = [f"{site.t(key)}: {inline(getattr(pair, key))}" for key in ("normal", "crisis") if getattr(pair, key)]
    return " · ".join(parts) or None


def _channel_page(site: Site, channel_id: str, channel) -> Page:
    t = site.t
    path = site.path("channel", channel_id)
    templates = [site.ref(path, "template", x) for x in rel.templates_in_channel(site.handbook, channel_id)]
    head = facts([
        (t("owner"), site.ref(path, "role", channel.owner)),
        (t("backup"), site.ref(path, "role", channel.backup)),
        (t("audiences"), site.refs(path, "audience", channel.audiences)),
        (t("cadence"), _pair(site, channel.cadence)),
        (t("staffing"), _pair(site, channel.staffing)),
        (t("response_time"), inline(channel.response_time) if channel.response_time else None),
        (t("escalate_to"), site.ref(path, "role", channel.escalate_to) if channel.escalate_to else None),
        (t("depends_on"), ", ".join(md_text(d) for d in channel.depends_on) or None),
        (t("fallback"), site.ref(path, "channel", channel.fallback) if channel.fallback else None),
        (t("max_length"), _limit(site, channel)),
    ])
    markdown = page(
        channel.name,
        head,
        section(t("moderation"), text_bullets(channel.moderation)),
        section(t("channel.templates"), bullets(templates)),
        tone_note(site, path, reactive=channel.kind == "social"),
    )
    return Page(path, channel.name, markdown, site.source("channel", channel_id))


def _limit(site: Site, channel) -> str | None:
    if channel.max_length is None:
        return None
    unit = "GSM-7" if channel.kind == "sms" else "characters"
    return f"{channel.max_length} {site.t('template.unit.' + unit)}"


# --------------------------------------------------------------------------- audiences


def audience_pages(site: Site) -> list[Page]:
    pages = [_index(site, "audience", "nav.audiences", lambda a: inline(a.description) if a.description else "")]
    return pages + [_audience_page(site, aid, audience) for aid, audience in site.handbook.audiences.items()]


def _audience_page(site: Site, audience_id: str, audience) -> Page:
    t = site.t
    path = site.path("audience", audience_id)
    channels = [site.ref(path, "channel", c) for c in rel.channels_reaching(site.handbook, audience_id)]
    templates = [site.ref(path, "template", x) for x in rel.templates_addressing(site.handbook, audience_id)]
    markdown = page(
        audience.name,
        f"{block(audience.description)}\n" if audience.description else "",
        section(t("needs"), text_bullets(audience.needs)),
        section(t("audience.channels"), bullets(channels)),
        section(t("audience.templates"), bullets(templates)),
    )
    return Page(path, audience.name, markdown, site.source("audience", audience_id))
