"""The text of a new entry, per kind and language, for `python -m krishandbok new`.

Each skeleton is YAML with `str.format` fields that `scaffold.py` fills with the new
id and with ids that already exist in the handbook (literal braces are doubled).
The values are texts an editor replaces, chosen so that the entry validates as it
stands: a skeleton that fails validation would teach the wrong thing. List entries
are written with the dash in column 0; `scaffold.py` indents them to match the file.
"""

from __future__ import annotations

LIST_SKELETONS: dict[str, dict[str, str]] = {
    "role": {
        "sv": """\
# Ny roll: byt ut texterna. Lägg gärna till reports_to, mandate, before och after.
- id: {id}
  name: {name}  # rollens namn
  summary: Skriv en rad om vad rollen gör i en kris.
  deputy: {deputy}  # id för rollen som ersätter
  during:  # ansvar under en kris, minst en punkt
    - Skriv vad rollen gör under en kris.
""",
        "en": """\
# New role: replace the texts. Consider adding reports_to, mandate, before and after.
- id: {id}
  name: {name}  # the role's name
  summary: Write one line on what the role does in a crisis.
  deputy: {deputy}  # id of the role that takes over
  during:  # duties during a crisis, at least one
    - Write what the role does during a crisis.
""",
    },
    "audience": {
        "sv": """\
# Ny målgrupp: byt ut texterna.
- id: {id}
  name: {name}  # målgruppens namn
  description: Skriv vilka som ingår.
  needs:  # vad målgruppen behöver av oss i en kris
    - Skriv vad de behöver veta.
""",
        "en": """\
# New audience: replace the texts.
- id: {id}
  name: {name}  # the audience's name
  description: Write who belongs to it.
  needs:  # what the audience needs from us in a crisis
    - Write what they need to know.
""",
    },
    "channel": {
        "sv": """\
# Ny kanal: byt ut texterna och kontrollera ägare, ersättare och målgrupper.
- id: {id}
  name: {name}  # kanalens namn
  kind: other  # social, web, press, phone, internal, broadcast, sms, email, physical eller other
  owner: {owner}  # id för rollen som äger kanalen
  backup: {backup}  # id för rollen som tar över, inte ägaren
  audiences: [{audiences}]  # id för målgrupper som nås i kanalen
  cadence:
    crisis: Skriv hur ofta kanalen uppdateras i en kris.
""",
        "en": """\
# New channel: replace the texts and check the owner, backup and audiences.
- id: {id}
  name: {name}  # the channel's name
  kind: other  # social, web, press, phone, internal, broadcast, sms, email, physical or other
  owner: {owner}  # id of the role that owns the channel
  backup: {backup}  # id of the role that takes over, not the owner
  audiences: [{audiences}]  # ids of the audiences the channel reaches
  cadence:
    crisis: Write how often the channel is updated in a crisis.
""",
    },
    "level": {
        "sv": """\
# Ny nivå: byt ut texterna. Nivåerna står i ordning, lägst först.
- id: {id}
  name: {name}  # nivåns namn
  description: Skriv vad nivån innebär.
  decided_by: {owner}  # id för rollen som får besluta om nivån
  criteria:  # när nivån gäller
    - Skriv när nivån gäller.
""",
        "en": """\
# New level: replace the texts. The levels are in order, lowest first.
- id: {id}
  name: {name}  # the level's name
  description: Write what the level means.
  decided_by: {owner}  # id of the role that may declare the level
  criteria:  # when the level applies
    - Write when the level applies.
""",
    },
    "scenario": {
        "sv": """\
# Nytt scenario: byt ut texterna. Varje kanal och målgrupp behöver en mall för scenariot.
- id: {id}
  name: {name}  # scenariots namn
  summary: Skriv kort vad som händer.
  signs:  # tecken på att det håller på att hända
    - Skriv ett tecken.
  level: {level}  # id för nivån scenariot brukar starta på
  lead: {lead}  # id för rollen som leder
  roles: [{roles}]  # id för roller som deltar
  channels: [{channels}]  # id för kanaler som används
  audiences: [{audiences}]  # id för målgrupper som berörs
  first_actions:  # gör nu: 3–7 saker i ordning, med roll och tidsram
    - text: Ta reda på vad som har hänt och vilket område som berörs.
      role: {lead}
      within: 10 min
    - text: Besluta om nivå och vem som talar för organisationen.
      role: {lead}
      within: 15 min
    - text: Publicera första beskedet.
      role: {lead}
      within: 30 min
  key_messages:  # kärnbudskap: högst tre korta meningar
    - Skriv det viktigaste budskapet.
{first_message_line}""",
        "en": """\
# New scenario: replace the texts. Every channel and audience needs a template for it.
- id: {id}
  name: {name}  # the scenario's name
  summary: Write briefly what happens.
  signs:  # signals that this is happening
    - Write one sign.
  level: {level}  # id of the level it usually starts at
  lead: {lead}  # id of the role that leads
  roles: [{roles}]  # ids of the roles that take part
  channels: [{channels}]  # ids of the channels used
  audiences: [{audiences}]  # ids of the audiences concerned
  first_actions:  # do this now: 3–7 things in order, each with a role and a time box
    - text: Find out what has happened and which area is affected.
      role: {lead}
      within: 10 min
    - text: Decide the level and who speaks for the organisation.
      role: {lead}
      within: 15 min
    - text: Publish the first message.
      role: {lead}
      within: 30 min
  key_messages:  # at most three short sentences
    - Write the most important message.
{first_message_line}""",
    },
    "organisation": {
        "sv": """\
# Ny organisation att larma: bara funktionsnummer, aldrig en persons nummer.
- id: {id}
  name: {name}  # organisationens namn
  role: Skriv varför vi kontaktar dem.
  alert_at: [{level}]  # id för nivåer där de larmas
  alerted_by: {owner}  # id för rollen som larmar dem
""",
        "en": """\
# New organisation to alert: functional numbers only, never a person's.
- id: {id}
  name: {name}  # the organisation's name
  role: Write why we contact them.
  alert_at: [{level}]  # ids of the levels at which they are alerted
  alerted_by: {owner}  # id of the role that alerts them
""",
    },
}

# A new optional list file starts with its key; the entry is appended below it.
NEW_LIST_FILES = {"organisation": "organisations:\n"}

FILE_SKELETONS: dict[str, dict[str, str]] = {
    "template": {
        "sv": """\
{schema}
# Ny mall: byt ut texterna. Id är filnamnet: {id}.
title: {name}
phase: during  # before (före), during (under) eller after (efter)
channels: [{channels}]  # id för kanaler mallen skickas i
audiences: [{audiences}]  # id för målgrupper mallen vänder sig till
sender: {sender}  # id för rollen som publicerar
effect: Skriv vilken effekt meddelandet ska ge.
mode: proactive  # proactive (vi går ut först) eller reactive (vi svarar)
placeholders:  # varje {{namn}} i texten, med beskrivning och exempel
  vad:
    description: Vad som har hänt
    example: en vattenläcka på Storgatan
# Texten exakt som den publiceras: vanlig text, utan **fetstil**, [länkar](...) eller HTML.
# Skriv ut webbadresser och telefonnummer: www.exempel.se, 113 13.
body: |
  Vi arbetar med {{vad}}. Vi berättar mer när vi vet mer.
# variants:  # egen text för en av mallens kanaler, t.ex. en kort sms-version
#   sms: Vi arbetar med {{vad}}. Mer på vår webbplats.
""",
        "en": """\
{schema}
# New template: replace the texts. The id is the file name: {id}.
title: {name}
phase: during  # before, during or after
channels: [{channels}]  # ids of the channels it goes out in
audiences: [{audiences}]  # ids of the audiences it addresses
sender: {sender}  # id of the role that publishes it
effect: Write the effect the message should have.
mode: proactive  # proactive (we speak first) or reactive (we answer)
placeholders:  # every {{name}} in the body, with a description and an example
  what:
    description: What has happened
    example: a burst water main in High Street
# The text exactly as published: plain text, no **bold**, [links](...) or HTML.
# Write web addresses and phone numbers out: www.example.org, 0123-456 78.
body: |
  We are dealing with {{what}}. We will tell you more when we know more.
# variants:  # a text of its own for one of the template's channels, e.g. a short SMS
#   sms: We are dealing with {{what}}. More on our website.
""",
    },
    "checklist": {
        "sv": """\
{schema}
# Ny checklista: byt ut punkterna. Id är filnamnet: {id}.
title: {name}
owner: {owner}  # id för rollen som äger checklistan
phase: during  # before (före), during (under) eller after (efter)
items:  # punkterna i ordning: text, eller text med role, within och template
  - Skriv den första punkten.
  - text: Skriv nästa punkt.
    within: 30 min  # tidsram
""",
        "en": """\
{schema}
# New checklist: replace the items. The id is the file name: {id}.
title: {name}
owner: {owner}  # id of the role that owns the checklist
phase: during  # before, during or after
items:  # the items in order: text, or text with role, within and template
  - Write the first item.
  - text: Write the next item.
    within: 30 min  # time box
""",
    },
    "exercise": {
        "sv": """\
{schema}
# Ny övning: byt ut texterna. Id är filnamnet: {id}.
# Ett utkast med mål, motspel och inspel från handboken: krishandbok exercise draft SCENARIO
title: {name}
scenario: {scenario}  # id för scenariot som övas
format: seminar  # seminar (seminarieövning) eller simulation (simuleringsövning med motspel, kräver injects)
purpose: Skriv övningens syfte.
lead: {owner}  # övningsledare
participants: [{participant}]  # roller som övar
goals:  # mål som går att observera
  - id: forsta-beskedet
    text: Skriv ett mål, t.ex. att första beskedet är ute inom 30 minuter.
questions:  # diskussionsfrågor i ordning
  - Vem säger vad till vem, och när?
""",
        "en": """\
{schema}
# New exercise: replace the texts. The id is the file name: {id}.
# A draft with goals, counter-play and injects from the handbook: krishandbok exercise draft SCENARIO
title: {name}
scenario: {scenario}  # id of the scenario exercised
format: seminar  # seminar (discussion) or simulation (with counter-play; needs injects)
purpose: Write the purpose of the exercise.
lead: {owner}  # exercise director
participants: [{participant}]  # roles that play
goals:  # goals that can be observed
  - id: first-message
    text: Write a goal, e.g. the first message is out within 30 minutes.
questions:  # discussion questions in order
  - Who says what to whom, and when?
""",
    },
}


def has_skeleton(kind: str) -> bool:
    return kind in LIST_SKELETONS or kind in FILE_SKELETONS


def skeleton(kind: str, language: str) -> str:
    """The skeleton of `kind` in `language` (Swedish when the language is unknown)."""
    texts = LIST_SKELETONS.get(kind) or FILE_SKELETONS[kind]
    return texts.get(language, texts["sv"])
