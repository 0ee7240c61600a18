"""The shape of every file kind: one source of truth for validation, JSON Schema and docs.

Field descriptions are written for the communicator who edits the YAML: they show up
as hover text in the editor (through the generated JSON Schemas) and in the key
reference of the editor's guide.

No `from __future__ import annotations` here: pydantic would then read every field's
type back from a string (a ForwardRef and a compile each), about 3 ms of every build.
"""

import datetime
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints

from .text import outgoing_text

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# An id names files and pages (`templates/ID.yaml`, `mallar/ID/`): short enough for any file system.
ID_MAX_LENGTH = 64
PLACEHOLDER_PATTERN = r"^[a-z][a-z0-9_]*$"
# The title is the site's name: the theme prints it in attributes and in <title>. One line,
# no markup, short enough for a header.
TITLE_PATTERN = r"^[^\n\r<>]+$"
TITLE_MAX_LENGTH = 120
# A web address as the theme prints it (canonical links, the config JSON): no quotes,
# angle brackets, backslashes or spaces, whatever the scheme's rules would allow.
URL_PATTERN = r"^https?://[^\s\"'<>\\`]+$"
_ID_RE = re.compile(ID_PATTERN)
# Kinds whose entries carry a `reviewed` date (the review warning and `krishandbok reviews`).
REVIEWED_KINDS = ("role", "channel", "scenario", "template")


def is_id(value: str) -> bool:
    """The whole of `value` is an id (`re.match` with `$` would let a final newline through)."""
    return len(value) <= ID_MAX_LENGTH and _ID_RE.fullmatch(value) is not None


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
TextList = list[Text]


def empty() -> list:
    """A new empty list per entity. (With `default_factory=list`, pydantic reads the
    builtin's signature through the tokenizer: a few ms of every build's start.)"""
    return []
Phase = Literal["before", "during", "after"]
ChannelKind = Literal[
    "social", "web", "press", "phone", "internal", "broadcast", "sms", "email", "physical", "other"
]


class Strict(BaseModel):
    """Unknown keys are errors: a misspelt key must never be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Entity(Strict):
    """Something that lives in a file and can be pointed at in a message."""

    _origin: object = PrivateAttr(default=None)


class FileEntity(Entity):
    """An entity that is a file of its own: its id is the file name without `.yaml`."""

    _id: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        return self._id


# --------------------------------------------------------------------------- handbook.yaml


class NamedText(Strict):
    name: Text = Field(description="Kort namn, t.ex. Öppenhet.")
    description: Text = Field(description="Vad det betyder i praktiken.")


class PublicPhones(Strict):
    switchboard: Text | None = Field(None, description="Växelns nummer, inom citattecken.")
    information_line: Text | None = Field(
        None, description="Upplysningscentralens eller kontaktcentrets nummer i en kris, inom citattecken."
    )


class Adoption(Strict):
    by: Text = Field(description="Vem som antog handboken, t.ex. Kommunstyrelsen.")
    date: datetime.date = Field(description="Datum för beslutet, ÅÅÅÅ-MM-DD.")
    reference: Text | None = Field(None, description="Diarienummer, t.ex. KS 2026/123.")


class Settings(Entity):
    """handbook.yaml: organisationen och inställningarna."""

    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TITLE_MAX_LENGTH, pattern=TITLE_PATTERN)
    ] = Field(description="Handbokens titel, på webbplatsen och i pärmen (en rad, högst 120 tecken).")
    organisation: Text = Field(description="Organisationens namn.")
    language: Literal["sv", "en"] = Field(
        "sv", description="Språk för rubriker, felmeddelanden och sökning: sv eller en."
    )
    owner: Id = Field(description="Id för rollen som ansvarar för handboken.")
    review_interval_months: int = Field(
        12, ge=1, le=120, description="Hur många månader en granskning (reviewed) gäller."
    )
    site_url: Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None = Field(
        None, description="Webbadressen där handboken publiceras (till länkar och pärmens QR-kod)."
    )
    core_values: list[NamedText] = Field(
        default_factory=empty, description="Kärnvärden som tonen bygger på."
    )
    tone: TextList = Field(default_factory=empty, description="Regler för ton och språk.")
    principles: list[NamedText] = Field(
        default_factory=empty, description="Kommunikationsprinciper (namn och beskrivning)."
    )
    phone: PublicPhones | None = Field(
        None, description="Publika nummer som används i meddelanden och i pärmen (bara funktionsnummer)."
    )
    adopted: Adoption | None = Field(
        None, description="Dokumentstyrning: vem som antog handboken, när och med vilket diarienummer."
    )
    distribution: TextList = Field(
        default_factory=empty, description="Var de tryckta pärmarna finns (sändlista)."
    )
    vma_requesters: list[Id] = Field(
        default_factory=empty, description="Id för roller som får begära VMA (enligt delegationsordningen)."
    )
    exercise_interval_months: int = Field(
        24, ge=1, le=120,
        description="Hur många månader en övning räknas; roller och scenarier som inte övats sedan dess ger varningar.",
    )


# --------------------------------------------------------------------------- roles.yaml


class Role(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Rollens namn, t.ex. Kommunchef.")
    summary: Text = Field(description="En rad om vad rollen gör i en kris.")
    description: Text | None = Field(None, description="Längre beskrivning.")
    deputy: Id = Field(description="Id för rollen som ersätter (en annan roll).")
    reports_to: Id | None = Field(None, description="Id för rollen som den här rollen rapporterar till.")
    mandate: TextList = Field(
        default_factory=empty, description="Vad rollen får besluta själv (mandat)."
    )
    before: TextList = Field(default_factory=empty, description="Ansvar före en kris.")
    during: TextList = Field(min_length=1, description="Ansvar under en kris (minst en punkt).")
    after: TextList = Field(default_factory=empty, description="Ansvar efter en kris.")
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")


# --------------------------------------------------------------------------- audiences.yaml


class Audience(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Målgruppens namn, t.ex. Invånare.")
    description: Text | None = Field(None, description="Vilka som ingår.")
    needs: TextList = Field(
        default_factory=empty, description="Vad målgruppen behöver av oss i en kris."
    )


# --------------------------------------------------------------------------- channels.yaml


class Cadence(Strict):
    normal: Text | None = Field(None, description="Hur ofta kanalen används i vardagen.")
    crisis: Text = Field(description="Hur ofta kanalen uppdateras i en kris.")


class Staffing(Strict):
    normal: Text | None = Field(None, description="Bemanning i vardagen.")
    crisis: Text | None = Field(None, description="Bemanning i en kris.")


class Channel(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Kanalens namn, t.ex. Facebook.")
    kind: ChannelKind = Field(description="Typ av kanal.")
    owner: Id = Field(description="Id för rollen som äger kanalen.")
    backup: Id = Field(description="Id för rollen som tar över (ersättare), inte ägaren.")
    audiences: list[Id] = Field(min_length=1, description="Målgrupper som nås i kanalen.")
    max_length: int | None = Field(
        None, ge=1, description="Längsta text i tecken (för sms: GSM-7-tecken)."
    )
    cadence: Cadence = Field(description="Hur ofta kanalen uppdateras (crisis krävs).")
    staffing: Staffing | None = Field(None, description="Bemanning i vardag och kris.")
    response_time: Text | None = Field(None, description="Hur snabbt vi svarar.")
    moderation: TextList = Field(
        default_factory=empty, description="Regler för kommentarer, troll och kritik."
    )
    escalate_to: Id | None = Field(
        None, description="Id för rollen som tar det som går utöver kanalens mandat."
    )
    depends_on: TextList = Field(
        default_factory=empty, description="Vad kanalen kräver, t.ex. el, internet, mobilnät."
    )
    fallback: Id | None = Field(None, description="Id för kanalen att använda när den här ligger nere.")
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")


# --------------------------------------------------------------------------- levels.yaml


class Level(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Nivåns namn, t.ex. Stabsläge.")
    description: Text | None = Field(None, description="Vad nivån innebär.")
    decided_by: Id = Field(description="Id för rollen som får besluta om nivån.")
    criteria: TextList = Field(default_factory=empty, description="När nivån gäller.")


# --------------------------------------------------------------------------- scenarios.yaml


class FirstAction(Strict):
    text: Text = Field(description="Vad som ska göras nu.")
    role: Id = Field(description="Id för rollen som gör det.")
    within: Text | None = Field(None, description="Tidsram, t.ex. 10 min.")


class Scenario(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Scenariots namn, t.ex. Förtroendekris.")
    summary: Text = Field(description="Kort beskrivning.")
    signs: TextList = Field(default_factory=empty, description="Tecken på att det håller på att hända.")
    level: Id = Field(description="Id för nivån scenariot brukar starta på.")
    lead: Id = Field(description="Id för rollen som leder.")
    roles: list[Id] = Field(description="Id för roller som deltar (den som leder räknas redan).")
    channels: list[Id] = Field(min_length=1, description="Id för kanaler som används.")
    audiences: list[Id] = Field(min_length=1, description="Id för målgrupper som berörs.")
    first_actions: list[FirstAction] = Field(
        default_factory=empty, description="Gör nu: de första åtgärderna, i ordning (3–7 punkter)."
    )
    key_messages: TextList = Field(default_factory=empty, description="Kärnbudskap: högst tre korta meningar.")
    first_message: Id | None = Field(None, description="Id för mallen som publiceras först (den ska gälla scenariot).")
    guides: list[Id] = Field(
        default_factory=empty, description="Handskrivna sidor i docs/ (filnamn utan .md) som är viktiga i scenariot."
    )
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")


# --------------------------------------------------------------------------- organisations.yaml


class Organisation(Entity):
    id: Id = Field(description="Unikt id: små bokstäver a–z, siffror och bindestreck.")
    name: Text = Field(description="Organisationens namn, t.ex. Länsstyrelsen Västmanland.")
    role: Text = Field(description="Varför vi kontaktar dem.")
    phone: Text | None = Field(None, description="Funktionsnummer (aldrig en persons), inom citattecken.")
    email: Text | None = Field(None, description="Funktionsadress för e-post.")
    web: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = Field(
        None, description="Webbadress (https://)."
    )
    alert_at: list[Id] = Field(default_factory=empty, description="Id för nivåer där de larmas.")
    alerted_by: Id | None = Field(None, description="Id för rollen som larmar dem.")
    scenarios: list[Id] | None = Field(
        None, min_length=1, description="Scenarier de berörs av; utelämnad = alla scenarier."
    )


# --------------------------------------------------------------------------- templates/<id>.yaml


class Placeholder(Strict):
    description: Text = Field(description="Vad som ska fyllas i.")
    example: Text = Field(description="Exempel: används i förhandsvisning och längdkontroll.")
    max_length: int | None = Field(None, ge=1, description="Längsta tillåtna värde i tecken.")


PlaceholderName = Annotated[str, StringConstraints(pattern=PLACEHOLDER_PATTERN)]


class Template(FileEntity):
    """templates/<id>.yaml: ett meddelande att skicka; id är filnamnet utan .yaml."""

    title: Text = Field(description="Mallens rubrik.")
    scenarios: list[Id] | None = Field(
        None, min_length=1, description="Scenarier mallen gäller; utelämnad = alla scenarier."
    )
    phase: Phase = Field(description="Fas: before (före), during (under) eller after (efter).")
    channels: list[Id] = Field(min_length=1, description="Id för kanaler mallen skickas i.")
    audiences: list[Id] = Field(min_length=1, description="Id för målgrupper mallen vänder sig till.")
    sender: Id = Field(description="Id för rollen som publicerar.")
    approver: Id | None = Field(None, description="Id för rollen som godkänner först.")
    effect: Text = Field(description="Den effekt meddelandet ska ge.")
    mode: Literal["proactive", "reactive"] | None = Field(
        None, description="När: proactive (vi går ut först) eller reactive (vi svarar)."
    )
    placeholders: dict[PlaceholderName, Placeholder] = Field(
        default_factory=dict,
        description="Varje {namn} i texten, med beskrivning och exempel.",
    )
    body: Text = Field(
        description="Texten exakt som den publiceras: vanlig text utan Markdown eller HTML. Platshållare skrivs {namn}."
    )
    variants: dict[Id, Text] = Field(
        default_factory=dict,
        description="Egen text per kanal (kanalens id, en av mallens channels), t.ex. en kort sms-version.",
    )
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")

    def examples(self) -> dict[str, str]:
        return {name: placeholder.example for name, placeholder in self.placeholders.items()}

    def text_for(self, channel_id: str) -> str:
        """The outgoing text (unfilled) published on a channel: its variant, else the body."""
        return self.variants.get(channel_id, self.body)

    def example_text(self, channel_id: str | None = None) -> str:
        """The message as it would go out (on `channel_id`, else the body) with every
        placeholder filled by its example."""
        text = self.body if channel_id is None else self.text_for(channel_id)
        return outgoing_text(text, self.examples())


# --------------------------------------------------------------------------- checklists/<id>.yaml


class ChecklistItem(Strict):
    text: Text = Field(description="Vad som ska göras.")
    role: Id | None = Field(None, description="Id för rollen som gör det (annars checklistans ägare).")
    within: Text | None = Field(None, description="Tidsram, t.ex. 30 min.")
    template: Id | None = Field(None, description="Id för mallen som används.")


def _item_from_text(value: object) -> object:
    # An item may be written as plain text: the short form of {text: ...}.
    return {"text": value} if isinstance(value, str) else value


Item = Annotated[
    ChecklistItem, BeforeValidator(_item_from_text, json_schema_input_type=Text | ChecklistItem)
]


class Checklist(FileEntity):
    """checklists/<id>.yaml: en checklista; id är filnamnet utan .yaml."""

    title: Text = Field(description="Checklistans rubrik.")
    owner: Id = Field(description="Id för rollen som äger checklistan.")
    phase: Phase = Field(description="Fas: before (före), during (under) eller after (efter).")
    scenarios: list[Id] | None = Field(
        None, min_length=1, description="Scenarier checklistan gäller; utelämnad = alla scenarier."
    )
    items: list[Item] = Field(min_length=1, description="Punkterna, i ordning.")


# --------------------------------------------------------------------------- exercises/<id>.yaml

ExerciseTime = Annotated[str, StringConstraints(pattern=r"^\d{1,2}:[0-5]\d$")]


def clock_minutes(at: str) -> int:
    """Minutes after the exercise's start for a time written `H:MM` (an ExerciseTime)."""
    hours, mins = at.split(":")
    return int(hours) * 60 + int(mins)
InjectVia = Literal["social", "phone", "email", "press", "radio", "situation-report", "in-person"]


class GoalTests(Strict):
    roles: list[Id] = Field(default_factory=empty, description="Id för roller som målet övar.")
    channels: list[Id] = Field(default_factory=empty, description="Id för kanaler som målet övar.")
    templates: list[Id] = Field(default_factory=empty, description="Id för mallar som målet övar.")
    checklists: list[Id] = Field(default_factory=empty, description="Id för checklistor som målet övar.")


class Goal(Strict):
    id: Id = Field(description="Unikt id för målet inom övningen.")
    text: Text = Field(description="Målet, så att det går att observera.")
    tests: GoalTests | None = Field(None, description="Vad i handboken målet övar.")


class Persona(Strict):
    id: Id = Field(description="Unikt id för rösten inom övningen.")
    name: Text = Field(description="Namnet som visas i motspelet, t.ex. Anna, förälder i Kolbäck.")


class Inject(Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    at: ExerciseTime = Field(description="Tid efter start, T:MM inom citattecken, t.ex. \"0:05\".")
    from_: Text = Field(
        alias="from", description="Avsändare: id för en persona eller fri text (t.ex. SVT Västmanland)."
    )
    to: Id = Field(description="Id för rollen som tar emot inspelet.")
    via: InjectVia = Field(
        description="Väg: social, phone, email, press, radio, situation-report eller in-person."
    )
    channel: Id | None = Field(None, description="Id för kanalen (krävs när via är social).")
    text: Text = Field(description="Vad spelarna får.")
    expect: Text = Field(description="Förväntad reaktion.")
    goals: list[Id] = Field(default_factory=empty, description="Id för mål som inspelet övar.")
    reserve: bool = Field(False, description="Reservinspel: används om spelet stannar av.")

    @property
    def minutes(self) -> int:
        return clock_minutes(self.at)


class FindingAffects(Strict):
    roles: list[Id] = Field(default_factory=empty, description="Id för berörda roller.")
    audiences: list[Id] = Field(default_factory=empty, description="Id för berörda målgrupper.")
    channels: list[Id] = Field(default_factory=empty, description="Id för berörda kanaler.")
    levels: list[Id] = Field(default_factory=empty, description="Id för berörda nivåer.")
    scenarios: list[Id] = Field(default_factory=empty, description="Id för berörda scenarier.")
    templates: list[Id] = Field(default_factory=empty, description="Id för berörda mallar.")
    checklists: list[Id] = Field(default_factory=empty, description="Id för berörda checklistor.")
    organisations: list[Id] = Field(default_factory=empty, description="Id för berörda organisationer.")


class Finding(Strict):
    text: Text = Field(description="Vad övningen visade (erfarenhet).")
    action: Text = Field(description="Åtgärden som ska göras.")
    owner: Id = Field(description="Id för rollen som ansvarar för åtgärden.")
    due: datetime.date | None = Field(None, description="Klart senast, ÅÅÅÅ-MM-DD.")
    affects: FindingAffects | None = Field(None, description="Vad i handboken erfarenheten gäller.")


class Exercise(FileEntity):
    """exercises/<id>.yaml: en övning; id är filnamnet utan .yaml."""

    title: Text = Field(description="Övningens rubrik.")
    scenario: Id = Field(description="Id för scenariot som övas.")
    format: Literal["seminar", "simulation"] = Field(
        description="seminar (seminarieövning) eller simulation (simuleringsövning med motspel)."
    )
    planned: datetime.date | None = Field(None, description="Planerat datum, ÅÅÅÅ-MM-DD.")
    duration: Text | None = Field(None, description="Längd, t.ex. 3 tim.")
    purpose: Text = Field(description="Övningens syfte.")
    lead: Id = Field(description="Id för rollen som är övningsledare.")
    evaluator: Id | None = Field(None, description="Id för rollen som är utvärderingsledare.")
    participants: list[Id] = Field(min_length=1, description="Id för roller som övar.")
    goals: list[Goal] = Field(min_length=1, description="Övningsmålen, vart och ett observerbart.")
    personas: list[Persona] = Field(default_factory=empty, description="Röster i motspelet.")
    injects: list[Inject] = Field(
        default_factory=empty, description="Inspel i tidsordning (krävs för simulation)."
    )
    questions: TextList = Field(
        default_factory=empty, description="Diskussionsfrågor i ordning (krävs för seminar)."
    )
    held: datetime.date | None = Field(None, description="Datum då övningen hölls, ÅÅÅÅ-MM-DD.")
    findings: list[Finding] = Field(
        default_factory=empty, description="Erfarenheter och åtgärder (bara när övningen har hållits)."
    )


# --------------------------------------------------------------------------- contacts overlay


class Contact(Entity):
    name: Text = Field(description="Personens namn.")
    roles: list[Id] = Field(min_length=1, description="Id för rollerna personen har.")
    phone: Text | None = Field(None, description="Telefonnummer, alltid inom citattecken, så att det läses som text.")
    email: Text | None = Field(None, description="E-postadress.")
    note: Text | None = Field(None, description="Anteckning, t.ex. frånvaro.")


# --------------------------------------------------------------------------- file wrappers
# The list files hold a single key; the wrappers exist for the JSON Schemas.


class RolesFile(Strict):
    roles: list[Role] = Field(description="Rollerna.")


class AudiencesFile(Strict):
    audiences: list[Audience] = Field(description="Målgrupperna.")


class ChannelsFile(Strict):
    channels: list[Channel] = Field(description="Kanalerna.")


class LevelsFile(Strict):
    levels: list[Level] = Field(description="Nivåerna, lägst först.")


class ScenariosFile(Strict):
    scenarios: list[Scenario] = Field(description="Scenarierna.")


class OrganisationsFile(Strict):
    organisations: list[Organisation] = Field(description="Externa aktörer att larma och samverka med.")


class ContactsFile(Strict):
    contacts: list[Contact] = Field(description="Kontaktuppgifter (bara i intern version).")
