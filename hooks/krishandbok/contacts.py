"""The private contacts overlay: read only by an internal build.

Personal phone numbers are personal data (GDPR art. 5 and 25): they never sit
in `data/` and a public build never opens the overlay, even when
`HANDBOOK_PRIVATE` is set. The overlay is loaded as strictly as the data.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from .handbook import Handbook, Origin
from .loader import Document, LoadError, load_file
from .model import Contact
from .problems import Position, Problem
from .rules.references import unknown_reference
from .schema_errors import translate

PROFILES = ("public", "internal")
ROOT_KEY = "contacts"
PUBLIC_NOTICE = "public build: HANDBOOK_PRIVATE is set but the contacts file is not read"


@dataclass(frozen=True)
class Profile:
    """Which build this is and, for an internal build, where the overlay lives."""

    name: str = "public"
    private_path: Path | None = None

    @property
    def internal(self) -> bool:
        return self.name == "internal"


class ProfileError(ValueError):
    """A build profile that cannot be used as configured; the message says why."""


class ContactsFileError(ProfileError):
    """An internal build whose contacts file is missing or has errors; the message lists them."""


def profile_from_environment(environ=os.environ) -> Profile:
    name = (environ.get("HANDBOOK_PROFILE") or "public").strip()
    if name not in PROFILES:
        raise ProfileError(f'HANDBOOK_PROFILE="{name}": use "public" or "internal"')
    if name == "public":
        return Profile()  # never look at HANDBOOK_PRIVATE
    private = environ.get("HANDBOOK_PRIVATE")
    if not private:
        raise ProfileError("HANDBOOK_PROFILE=internal needs HANDBOOK_PRIVATE: the path of the contacts file")
    return Profile("internal", Path(private))


@dataclass
class Contacts:
    """The people behind each role, in the order of the overlay file."""

    people: list[Contact] = field(default_factory=list)

    def for_role(self, role_id: str) -> list[Contact]:
        return [person for person in self.people if role_id in person.roles]


@dataclass(frozen=True)
class RoleContacts:
    """One role's holders and, next to them, the holders of its deputy role."""

    role_id: str
    holders: list[Contact]
    deputy_id: str
    deputies: list[Contact]


def by_role(handbook: Handbook, contacts: Contacts) -> list[RoleContacts]:
    """Every role of the handbook in its order, with its holders and its deputy's holders."""
    return [
        RoleContacts(role_id, contacts.for_role(role_id), role.deputy, contacts.for_role(role.deputy))
        for role_id, role in handbook.roles.items()
    ]


def tel_target(phone: str) -> str:
    """A phone number as written, reduced to what a tel: link dials (digits and +)."""
    return re.sub(r"[^\d+]", "", phone)


def contacts_for_build(handbook: Handbook, environ=os.environ) -> Contacts | None:
    """The contacts a build may show: None for a public build, which never opens the overlay.

    Raises ProfileError when the profile is misconfigured, and ContactsFileError,
    listing every problem, when the overlay is missing or has errors.
    """
    profile = profile_from_environment(environ)
    if not profile.internal:
        return None
    contacts, problems = load_contacts(profile.private_path, handbook)
    if any(problem.is_error for problem in problems):
        details = "\n".join(problem.format(handbook.language) for problem in problems)
        raise ContactsFileError(f"the contacts file has errors:\n{details}")
    return contacts


def public_notice(environ=os.environ) -> str | None:
    """The one line a public build says when HANDBOOK_PRIVATE is set (and not read)."""
    if profile_from_environment(environ).internal or not environ.get("HANDBOOK_PRIVATE"):
        return None
    return PUBLIC_NOTICE


def load_contacts(path: Path, handbook: Handbook) -> tuple[Contacts, list[Problem]]:
    """Load and check the overlay against the handbook's roles."""
    display = str(path)
    if not path.is_file():
        message = handbook.say("file-missing", name=display)
        return Contacts(), [Problem(Position(display), message, "file")]
    try:
        document = load_file(path, display, handbook.language)
    except LoadError as error:
        return Contacts(), error.problems
    problems = list(document.problems)
    items = _items(document, handbook, problems)
    contacts = Contacts()
    for index, raw in enumerate(items):
        person = _person(document, handbook, index, raw, problems)
        if person is not None:
            contacts.people.append(person)
    return contacts, problems


def _items(document: Document, handbook: Handbook, problems: list[Problem]) -> list:
    data = document.data
    if not isinstance(data, dict) or not isinstance(data.get(ROOT_KEY), list):
        message = handbook.say("schema-root-mapping", key=ROOT_KEY)
        problems.append(Problem(document.position(), message, "schema"))
        return []
    return data[ROOT_KEY]


def _person(document, handbook, index: int, raw, problems: list[Problem]) -> Contact | None:
    base = (ROOT_KEY, index)
    label = handbook.say("entity-nth", kind=handbook.say("kind-contact"), number=index + 1)
    phone = document.nodes.get(base + ("phone",))
    if isinstance(phone, yaml.ScalarNode) and phone.style is None:
        message = handbook.say("contacts-phone-not-text")
        problems.append(Problem(document.position(base + ("phone",)), message, "contacts"))
    if not isinstance(raw, dict):
        problems.append(Problem(document.position(base), handbook.say("schema-root-object",
                                found=handbook.say("found-text")), "schema"))
        return None
    try:
        person = Contact.model_validate(raw)
    except ValidationError as error:
        problems.extend(translate(error, document=document, base=base, model=Contact,
                                  entity=label, language=handbook.language))
        return None
    person._origin = Origin(document, base)
    for role_index, role_id in enumerate(person.roles):
        problem = unknown_reference(handbook, person, label, ("roles", role_index), role_id, "role")
        if problem:
            problems.append(problem)
    return person
