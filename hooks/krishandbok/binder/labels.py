"""Words of the printed binder and the pocket cards, in Swedish and English.

Words the site already has (deputy, owner, phase ...) come from the site's
table; only what is new on paper is written here. The layouts get every word
they print from here (as data), so a handbook in English prints in English.
"""

from __future__ import annotations

from ..render.labels import LABELS, Labels

BINDER_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "binder": "Krispärm", "cards": "Kriskort", "edition": "Utgåva", "printed": "Utskriven",
        "page": "Sida", "of": "av", "page_short": "s.", "contents": "Innehåll", "reviewed": "Granskad",
        "not_reviewed": "ej angiven", "continued": "forts.", "blank_page": "Denna sida är avsiktligt tom.",
        "online": "Handboken på webben",
        "latest": "Jämför utgåvan med sidfoten på webbplatsen eller fråga {owner}. Byt ut äldre utskrifter.",
        "qr": "QR-kod till handboken på webben: {url}",
        "qr_role": "QR-kod till rollens sida på webben: {url}",
        "no_site": "Rollens sida på webben: {path}",
        # document control
        "section.control": "Dokumentstyrning", "control.adopted_by": "Antagen av",
        "control.adopted_date": "Antagen", "control.reference": "Diarienummer", "control.owner": "Ansvarig",
        "control.next_review": "Nästa översyn senast", "control.distribution": "Sändlista (tryckta exemplar)",
        "control.none": "ej angivet", "control.copy": "Exemplar", "control.place": "Förvaras",
        "control.checked": "Kontrollerad (datum, signatur)",
        # change log
        "section.changes": "Ändringslogg", "changes.intro": "Ändringar i handbokens data enligt versionshistoriken, "
        "nyast först. Skriv handskrivna ändringar på raderna nedan tills nästa utgåva skrivs ut.",
        "changes.edition": "Utgåva", "changes.what": "Ändring", "changes.none": "Ingen versionshistorik finns.",
        "changes.by_hand": "Handskrivna ändringar", "changes.date": "Datum", "changes.sign": "Signatur",
        # alert list
        "section.alert": "Larmlista", "alert.organisation": "Organisation", "alert.why": "Varför",
        "alert.reach": "Nås på", "alert.when": "Larmas vid", "alert.by": "Larmas av",
        "alert.phones": "Våra publika nummer", "phone.switchboard": "Växel",
        "phone.information_line": "Upplysningsnummer", "alert.none": "Inga organisationer angivna.",
        # levels
        "section.levels": "Nivåer", "aid.title": "Vilken nivå gäller?",
        "aid.intro": "Gå uppifrån och ned. Välj den högsta nivå där minst ett kriterium stämmer. "
                     "Osäker? Välj den högre nivån och fråga den som beslutar.",
        "aid.level": "Nivå", "aid.when": "Gäller när", "aid.decides": "Beslutar", "aid.tick": "Stämmer?",
        # communicate
        "section.communicate": "Så kommunicerar vi", "core_values": "Kärnvärden", "tone": "Ton och språk",
        "principles": "Principer",
        # scenarios
        "section.scenarios": "Scenarier", "first_actions": "Gör detta nu", "key_messages": "Kärnbudskap",
        "first_message": "Första meddelandet", "timeline": "Tidslinje", "signs": "Tecken",
        "time": "Tid", "what": "Vad", "who": "Vem", "checklists": "Checklistor", "templates": "Mallar",
        "no_time": "utan tid",
        # roles
        "section.roles": "Roller", "first_hour": "Första timmen", "mandate": "Får besluta",
        "before": "Före", "during": "Under", "after": "Efter", "people": "Personer",
        "owns": "Kanaler du äger", "backs_up": "Ersättare för", "escalate": "Eskalera till",
        # checklists and templates
        "section.checklists": "Checklistor", "checklist.done": "Klar", "checklist.time": "Klockan",
        "checklist.initials": "Signatur", "checklist.started": "Startad (datum, klockan, av)",
        "section.templates": "Mallar", "template.for": "Text för", "template.blanks": "Fält att fylla i",
        "template.max": "högst {n} tecken", "template.example": "Exempel",
        "template.approved": "Godkänd av", "template.at": "kl.", "template.sent": "Skickad kl.",
        "template.channel": "Kanal", "template.sign": "Signatur",
        "mode.proactive": "Vi tar första steget", "mode.reactive": "Vi svarar",
        # forms. The situation report follows MSB's shared guidance for samverkan och ledning
        # (Gemensamma grunder, "Samlad lägesbild": the event, its consequences, actions, resources).
        "section.forms": "Blanketter",
        "forms.intro": "Kopiera blanketterna innan du skriver på dem. Ifyllda blanketter är en del av loggen "
                       "och kan vara allmänna handlingar.",
        "form.log": "Händelse- och beslutslogg", "form.log.time": "Klockan", "form.log.what": "Händelse eller beslut",
        "form.log.who": "Vem", "form.log.sign": "Signatur",
        "form.approval": "Godkännande av meddelande", "form.approval.template": "Mall",
        "form.approval.channels": "Kanaler", "form.approval.text": "Text",
        "form.approval.written": "Skriven av (roll, namn, kl.)", "form.approval.approved": "Godkänd av (roll, namn, kl.)",
        "form.approval.published": "Publicerad (kanal, kl., signatur)",
        "form.tally": "Samtal och rykten", "form.tally.intro": "En rad per fråga eller rykte. Gör ett streck "
        "för varje samtal om samma sak.",
        "form.tally.topic": "Fråga eller rykte", "form.tally.count": "Antal samtal (streck)",
        "form.tally.answer": "Svar vi ger", "form.tally.passed": "Vidare till (roll, kl.)",
        "form.report": "Lägesbild", "form.report.intro": "Samma struktur varje gång: läge, åtgärder, behov, prognos.",
        "form.report.head": "Lägesbild nr … datum … kl. … Upprättad av …",
        "form.report.situation": "Läge: vad har hänt, vilka konsekvenser, vad vet vi inte än?",
        "form.report.actions": "Åtgärder: vad har vi gjort, vad gör vi nu?",
        "form.report.needs": "Behov: vad behöver vi från andra?",
        "form.report.forecast": "Prognos: hur utvecklas läget, nästa lägesbild kl.?",
        "form.rota": "Bemanningsschema", "form.rota.role": "Roll", "form.rota.shift": "Pass",
        "form.rota.date": "Datum:",
        "form.media": "Medielogg", "form.media.time": "Klockan", "form.media.outlet": "Medium och reporter",
        "form.media.question": "Fråga", "form.media.reply": "Svar eller åtgärd", "form.media.by": "Vem svarar",
        # channels
        "section.channels": "Kanalförteckning", "channel.name": "Kanal", "channel.crisis": "I kris",
        "channel.fallback": "Reservkanal", "channel.depends": "Beroende av", "channel.none": "ingen angiven",
        # contacts
        "section.contacts": "Kontakter", "contacts.role": "Roll", "contacts.holders": "Innehavare",
        "contacts.deputies": "Ersättare",
        # how to use
        "section.howto": "Så använder du pärmen",
        "howto.1": "Kontrollera utgåvan längst ned på sidan mot webbplatsens sidfot. Byt ut äldre utskrifter.",
        "howto.2": "Bestäm vilken nivå som gäller (sidan Vilken nivå gäller?).",
        "howto.3": "Slå upp scenariot som liknar händelsen och gör det som står under Gör detta nu.",
        "howto.4": "Ta ditt rollavsnitt. Varje roll börjar på en högersida och kan tas ut ur pärmen. "
                   "Ersätter du någon? Ta den rollens avsnitt.",
        "howto.5": "Följ checklistorna: kryssa i Klar och fyll i Klockan och Signatur vid varje punkt.",
        "howto.6": "Skriv meddelanden utifrån mallarna, fyll i fälten för hand och låt dem godkännas.",
        "howto.7": "Utan el eller nät: använd blanketterna och kanalförteckningens reservkanaler.",
        # cards
        "card.title": "Kriskort", "card.continues": "Fortsätter på baksidan.", "card.next": "Fortsätter på nästa sida.", "card.cut": "Klipp längs markeringarna.",
        "internal": "Internt – får inte spridas",
    },
    "en": {
        "binder": "Crisis binder", "cards": "Pocket cards", "edition": "Edition", "printed": "Printed",
        "page": "Page", "of": "of", "page_short": "p.", "contents": "Contents", "reviewed": "Reviewed",
        "not_reviewed": "not given", "continued": "cont.", "blank_page": "This page is intentionally blank.",
        "online": "The handbook online",
        "latest": "Compare the edition with the website's footer or ask the {owner}. Replace older copies.",
        "qr": "QR code for the handbook online: {url}",
        "qr_role": "QR code for the role's page online: {url}",
        "no_site": "The role's page online: {path}",
        "section.control": "Document control", "control.adopted_by": "Adopted by",
        "control.adopted_date": "Adopted", "control.reference": "Reference", "control.owner": "Owner",
        "control.next_review": "Next review by", "control.distribution": "Distribution (printed copies)",
        "control.none": "not given", "control.copy": "Copy", "control.place": "Kept at",
        "control.checked": "Checked (date, initials)",
        "section.changes": "Change log", "changes.intro": "Changes to the handbook's data from its version "
        "history, newest first. Write changes by hand on the lines below until the next edition is printed.",
        "changes.edition": "Edition", "changes.what": "Change", "changes.none": "No version history is available.",
        "changes.by_hand": "Changes by hand", "changes.date": "Date", "changes.sign": "Initials",
        "section.alert": "Alert list", "alert.organisation": "Organisation", "alert.why": "Why",
        "alert.reach": "Reach at", "alert.when": "Alerted at", "alert.by": "Alerted by",
        "alert.phones": "Our public numbers", "phone.switchboard": "Switchboard",
        "phone.information_line": "Information line", "alert.none": "No organisations given.",
        "section.levels": "Levels", "aid.title": "Which level applies?",
        "aid.intro": "Go from the top down. Choose the highest level where at least one criterion holds. "
                     "Unsure? Choose the higher level and ask the one who decides.",
        "aid.level": "Level", "aid.when": "Applies when", "aid.decides": "Decides", "aid.tick": "Holds?",
        "section.communicate": "How we communicate", "core_values": "Core values", "tone": "Tone and language",
        "principles": "Principles",
        "section.scenarios": "Scenarios", "first_actions": "Do this now", "key_messages": "Key messages",
        "first_message": "First message", "timeline": "Timeline", "signs": "Signs",
        "time": "Within", "what": "What", "who": "Who", "checklists": "Checklists", "templates": "Templates",
        "no_time": "no time",
        "section.roles": "Roles", "first_hour": "First hour", "mandate": "May decide",
        "before": "Before", "during": "During", "after": "After", "people": "People",
        "owns": "Channels you own", "backs_up": "Backup for", "escalate": "Escalate to",
        "section.checklists": "Checklists", "checklist.done": "Done", "checklist.time": "Time",
        "checklist.initials": "Initials", "checklist.started": "Started (date, time, by)",
        "section.templates": "Templates", "template.for": "Text for", "template.blanks": "Fields to fill in",
        "template.max": "at most {n} characters", "template.example": "Example",
        "template.approved": "Approved by", "template.at": "at", "template.sent": "Sent at",
        "template.channel": "Channel", "template.sign": "Initials",
        "mode.proactive": "We speak first", "mode.reactive": "We answer",
        "section.forms": "Forms",
        "forms.intro": "Copy the forms before you write on them. Filled-in forms are part of the log "
                       "and may be public records.",
        "form.log": "Event and decision log", "form.log.time": "Time", "form.log.what": "Event or decision",
        "form.log.who": "Who", "form.log.sign": "Initials",
        "form.approval": "Message approval", "form.approval.template": "Template",
        "form.approval.channels": "Channels", "form.approval.text": "Text",
        "form.approval.written": "Written by (role, name, time)", "form.approval.approved": "Approved by (role, name, time)",
        "form.approval.published": "Published (channel, time, initials)",
        "form.tally": "Calls and rumours", "form.tally.intro": "One row per question or rumour. One stroke "
        "for each call about the same thing.",
        "form.tally.topic": "Question or rumour", "form.tally.count": "Calls (strokes)",
        "form.tally.answer": "Answer we give", "form.tally.passed": "Passed to (role, time)",
        "form.report": "Situation report", "form.report.intro": "The same structure every time: situation, "
        "actions, needs, forecast.",
        "form.report.head": "Report no. … date … time … Written by …",
        "form.report.situation": "Situation: what has happened, with what consequences, what do we not know yet?",
        "form.report.actions": "Actions: what have we done, what are we doing now?",
        "form.report.needs": "Needs: what do we need from others?",
        "form.report.forecast": "Forecast: how will it develop, next report at?",
        "form.rota": "Staffing rota", "form.rota.role": "Role", "form.rota.shift": "Shift",
        "form.rota.date": "Date:",
        "form.media": "Media log", "form.media.time": "Time", "form.media.outlet": "Outlet and reporter",
        "form.media.question": "Question", "form.media.reply": "Answer or action", "form.media.by": "Who answers",
        "section.channels": "Channel directory", "channel.name": "Channel", "channel.crisis": "In a crisis",
        "channel.fallback": "Fallback", "channel.depends": "Depends on", "channel.none": "none given",
        "section.contacts": "Contacts", "contacts.role": "Role", "contacts.holders": "Holders",
        "contacts.deputies": "Deputies",
        "section.howto": "How to use this binder",
        "howto.1": "Check the edition at the foot of the page against the website's footer. Replace older copies.",
        "howto.2": "Decide which level applies (the page Which level applies?).",
        "howto.3": "Look up the scenario closest to the event and do what it says under Do this now.",
        "howto.4": "Take your role's section. Each role starts on a right-hand page and can be taken out. "
                   "Standing in for someone? Take that role's section.",
        "howto.5": "Follow the checklists: tick Done and fill in Time and Initials at each item.",
        "howto.6": "Write messages from the templates, fill in the fields by hand and have them approved.",
        "howto.7": "Without power or network: use the forms and the fallback channels in the channel directory.",
        "card.title": "Pocket card", "card.continues": "Continues on the back.", "card.next": "Continues on the next page.", "card.cut": "Cut along the marks.",
        "internal": "Internal – not for distribution",
    },
}


class BinderLabels(Labels):
    """The binder's own words first, then the site's; a missing key still raises."""

    def __call__(self, key: str, **params: str) -> str:
        text = BINDER_LABELS[self.language].get(key)
        if text is None:
            return super().__call__(key, **params)
        return text.format(**params) if params else text

    def words(self) -> dict[str, str]:
        """Every word of this language, the binder's over the site's, for the layouts
        (which never format: a word with {parameters} is filled in by the caller)."""
        return {**LABELS[self.language], **BINDER_LABELS[self.language]}
