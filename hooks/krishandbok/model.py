"""The shape of every file kind: one source of truth for validation, JSON Schema and docs.

Field descriptions are written for the communicator who edits the YAML: they show up
as hover text in the editor (through the generated JSON Schemas) and in the key
reference of the editor's guide.

No `from __future__ import annotations` here: pydantic would then read every field's
type back from a string (a ForwardRef and a compile each), about 3 ms of every build.
"""

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints

from .text import outgoing_text

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PLACEHOLDER_PATTERN = r"^[a-z][a-z0-9_]*$"

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
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


class Settings(Entity):
    """handbook.yaml: organisationen och inställningarna."""

    title: Text = Field(description="Handbokens titel, på webbplatsen och i pärmen.")
    organisation: Text = Field(description="Organisationens namn.")
    language: Literal["sv", "en"] = Field(
        "sv", description="Språk för rubriker, felmeddelanden och sökning: sv eller en."
    )
    owner: Id = Field(description="Id för rollen som ansvarar för handboken.")
    review_interval_months: int = Field(
        12, ge=1, le=120, description="Hur många månader en granskning (reviewed) gäller."
    )
    site_url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = Field(
        None, description="Webbadressen där handboken publiceras (till länkar och pärmens QR-kod)."
    )
    core_values: list[NamedText] = Field(
        default_factory=empty, description="Kärnvärden som tonen bygger på."
    )
    tone: TextList = Field(default_factory=empty, description="Regler för ton och språk.")
    principles: list[NamedText] = Field(
        default_factory=empty, description="Kommunikationsprinciper (namn och beskrivning)."
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
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")


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
    placeholders: dict[PlaceholderName, Placeholder] = Field(
        default_factory=dict,
        description="Varje {namn} i texten, med beskrivning och exempel.",
    )
    body: Text = Field(description="Texten. Platshållare skrivs {namn}.")
    reviewed: datetime.date | None = Field(None, description="Senast granskad, ÅÅÅÅ-MM-DD.")

    def examples(self) -> dict[str, str]:
        return {name: placeholder.example for name, placeholder in self.placeholders.items()}

    def example_text(self) -> str:
        """The message as it would go out with every placeholder filled by its example."""
        return outgoing_text(self.body, self.examples())


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


class ContactsFile(Strict):
    contacts: list[Contact] = Field(description="Kontaktuppgifter (bara i intern version).")
