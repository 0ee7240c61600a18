"""What the binder and the pocket cards print, as plain data for the Typst layouts.

Pure: a validated `Handbook` (plus the edition, the change log and, in an internal
build, the contacts) in, a JSON-able dict out. Every text is plain text here
(`plain`): the layouts set it as content, never as markup, so nothing from the
data is ever read as Typst code. Names stand in for ids; order is order of use.
"""

from __future__ import annotations

import datetime
import posixpath

from .. import firsthour
from .. import relations as rel
from ..contacts import Contacts
from ..edition import Edition
from ..handbook import Handbook
from ..render.site import Site
from ..text import PLACEHOLDER
from ..timebox import minutes
from .changelog import Change
from .labels import BinderLabels
from .plain import plain
from .qr import qr_svg

PHASE_ORDER = ("during", "after", "before")  # a crisis binder: what is used first comes first
MM_PER_CHARACTER = 2.4  # handwriting is wider than print
BLANK_MM = (18, 165)  # the shortest and the longest (a full text line) blank
BLANK_DEFAULT_MM = 60
KINDS = {
    "sv": {"social": "sociala medier", "web": "webb", "press": "press", "phone": "telefon", "internal": "internt",
           "broadcast": "radio och tv", "sms": "sms", "email": "e-post", "physical": "på plats", "other": "övrigt"},
    "en": {"social": "social media", "web": "web", "press": "press", "phone": "phone", "internal": "internal",
           "broadcast": "broadcast", "sms": "SMS", "email": "e-mail", "physical": "in person", "other": "other"},
}


# --------------------------------------------------------------------------- documents


def binder_data(
    handbook: Handbook, edition: Edition, changes: list[Change], contacts: Contacts | None = None
) -> dict:
    """Everything the A4 binder prints; `contacts` only in an internal build."""
    names = _Names(handbook)
    t = BinderLabels(handbook.language)
    hours = first_hours(handbook)
    return {
        **_common(handbook, edition, contacts, t),
        "control": _control(handbook, edition, names),
        "changes": [{"edition": c.edition, "subject": c.subject} for c in changes],
        "alert": _alert(handbook, names, t),
        "contacts": _contacts(handbook, contacts, names),
        "levels": _levels(handbook, names),
        "communicate": _communicate(handbook),
        "scenarios": [_scenario(handbook, sid, names, t) for sid in handbook.scenarios],
        "roles": [_role(handbook, rid, names, contacts, hours) for rid in handbook.roles],
        "checklists": [_checklist(handbook, cid, names) for cid in _checklist_order(handbook)],
        "templates": [_template(handbook, tid, names, t) for tid in _template_order(handbook)],
        "rota_roles": [names.role(rid) for rid in handbook.roles],
        "channels": [_channel(handbook, cid, names, t) for cid in handbook.channels],
    }


def cards_data(handbook: Handbook, edition: Edition, contacts: Contacts | None = None) -> dict:
    """Everything the A6 pocket cards print: one card per role, with a QR code to its page."""
    names = _Names(handbook)
    t = BinderLabels(handbook.language)
    site_url = handbook.settings.site_url
    hours = first_hours(handbook)
    cards = []
    for role_id in handbook.roles:
        card = _role(handbook, role_id, names, contacts, hours)
        page = role_page(handbook, role_id)
        if site_url:
            url = site_url.rstrip("/") + "/" + page
            card["qr"] = {"svg": qr_svg(url), "alt": t("qr_role", url=url), "url": url}
        else:
            card["qr"] = None
            card["page_path"] = t("no_site", path=page)
        cards.append(card)
    return {**_common(handbook, edition, contacts, t), "cards": cards}


def role_page(handbook: Handbook, role_id: str) -> str:
    """The role's page on the site, relative to its root, as a directory URL (`roller/informator/`)."""
    path = Site(handbook).path("role", role_id)
    return posixpath.splitext(path)[0] + "/"


def first_hour(handbook: Handbook, role_id: str) -> list[dict]:
    """The role's items in checklists used during a crisis within the first hour, in time
    order, as the role's page shows them (`firsthour.role_steps`). Each text once."""
    return [_step_item(step) for step in firsthour.role_steps(handbook, role_id)[0]]


def first_hours(handbook: Handbook) -> dict[str, tuple[list[dict], list[dict]]]:
    """Every role's (first hour, rest of the crisis): its during-phase checklist items."""
    return {role_id: tuple([_step_item(step) for step in steps] for steps in firsthour.role_steps(handbook, role_id))
            for role_id in handbook.roles}


def _step_item(step: firsthour.Step) -> dict:
    return {"text": plain(step.item.text), "within": step.item.within or ""}


# --------------------------------------------------------------------------- parts


class _Names:
    """Display names by id, for every kind; an unknown id (never in a valid handbook) as itself."""

    def __init__(self, handbook: Handbook) -> None:
        self._handbook = handbook

    def of(self, kind: str, entity_id: str | None) -> str:
        if entity_id is None:
            return ""
        entity = self._handbook.of_kind(kind).get(entity_id)
        if entity is None:
            return entity_id
        return getattr(entity, "title", None) or entity.name

    def role(self, role_id: str | None) -> str:
        return self.of("role", role_id)

    def many(self, kind: str, ids) -> list[str]:
        return [self.of(kind, entity_id) for entity_id in ids or ()]


def _common(handbook: Handbook, edition: Edition, contacts: Contacts | None, t: BinderLabels) -> dict:
    settings = handbook.settings
    owner = _Names(handbook).role(settings.owner)
    qr = None
    if settings.site_url:
        qr = {"svg": qr_svg(settings.site_url), "alt": t("qr", url=settings.site_url), "url": settings.site_url}
    return {
        "lang": handbook.language,
        "words": {**t.words(), "latest": t("latest", owner=owner), "internal": t("internal.banner")},
        "title": settings.title,
        "organisation": settings.organisation,
        "edition": edition.label,
        "printed": edition.printed.isoformat(),
        "internal": contacts is not None,
        "qr": qr,
    }


def _date(value: datetime.date | None) -> str:
    return value.isoformat() if value else ""


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


def _control(handbook: Handbook, edition: Edition, names: _Names) -> dict:
    settings = handbook.settings
    adopted = settings.adopted
    since = adopted.date if adopted else edition.date
    return {
        "adopted_by": adopted.by if adopted else "",
        "adopted_date": _date(adopted.date) if adopted else "",
        "reference": (adopted.reference or "") if adopted else "",
        "owner": names.role(settings.owner),
        "next_review": _date(_add_months(since, settings.review_interval_months)) if since else "",
        "distribution": list(settings.distribution),
    }


def _alert(handbook: Handbook, names: _Names, t: BinderLabels) -> dict:
    phone = handbook.settings.phone
    phones = []
    if phone:
        phones = [
            {"label": t(f"phone.{key}"), "number": number}
            for key, number in (("switchboard", phone.switchboard), ("information_line", phone.information_line))
            if number
        ]
    organisations = [
        {
            "name": org.name, "why": plain(org.role),
            "reach": [value for value in (org.phone, org.email, org.web) if value],
            "when": names.many("level", org.alert_at), "by": names.role(org.alerted_by),
            "scenarios": names.many("scenario", org.scenarios),
        }
        for org in handbook.organisations.values()
    ]
    return {"phones": phones, "organisations": organisations}


def _contacts(handbook: Handbook, contacts: Contacts | None, names: _Names) -> list[dict] | None:
    if contacts is None:
        return None
    return [
        {
            "role": names.role(role_id), "deputy": names.role(role.deputy),
            "holders": _people(contacts, role_id), "deputies": _people(contacts, role.deputy),
        }
        for role_id, role in handbook.roles.items()
    ]


def _people(contacts: Contacts | None, role_id: str) -> list[dict] | None:
    if contacts is None:
        return None
    return [
        {"name": p.name, "phone": p.phone or "", "email": p.email or "", "note": p.note or ""}
        for p in contacts.for_role(role_id)
    ]


def _levels(handbook: Handbook, names: _Names) -> list[dict]:
    return [
        {
            "name": level.name, "description": plain(level.description), "decided_by": names.role(level.decided_by),
            "criteria": [plain(c) for c in level.criteria],
        }
        for level in handbook.levels.values()
    ]


def _communicate(handbook: Handbook) -> dict:
    settings = handbook.settings
    return {
        "core_values": [{"name": v.name, "description": plain(v.description)} for v in settings.core_values],
        "tone": [plain(line) for line in settings.tone],
        "principles": [{"name": p.name, "description": plain(p.description)} for p in settings.principles],
    }


def _scenario(handbook: Handbook, scenario_id: str, names: _Names, t: BinderLabels) -> dict:
    scenario = handbook.scenarios[scenario_id]
    checklists = rel.checklists_for(handbook, scenario_id)
    # The timeline as the site shows it: the first 30 minutes, hour and day, then the rest.
    timeline = [
        {"label": t(f"timeline.{key}"), "steps": [
            {"within": step.item.within or "", "text": plain(step.item.text), "role": names.role(step.role)}
            for step in steps
        ]}
        for key, steps in firsthour.timeline(handbook, scenario_id) if steps
    ]
    return {
        "name": scenario.name, "summary": plain(scenario.summary), "reviewed": _date(scenario.reviewed),
        "level": names.of("level", scenario.level), "lead": names.role(scenario.lead),
        "roles": names.many("role", rel.scenario_roles(scenario)[1:]),
        "channels": names.many("channel", scenario.channels), "audiences": names.many("audience", scenario.audiences),
        "signs": [plain(s) for s in scenario.signs],
        "first_actions": [
            {"text": plain(a.text), "role": names.role(a.role), "within": a.within or ""}
            for a in scenario.first_actions
        ],
        "key_messages": [plain(m) for m in scenario.key_messages],
        "first_message": names.of("template", firsthour.first_message(handbook, scenario_id)),
        "timeline": timeline,
        "checklists": names.many("checklist", checklists),
        "templates": names.many("template", rel.templates_for(handbook, scenario_id)),
    }


def _role(handbook: Handbook, role_id: str, names: _Names, contacts: Contacts | None, hours: dict) -> dict:
    role = handbook.roles[role_id]
    owns = [name for cid, name in _channels_where(handbook, names, lambda c: c.owner == role_id)]
    backs_up = [name for cid, name in _channels_where(handbook, names, lambda c: c.backup == role_id)]
    escalate = list(dict.fromkeys(
        names.role(channel.escalate_to) for channel in handbook.channels.values()
        if channel.owner == role_id and channel.escalate_to and channel.escalate_to != role_id
    ))
    return {
        "name": role.name, "summary": plain(role.summary), "description": plain(role.description),
        "reviewed": _date(role.reviewed), "deputy": names.role(role.deputy),
        "reports_to": names.role(role.reports_to),
        "escalate": escalate,
        "levels": [
            {"name": level.name, "decided_by": names.role(level.decided_by)} for level in handbook.levels.values()
        ],
        "mandate": [plain(m) for m in role.mandate],
        "before": [plain(x) for x in role.before], "during": [plain(x) for x in role.during],
        "after": [plain(x) for x in role.after],
        "first_hour": hours[role_id][0], "rest": hours[role_id][1],
        "owns": owns, "backs_up": backs_up,
        "people": _people(contacts, role_id), "deputy_people": _people(contacts, role.deputy),
    }


def _channels_where(handbook: Handbook, names: _Names, keep) -> list[tuple[str, str]]:
    return [(cid, names.of("channel", cid)) for cid, channel in handbook.channels.items() if keep(channel)]


def _checklist_order(handbook: Handbook) -> list[str]:
    """Checklists in order of use: phase (during, after, before), then the earliest time box, then title."""
    def key(checklist_id: str):
        checklist = handbook.checklists[checklist_id]
        times = [m for m in (minutes(item.within) for item in checklist.items) if m is not None]
        return (PHASE_ORDER.index(checklist.phase), min(times) if times else float("inf"), checklist.title)

    return sorted(handbook.checklists, key=key)


def _checklist(handbook: Handbook, checklist_id: str, names: _Names) -> dict:
    checklist = handbook.checklists[checklist_id]
    return {
        "title": checklist.title, "owner": names.role(checklist.owner), "phase": checklist.phase,
        "reviewed": _date(getattr(checklist, "reviewed", None)),
        "scenarios": names.many("scenario", checklist.scenarios),
        "items": [
            {
                "text": plain(item.text), "within": item.within or "",
                "role": names.role(item.role) if item.role and item.role != checklist.owner else "",
                "template": names.of("template", item.template),
            }
            for item in checklist.items
        ],
    }


def _template_order(handbook: Handbook) -> list[str]:
    """Templates in order of use: phase, then scenario groups (each in the order of the
    scenarios, the first it applies to; templates for every scenario last), then title."""
    scenario_rank = {sid: rank for rank, sid in enumerate(handbook.scenarios)}

    def key(template_id: str):
        template = handbook.templates[template_id]
        ranks = [scenario_rank.get(sid, len(scenario_rank)) for sid in template.scenarios or ()]
        group = min(ranks) if ranks else len(scenario_rank) + 1
        return (PHASE_ORDER.index(template.phase), group, template.title)

    return sorted(handbook.templates, key=key)


def _template(handbook: Handbook, template_id: str, names: _Names, t: BinderLabels) -> dict:
    template = handbook.templates[template_id]
    # Channels that publish the same text share one copy of it, in the template's channel order.
    texts: dict[str, list[str]] = {}
    for channel_id in template.channels:
        texts.setdefault(template.text_for(channel_id), []).append(names.of("channel", channel_id))
    return {
        "title": template.title, "phase": template.phase, "reviewed": _date(template.reviewed),
        "mode": t(f"mode.{template.mode}") if template.mode else "",
        "sender": names.role(template.sender), "approver": names.role(template.approver),
        "effect": plain(template.effect),
        "audiences": names.many("audience", template.audiences),
        "scenarios": names.many("scenario", template.scenarios),
        "texts": [
            {"channels": channels, "lines": fill_in_lines(text, template)} for text, channels in texts.items()
        ],
        "blanks": [
            {"description": p.description, "example": p.example,
             "max": t("template.max", n=str(p.max_length)) if p.max_length else ""}
            for p in template.placeholders.values()
        ],
    }


def fill_in_lines(text: str, template) -> list[list[dict]]:
    """Outgoing text as lines of parts: `{"text": ...}` as published, `{"blank": description,
    "width": mm}` for each placeholder, a ruled blank as wide as its `max_length` in handwriting.
    An empty line is a paragraph break."""
    lines = []
    for line in text.splitlines():
        parts, last = [], 0
        for match in PLACEHOLDER.finditer(line):
            if match.start() > last:
                parts.append({"text": line[last : match.start()]})
            placeholder = template.placeholders.get(match.group(1))
            parts.append({"blank": placeholder.description if placeholder else match.group(1),
                          "width": _blank_width(placeholder.max_length if placeholder else None)})
            last = match.end()
        if last < len(line):
            parts.append({"text": line[last:]})
        lines.append(parts)
    return lines


def _blank_width(max_length: int | None) -> float:
    if max_length is None:
        return BLANK_DEFAULT_MM
    low, high = BLANK_MM
    return round(min(high, max(low, max_length * MM_PER_CHARACTER)), 1)


def _channel(handbook: Handbook, channel_id: str, names: _Names, t: BinderLabels) -> dict:
    channel = handbook.channels[channel_id]
    kinds = KINDS.get(handbook.language, KINDS["sv"])
    return {
        "name": channel.name, "kind": kinds.get(channel.kind, channel.kind), "reviewed": _date(channel.reviewed),
        "owner": names.role(channel.owner), "backup": names.role(channel.backup),
        "crisis": plain(channel.cadence.crisis),
        "staffing": plain(channel.staffing.crisis) if channel.staffing and channel.staffing.crisis else "",
        "fallback": names.of("channel", channel.fallback) if channel.fallback else t("channel.none"),
        "depends": list(channel.depends_on),
        "escalate": names.role(channel.escalate_to),
    }
