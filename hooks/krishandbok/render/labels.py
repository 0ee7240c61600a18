"""Words of the generated pages, in Swedish and English, and the folders pages live in."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        # folders and page files (never "templates/": MkDocs 1.6 excludes it silently)
        "dir.roles": "roller", "dir.channels": "kanaler", "dir.audiences": "malgrupper",
        "dir.scenarios": "scenarier", "dir.templates": "mallar", "dir.checklists": "checklistor",
        "page.levels": "nivaer.md", "page.matrix": "matris.md", "page.coverage": "tackning.md",
        "page.reference": "referens.md", "page.binder": "parm.md",
        # navigation and page titles
        "nav.start": "I kris? Börja här", "nav.roles": "Roller", "nav.channels": "Kanaler",
        "nav.audiences": "Målgrupper", "nav.scenarios": "Scenarier", "nav.templates": "Mallar",
        "nav.checklists": "Checklistor", "nav.levels": "Nivåer", "nav.matrix": "Kommunikationsmatris",
        "nav.coverage": "Täckning", "nav.about": "Om handboken", "nav.reference": "Referens för alla nycklar",
        "matrix.title": "Vem säger vad till vem, när, i vilken kanal, med vilken effekt",
        # start page
        "start.now": "Gör detta nu",
        "start.step1": "Ta reda på vad som har hänt och vilken [nivå]({levels}) som gäller.",
        "start.step2": "Öppna ditt rollkort nedan och gör det som står under *Under kris*.",
        "start.step3": "Ge första beskedet inom 30 minuter – även om ni vet lite. Säg när nästa besked kommer.",
        "start.role": "Välj din roll", "start.scenario": "Välj scenario", "start.ladder": "Eskaleringstrappan",
        "start.decided_by": "beslutas av",
        # facts
        "deputy": "Ersättare", "reports_to": "Rapporterar till", "owner": "Ägare", "backup": "Ersättare",
        "sender": "Avsändare", "approver": "Godkänns av", "effect": "Effekt", "phase": "Fas",
        "audiences": "Målgrupper", "channels": "Kanaler", "scenarios": "Scenarier", "roles": "Roller",
        "all_scenarios": "Alla scenarier", "level": "Nivå", "lead": "Leder", "decided_by": "Beslutas av",
        "criteria": "När nivån gäller", "signs": "Tecken", "needs": "Behov", "kind": "Typ",
        "max_length": "Längsta text", "cadence": "Hur ofta", "staffing": "Bemanning",
        "normal": "Vardag", "crisis": "Kris", "response_time": "Svarstid", "moderation": "Moderering",
        "escalate_to": "Eskalera till", "depends_on": "Kräver", "fallback": "Reserv om kanalen ligger nere",
        "reviewed": "Granskad", "mandate": "Mandat – detta beslutar du själv",
        "phase.before": "Före", "phase.during": "Under kris", "phase.after": "Efter",
        "role.checklists": "Dina checklistor", "role.items": "Dina punkter i andras checklistor",
        "role.channels": "Kanaler du äger eller backar upp", "role.templates": "Mallar du skickar eller godkänner",
        "role.scenarios": "Scenarier du deltar i", "role.owns": "äger", "role.backs_up": "ersättare",
        "role.sends": "skickar", "role.approves": "godkänner", "role.leads": "leder", "role.takes_part": "deltar",
        "channel.templates": "Mallar i kanalen", "audience.channels": "Kanaler som når målgruppen",
        "audience.templates": "Mallar till målgruppen", "scenario.checklists": "Checklistor",
        "scenario.templates": "Mallar i den ordning de används", "scenario.matrix": "Kommunikationsmatris för scenariot",
        "template.body": "Text", "template.preview": "Förhandsvisning med exempel",
        "template.placeholders": "Fyll i", "template.lengths": "Längd per kanal", "template.copy": "Kopiera texten",
        "template.copied": "Kopierad", "template.lix": "Läsbarhet (LIX)", "template.fits": "ryms",
        "template.too_long": "för lång", "template.no_limit": "ingen gräns", "template.segments": "sms-delar",
        "template.unit.characters": "tecken", "template.unit.GSM-7": "GSM-7-tecken", "template.unit.UCS-2": "UCS-2-tecken",
        "template.channel": "Kanal", "template.length": "Längd", "template.limit": "Gräns",
        "checklist.item": "Punkt", "checklist.role": "Vem", "checklist.within": "Inom",
        "checklist.template": "Mall", "checklist.owner": "Ägare",
        "matrix.who": "Vem", "matrix.what": "Säger vad", "matrix.whom": "Till vem", "matrix.when": "När",
        "matrix.channel": "Kanal", "matrix.effect": "Effekt",
        "coverage.roles": "Roller per scenario", "coverage.channels": "Kanaler per scenario",
        "coverage.warnings": "Att se över", "coverage.none": "Inget att se över just nu.",
        "coverage.intro": "Översikt för dem som redigerar handboken.",
        "coverage.lead": "leder", "coverage.part": "deltar", "coverage.used": "används",
        "edit": "Redigera", "yes": "ja", "no": "nej", "none": "–",
    },
    "en": {
        "dir.roles": "roles", "dir.channels": "channels", "dir.audiences": "audiences",
        "dir.scenarios": "scenarios", "dir.templates": "messages", "dir.checklists": "checklists",
        "page.levels": "levels.md", "page.matrix": "matrix.md", "page.coverage": "coverage.md",
        "page.reference": "reference.md", "page.binder": "binder.md",
        "nav.start": "In a crisis? Start here", "nav.roles": "Roles", "nav.channels": "Channels",
        "nav.audiences": "Audiences", "nav.scenarios": "Scenarios", "nav.templates": "Message templates",
        "nav.checklists": "Checklists", "nav.levels": "Levels", "nav.matrix": "Communication matrix",
        "nav.coverage": "Coverage", "nav.about": "About the handbook", "nav.reference": "Reference of all keys",
        "matrix.title": "Who says what to whom, when, through which channel, with what effect",
        "start.now": "Do this now",
        "start.step1": "Find out what has happened and which [level]({levels}) applies.",
        "start.step2": "Open your role card below and do what it says under *During a crisis*.",
        "start.step3": "Give the first message within 30 minutes – even if you know little. Say when the next one comes.",
        "start.role": "Pick your role", "start.scenario": "Pick the scenario", "start.ladder": "Escalation ladder",
        "start.decided_by": "declared by",
        "deputy": "Deputy", "reports_to": "Reports to", "owner": "Owner", "backup": "Backup",
        "sender": "Sender", "approver": "Approved by", "effect": "Effect", "phase": "Phase",
        "audiences": "Audiences", "channels": "Channels", "scenarios": "Scenarios", "roles": "Roles",
        "all_scenarios": "All scenarios", "level": "Level", "lead": "Lead", "decided_by": "Declared by",
        "criteria": "When the level applies", "signs": "Signs", "needs": "Needs", "kind": "Kind",
        "max_length": "Longest text", "cadence": "How often", "staffing": "Staffing",
        "normal": "Normal", "crisis": "Crisis", "response_time": "Response time", "moderation": "Moderation",
        "escalate_to": "Escalate to", "depends_on": "Depends on", "fallback": "Fallback when the channel is down",
        "reviewed": "Reviewed", "mandate": "Mandate – what you decide yourself",
        "phase.before": "Before", "phase.during": "During a crisis", "phase.after": "After",
        "role.checklists": "Your checklists", "role.items": "Your items in other checklists",
        "role.channels": "Channels you own or back up", "role.templates": "Templates you send or approve",
        "role.scenarios": "Scenarios you take part in", "role.owns": "owner", "role.backs_up": "backup",
        "role.sends": "sends", "role.approves": "approves", "role.leads": "leads", "role.takes_part": "takes part",
        "channel.templates": "Templates in this channel", "audience.channels": "Channels that reach this audience",
        "audience.templates": "Templates for this audience", "scenario.checklists": "Checklists",
        "scenario.templates": "Templates in order of use", "scenario.matrix": "Communication matrix for the scenario",
        "template.body": "Text", "template.preview": "Preview with examples",
        "template.placeholders": "Fill in", "template.lengths": "Length per channel", "template.copy": "Copy the text",
        "template.copied": "Copied", "template.lix": "Readability (LIX)", "template.fits": "fits",
        "template.too_long": "too long", "template.no_limit": "no limit", "template.segments": "SMS parts",
        "template.unit.characters": "characters", "template.unit.GSM-7": "GSM-7 characters",
        "template.unit.UCS-2": "UCS-2 characters",
        "template.channel": "Channel", "template.length": "Length", "template.limit": "Limit",
        "checklist.item": "Item", "checklist.role": "Who", "checklist.within": "Within",
        "checklist.template": "Template", "checklist.owner": "Owner",
        "matrix.who": "Who", "matrix.what": "Says what", "matrix.whom": "To whom", "matrix.when": "When",
        "matrix.channel": "Channel", "matrix.effect": "Effect",
        "coverage.roles": "Roles per scenario", "coverage.channels": "Channels per scenario",
        "coverage.warnings": "To look at", "coverage.none": "Nothing to look at right now.",
        "coverage.intro": "An overview for those who edit the handbook.",
        "coverage.lead": "leads", "coverage.part": "takes part", "coverage.used": "used",
        "edit": "Edit", "yes": "yes", "no": "no", "none": "–",
    },
}


class Labels:
    """Label lookup for one language; a missing key is a bug, so it raises."""

    def __init__(self, language: str):
        self.language = language if language in LABELS else "sv"
        self._labels = LABELS[self.language]

    def __call__(self, key: str, **params: str) -> str:
        text = self._labels[key]
        return text.format(**params) if params else text
