"""Words of the printed binder and the pocket cards, in Swedish and English.

Words the site already has (deputy, owner, phase ...) come from the site's
table; only what is new on paper is written here.
"""

from __future__ import annotations

from ..render.labels import Labels

BINDER_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "binder": "Krispärm", "cards": "Kriskort", "version": "Version", "printed": "Utskriven",
        "unknown": "okänd", "changed": "ändrad", "page": "Sida", "of": "av", "page_short": "s.",
        "contents": "Innehåll", "online": "Handboken på webben",
        "latest": "Kontrollera att detta är den senaste versionen: jämför versionen ovan med webbplatsen "
                  "eller fråga {owner}. Byt ut äldre utskrifter.",
        "latest_offline": "Kontrollera att detta är den senaste versionen: fråga {owner}. "
                          "Byt ut äldre utskrifter.",
        "qr": "QR-kod till handboken på webben",
        "section.howto": "Så använder du pärmen", "section.levels": "Eskaleringsnivåer",
        "section.scenarios": "Scenarier", "section.roles": "Rollkort", "section.checklists": "Checklistor",
        "section.templates": "Mallar", "section.channels": "Kanalförteckning",
        "section.contacts": "Kontakter", "section.changes": "Ändringar sedan förra versionen",
        "contacts.role": "Roll",
        "howto.check": "Kontrollera att pärmen är den senaste (se framsidan). Byt ut gamla utskrifter.",
        "howto.levels": "Bestäm vilken nivå som gäller.",
        "howto.scenarios": "Slå upp det scenario som liknar händelsen. Där står vem som leder "
                           "och vilka checklistor och mallar som gäller.",
        "howto.roles": "Ta ditt rollkort. Varje roll börjar på en ny sida. Ersätter du någon? "
                       "Ta den rollens kort.",
        "howto.checklists": "Följ checklistorna. Kryssa i rutan och skriv klockslag och dina initialer "
                            "vid varje punkt. Kopiera gärna sidan innan du skriver på den.",
        "howto.templates": "Skriv meddelanden utifrån mallarna. Fyll i de markerade fälten för hand.",
        "howto.channels": "Ligger en kanal nere? Kanalförteckningen visar ägare, ersättare och reservkanal.",
        "howto.keep": "Spara ifyllda checklistor och mallar. De är en del av loggen och kan vara "
                      "allmänna handlingar.",
        "checklist.done": "Klar", "checklist.time": "Klockan", "checklist.initials": "Signatur",
        "checklist.started": "Startad (datum, klockan, av)",
        "template.sent": "Skickad (klockan, kanal, signatur)",
        "template.example": "Exempel", "template.description": "Vad du fyller i",
        "template.field": "Fält", "template.max": "högst {n} tecken",
        "channel.name": "Kanal", "channel.crisis": "I kris",
        "kind.social": "sociala medier", "kind.web": "webb", "kind.press": "press", "kind.phone": "telefon",
        "kind.internal": "internt", "kind.broadcast": "radio och tv", "kind.sms": "sms", "kind.email": "e-post",
        "kind.physical": "på plats", "kind.other": "övrigt",
        "card.first_hour": "Första timmen", "card.escalate": "Eskalera till",
        "card.owns": "Kanaler du äger", "card.backs_up": "Ersättare för kanalerna",
        "card.more": "+ {n} punkter till: se rollkortet i pärmen.",
        "print.intro": "Allt i handboken samlat för utskrift: när el eller nät ligger nere är "
                       "pärmen handboken.",
        "print.pdf": "Krispärmen som PDF (A4)", "print.cards": "Kriskort per roll som PDF (A6)",
    },
    "en": {
        "binder": "Crisis binder", "cards": "Pocket cards", "version": "Version", "printed": "Printed",
        "unknown": "unknown", "changed": "changed", "page": "Page", "of": "of", "page_short": "p.",
        "contents": "Contents", "online": "The handbook online",
        "latest": "Check that this copy is the latest: compare the version above with the website "
                  "or ask the {owner}. Replace older copies.",
        "latest_offline": "Check that this copy is the latest: ask the {owner}. Replace older copies.",
        "qr": "QR code for the handbook online",
        "section.howto": "How to use this binder", "section.levels": "Escalation levels",
        "section.scenarios": "Scenarios", "section.roles": "Role cards", "section.checklists": "Checklists",
        "section.templates": "Message templates", "section.channels": "Channel directory",
        "section.contacts": "Contacts", "section.changes": "Changes since the previous version",
        "contacts.role": "Role",
        "howto.check": "Check that the binder is the latest (see the cover). Replace old copies.",
        "howto.levels": "Decide which level applies.",
        "howto.scenarios": "Look up the scenario closest to the event. It says who leads and "
                           "which checklists and templates apply.",
        "howto.roles": "Take your role card. Each role starts on a new page. Standing in for "
                       "someone? Take that role's card.",
        "howto.checklists": "Follow the checklists. Tick the box and write the time and your initials "
                            "at each item. Copy the page before you write on it.",
        "howto.templates": "Write messages from the templates. Fill in the marked fields by hand.",
        "howto.channels": "A channel is down? The channel directory shows owners, backups and fallbacks.",
        "howto.keep": "Keep the filled-in checklists and templates. They are part of the log and may "
                      "be public records.",
        "checklist.done": "Done", "checklist.time": "Time", "checklist.initials": "Initials",
        "checklist.started": "Started (date, time, by)",
        "template.sent": "Sent (time, channel, initials)",
        "template.example": "Example", "template.description": "What to fill in",
        "template.field": "Field", "template.max": "at most {n} characters",
        "channel.name": "Channel", "channel.crisis": "In a crisis",
        "kind.social": "social media", "kind.web": "web", "kind.press": "press", "kind.phone": "phone",
        "kind.internal": "internal", "kind.broadcast": "broadcast", "kind.sms": "SMS", "kind.email": "e-mail",
        "kind.physical": "in person", "kind.other": "other",
        "card.first_hour": "First hour", "card.escalate": "Escalate to",
        "card.owns": "Channels you own", "card.backs_up": "Backup for the channels",
        "card.more": "+ {n} more items: see the role card in the binder.",
        "print.intro": "Everything in the handbook, gathered for print: when power or the network "
                       "is down, the binder is the handbook.",
        "print.pdf": "The crisis binder as PDF (A4)", "print.cards": "Pocket cards per role as PDF (A6)",
    },
}


class BinderLabels(Labels):
    """The binder's own words first, then the site's; a missing key still raises."""

    def __call__(self, key: str, **params: str) -> str:
        text = BINDER_LABELS[self.language].get(key)
        if text is None:
            return super().__call__(key, **params)
        return text.format(**params) if params else text
