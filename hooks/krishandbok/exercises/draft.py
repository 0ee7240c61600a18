"""`exercise draft SCENARIO`: a first exercise written from the handbook itself.

The draft is built only from what the handbook says about the scenario: goals from
its first actions and its first message (each goal's `tests` naming the roles,
channels, templates and checklists involved), injects that start from its signs,
put every participant to work, bring questions from its audiences through its
channels, build a storm in phases on its social channels, and add a press
question, a call to the contact centre, a situation-report request and reserve
injects. A seminar also gets the strategy questions. The same handbook and seed
always give the same draft; the editor rewrites it in a pull request.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from ..handbook import Handbook
from ..messages import say
from .words import STRATEGY_TOPICS, words

# How an inject reaches the players, by the kind of channel it comes through.
VIA_BY_KIND = {
    "social": "social", "web": "email", "press": "press", "phone": "phone", "internal": "email",
    "broadcast": "radio", "sms": "phone", "email": "email", "physical": "in-person", "other": "email",
}
# When each kind of inject comes, as a share of the exercise's length.
TIMING = {"question": (0.2, 0.6), "call": 0.3, "storm-1": 0.35, "press": 0.4, "storm-2": 0.5,
          "sitrep": 0.55, "storm-3": 0.62, "reserve-1": 0.7, "reserve-2": 0.78}
MAX_SIGNS = 3
MAX_PERSONAS = 5
MIN_MINUTES, MAX_MINUTES = 30, 24 * 60  # a drill's length: half an hour to a day


@dataclass
class DraftInject:
    at: int  # minutes after the start
    sender: str
    to: str
    via: str
    text: str
    expect: str
    tag: str  # what the inject is for (sign, task, question, storm-1 ...): a comment in the YAML
    channel: str | None = None
    goals: list[str] = field(default_factory=list)
    reserve: bool = False

    def data(self) -> dict:
        at = _Time(f"{self.at // 60}:{self.at % 60:02d}")
        entry = {"at": at, "from": self.sender, "to": self.to, "via": self.via}
        if self.channel:
            entry["channel"] = self.channel
        entry |= {"text": self.text, "expect": self.expect}
        if self.goals:
            entry["goals"] = list(self.goals)
        if self.reserve:
            entry["reserve"] = True
        return entry


@dataclass
class Draft:
    exercise_id: str
    language: str
    seed: int
    head: dict  # title … participants, in the contract's order
    goals: list[dict]
    personas: list[dict]
    injects: list[DraftInject]
    questions: list[str] = field(default_factory=list)
    question_topics: list[str] = field(default_factory=list)

    def data(self) -> dict:
        """The exercise as the contract's mapping (what the YAML file holds)."""
        result = dict(self.head) | {"goals": self.goals}
        if self.personas:
            result["personas"] = self.personas
        if self.injects:
            result["injects"] = [inject.data() for inject in self.injects]
        if self.questions:
            result["questions"] = list(self.questions)
        return result


class DraftError(Exception):
    """A refusal, already worded for the editor."""


def draft_exercise(handbook: Handbook, scenario_id: str, exercise_format: str = "simulation",
                   minutes: int = 120, seed: int = 0) -> Draft:
    scenario = handbook.scenarios.get(scenario_id)
    language = handbook.language
    if scenario is None:
        known = ", ".join(handbook.scenarios) or say(language, "cli-none")
        raise DraftError(say(language, "cli-no-scenario", id=scenario_id, known=known))
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise DraftError(say(language, "cli-exercise-minutes", low=MIN_MINUTES, high=MAX_MINUTES))
    return _Writer(handbook, scenario, exercise_format, minutes, seed).draft()


class _Writer:
    """One draft: the handbook's facts about the scenario, the words and the seeded choices."""

    def __init__(self, handbook: Handbook, scenario, exercise_format: str, minutes: int, seed: int):
        self.h = handbook
        self.s = scenario
        self.format = exercise_format
        self.minutes = minutes
        self.seed = seed
        self.rng = random.Random(f"{scenario.id}:{exercise_format}:{minutes}:{seed}")
        self.w = words(handbook.language)
        self.topic = _lower_first(scenario.name) if handbook.language == "sv" else "the " + _lower_first(scenario.name)
        self.lead, self.evaluator = self._exercise_staff()
        actors = [a.role for a in scenario.first_actions if a.role in handbook.roles]
        players = _unique([scenario.lead, *scenario.roles, *actors])
        self.participants = [r for r in players if r not in (self.lead, self.evaluator)] or players
        applying = [c for c in handbook.checklists.values() if _applies(c, scenario.id) and c.phase == "during"]
        self.checklists = sorted(applying, key=lambda c: c.scenarios is None)  # the scenario's own first
        self.first_message = self._first_message()

    # ------------------------------------------------------------------ the whole draft

    def draft(self) -> Draft:
        goals = self._goals()
        personas, by_audience = self._personas()
        injects = self._injects(by_audience, personas)
        self._name_goals(goals, injects)
        injects.sort(key=lambda inject: inject.at)  # stable: same-minute injects keep their order
        exercise_id = f"{self.s.id}-{self.w['id-' + self.format]}"
        head = {
            "title": f"{self.s.name} – {self.w['format-' + self.format]}",
            "scenario": self.s.id,
            "format": self.format,
            "duration": self.w["duration"].format(minutes=self.minutes),
            "purpose": self.w["purpose"].format(scenario=self.s.name),
            "lead": self.lead,
        }
        if self.evaluator:
            head["evaluator"] = self.evaluator
        head["participants"] = list(self.participants)
        draft = Draft(exercise_id, self.h.language, self.seed, head, [g["data"] for g in goals],
                      personas, injects)
        if self.format == "seminar":
            draft.question_topics = list(STRATEGY_TOPICS)
            draft.questions = [self._question(topic) for topic in STRATEGY_TOPICS]
        return draft

    def _exercise_staff(self) -> tuple[str, str | None]:
        """Övningsledare: the handbook's owner (who keeps the plan) unless it leads the scenario,
        else a role outside the scenario; utvärderingsledare: a role outside the scenario."""
        involved = {self.s.lead, *self.s.roles, *(a.role for a in self.s.first_actions)}
        owner = self.h.settings.owner if self.h.settings else None
        outside = [r for r in self.h.roles if r not in involved]
        candidates = [r for r in [owner, *outside] if r in self.h.roles and r != self.s.lead]
        lead = candidates[0] if candidates else self.s.lead
        # The lead's deputy knows the plan as well as the lead does; else another role outside play.
        deputy = self.h.roles[lead].deputy if lead in self.h.roles else None
        evaluator = next((r for r in [deputy, *outside] if r in outside and r != lead), None)
        return lead, evaluator

    # ------------------------------------------------------------------ goals

    def _goals(self) -> list[dict]:
        """Each goal: {"data": contract mapping, "roles": roles whose injects exercise it}."""
        goals: list[dict] = []
        taken: set[str] = set()
        for action in self.s.first_actions:
            if action.role not in self.h.roles:
                continue
            text = self.w["goal-action"].format(role=self._role_name(action.role), text=_no_dot(action.text))
            if action.within:
                text += self.w["goal-within"].format(within=action.within)
            goals.append(self._goal(_slug(action.text, taken), text + ".", [action.role]))
        if self.first_message is not None:
            goals.append(self._first_message_goal(taken))
        if not self.s.first_actions:
            for checklist in [c for c in self.checklists if _involves(c, self.participants)][:3]:
                text = self.w["goal-checklist"].format(title=checklist.title)
                roles = _unique([checklist.owner, *(i.role for i in checklist.items if i.role)])
                goals.append(self._goal(_slug(checklist.id, taken), text, roles, checklists=[checklist.id]))
        if not goals:
            role = self.h.roles[self.s.lead]
            text = self.w["goal-duty"].format(role=role.name, text=_no_dot(role.during[0]))
            goals.append(self._goal(_slug(role.during[0], taken), text + ".", [role.id]))
        return goals

    def _goal(self, goal_id: str, text: str, roles: list[str], channels=(), templates=(), checklists=()) -> dict:
        roles = [r for r in roles if r in self.participants] or [r for r in roles if r in self.h.roles]
        checklists = list(checklists) or [c.id for c in self.checklists if _involves(c, roles)][:2]
        templates = _unique([*templates, *(i.template for c_id in checklists
                                           for i in self.h.checklists[c_id].items
                                           if i.template and i.template in self.h.templates
                                           and (i.role or self.h.checklists[c_id].owner) in roles)])
        tests = {key: value for key, value in (
            ("roles", roles), ("channels", list(channels)), ("templates", templates[:3]),
            ("checklists", checklists)) if value}
        data = {"id": goal_id, "text": text}
        if tests:
            data["tests"] = tests
        players = [r for r in roles if r in self.participants]
        return {"data": data, "roles": players}

    def _first_message(self):
        template = self.h.templates.get(self.s.first_message) if self.s.first_message else None
        if template is not None:
            return template
        fitting = [t for t in self.h.templates.values()
                   if t.phase == "during" and _applies(t, self.s.id) and set(t.channels) & set(self.s.channels)]
        listed = {i.template for c in self.checklists for i in c.items if i.template}
        fitting.sort(key=lambda t: (t.id not in listed, t.mode != "proactive", t.scenarios is None))
        return fitting[0] if fitting else None

    def _first_message_goal(self, taken: set[str]) -> dict:
        template = self.first_message
        channels = [c for c in template.channels if c in self.s.channels] or list(template.channels)
        within = next((i.within for c in self.checklists for i in c.items
                       if i.template == template.id and i.within), None)
        text = self.w["goal-first-message"].format(
            title=template.title,
            channels=_join([self.h.channels[c].name for c in channels if c in self.h.channels], self.h.language),
            within=self.w["goal-within"].format(within=within) if within else "",
        )
        roles = _unique([template.sender, *([template.approver] if template.approver else [])])
        return self._goal(_slug(template.id, taken), text, roles, channels=channels, templates=[template.id])

    # ------------------------------------------------------------------ personas

    def _personas(self) -> tuple[list[dict], dict[str, str]]:
        names = list(self.w["first-names"])
        self.rng.shuffle(names)
        personas, by_audience, taken = [], {}, set()
        for audience_id in self.s.audiences[:MAX_PERSONAS]:
            audience = self.h.audiences.get(audience_id)
            if audience is None:
                continue
            first = names[len(personas) % len(names)]
            persona_id = _slug(f"{first} {audience_id}", taken)
            name = self.w["persona-name"].format(first=first, audience=_lower_first(audience.name))
            personas.append({"id": persona_id, "name": name})
            by_audience[audience_id] = persona_id
        if self._social_channels() or self.s.channels:
            persona_id = _slug(str(self.w["storm-persona"]), taken)
            personas.append({"id": persona_id, "name": self.w["storm-persona"]})
            by_audience["*storm"] = persona_id
        return personas, by_audience

    # ------------------------------------------------------------------ injects

    def _injects(self, by_audience: dict[str, str], personas: list[dict]) -> list[DraftInject]:
        injects = self._signs()
        injects += self._questions(by_audience)
        injects += self._storm(by_audience)
        injects.append(self._press())
        injects.append(self._call(by_audience))
        injects.append(self._sitrep())
        injects += self._reserves()
        injects += self._tasks(injects)
        return injects

    def _when(self, share: float) -> int:
        jitter = self.rng.randint(-3, 3)
        return max(1, min(self.minutes - 10, round(self.minutes * share) + jitter))

    def _signs(self) -> list[DraftInject]:
        signs = self.s.signs[:MAX_SIGNS] or [self.s.summary]
        level = self.h.levels.get(self.s.level)
        expect = self.w["sign-expect"].format(level=level.name if level else self.s.level)
        receivers = _unique([self.s.lead if self.s.lead in self.participants else self.participants[0],
                             *self.participants])
        injects, at = [], 0
        for index, sign in enumerate(signs):
            via = "phone" if index == 0 else "email"
            injects.append(DraftInject(at, self.w["world"], receivers[index % len(receivers)], via, sign,
                                       expect, "sign"))
            at += self.rng.randint(3, 6)
        return injects

    def _questions(self, by_audience: dict[str, str]) -> list[DraftInject]:
        low, high = TIMING["question"]
        audiences = [a for a in self.s.audiences if a in by_audience]
        injects = []
        texts = list(self.w["question-texts"])
        for index, audience_id in enumerate(audiences):
            channel = self._channel_for(audience_id)
            if channel is None:
                continue
            share = low + (high - low) * index / max(1, len(audiences))
            text = self.rng.choice(texts).format(topic=self.topic)
            template = self._answer_template(channel.id, audience_id)
            time = channel.response_time or self.w["no-time"]
            expect = (self.w["question-expect-template"].format(channel=channel.name, time=_no_dot(time),
                                                                template=template.title)
                      if template else self.w["question-expect"].format(channel=channel.name, time=_no_dot(time)))
            injects.append(DraftInject(self._when(share), by_audience[audience_id], self._handler(channel),
                                       VIA_BY_KIND[channel.kind], text, expect, "question", channel.id))
        return injects

    def _storm(self, by_audience: dict[str, str]) -> list[DraftInject]:
        channels = self._social_channels() or [self.h.channels[c] for c in self.s.channels if c in self.h.channels]
        if not channels:
            return []
        first = self.rng.choice(channels)
        last = self.rng.choice(channels)
        sender = by_audience.get("*storm", self.w["world"])
        crowd = by_audience.get(self.s.audiences[0], sender)
        escalate = self._role_name(first.escalate_to or self.s.lead)
        def said(tag: str, channel) -> str:  # posts on a social channel; calls and messages elsewhere
            return self.w[tag if channel.kind == "social" else f"{tag}-other"]

        phases = (
            ("storm-1", first, crowd, said("storm-1", first), self.w["storm-1-expect"]),
            ("storm-2", first, crowd, said("storm-2", first), self.w["storm-2-expect"]),
            ("storm-3", last, sender, said("storm-3", last), self.w["storm-3-expect"]),
        )
        count = self.rng.randint(30, 90)
        return [DraftInject(self._when(TIMING[tag]), who, self._handler(channel), VIA_BY_KIND[channel.kind],
                            text.format(topic=self.topic, count=count),
                            expect.format(escalate=escalate), tag, channel.id)
                for tag, channel, who, text, expect in phases]

    def _press(self) -> DraftInject:
        press = self._channels_of_kind("press")
        to = self._handler(press[0]) if press else self._handler(None)
        return DraftInject(self._when(TIMING["press"]), self.w["press"], to, "press",
                           self.w["press-text"].format(topic=self.topic), self.w["press-expect"], "press",
                           press[0].id if press else None)

    def _call(self, by_audience: dict[str, str]) -> DraftInject:
        phones = self._channels_of_kind("phone")
        channel = phones[0] if phones else None
        reached = [a for a in (channel.audiences if channel else self.s.audiences) if a in by_audience]
        caller = by_audience[self.rng.choice(reached)] if reached else self.w["world"]
        return DraftInject(self._when(TIMING["call"]), caller, self._handler(channel), "phone",
                           self.w["call-text"].format(topic=self.topic), self.w["call-expect"], "call",
                           channel.id if channel else None)

    def _sitrep(self) -> DraftInject:
        partners = [o for o in self.h.organisations.values()
                    if (o.scenarios is None or self.s.id in o.scenarios) and _COORDINATES.search(o.role)]
        sender = partners[0].name if partners and not _ID_RE.match(partners[0].name) else self.w["sitrep-from"]
        to = self.s.lead if self.s.lead in self.participants else self.participants[0]
        return DraftInject(self._when(TIMING["sitrep"]), sender, to, "situation-report",
                           self.w["sitrep-text"], self.w["sitrep-expect"], "sitrep")

    def _reserves(self) -> list[DraftInject]:
        social = self._social_channels()
        first = self.first_message
        to = first.sender if first and first.sender in self.participants else self._handler(None)
        internal = [self.h.channels[c] for c in self.s.channels
                    if self.h.channels.get(c) and self.h.channels[c].kind in ("internal", "email")]
        return [
            DraftInject(self._when(TIMING["reserve-1"]), self.w["world"], to,
                        "social" if social else "phone", self.w["reserve-1"].format(topic=self.topic),
                        self.w["reserve-1-expect"], "reserve", social[0].id if social else None, reserve=True),
            DraftInject(self._when(TIMING["reserve-2"]), self.w["world"],
                        self._handler(internal[0]) if internal else to, "email",
                        self.w["reserve-2"].format(topic=self.topic), self.w["reserve-2-expect"], "reserve",
                        internal[0].id if internal else None, reserve=True),
        ]

    def _tasks(self, injects: list[DraftInject]) -> list[DraftInject]:
        """One task for every participant who has no inject yet, in the first third."""
        busy = {inject.to for inject in injects if not inject.reserve}
        idle = [r for r in self.participants if r not in busy]
        lead = self._role_name(self.s.lead)
        tasks = []
        for index, role_id in enumerate(idle):
            task, checklist = self._task_for(role_id)
            share = 0.1 + 0.25 * index / max(1, len(idle))
            expect = (self.w["task-expect-checklist"].format(task=_with_dot(task), checklist=checklist.title)
                      if checklist else self.w["task-expect"].format(task=_with_dot(task)))
            tasks.append(DraftInject(self._when(share), lead, role_id, "in-person",
                                     self.w["task-text"].format(lead=lead, task=_lower_first(_with_dot(task))),
                                     expect, "task"))
        return tasks

    def _task_for(self, role_id: str):
        for action in self.s.first_actions:
            if action.role == role_id:
                return action.text, None
        for checklist in self.checklists:
            for item in checklist.items:
                if (item.role or checklist.owner) == role_id:
                    return item.text, checklist
        return self.h.roles[role_id].during[0], None

    def _name_goals(self, goals: list[dict], injects: list[DraftInject]) -> None:
        """Every goal named by at least one inject: the first inject to one of its roles,
        else a task for one of them; the first message goal also by the public's questions."""
        first_message_goal = goals[len([a for a in self.s.first_actions if a.role in self.h.roles])]["data"]["id"] \
            if self.first_message is not None else None
        for goal in goals:
            goal_id = goal["data"]["id"]
            target = next((i for i in injects if not i.reserve and i.to in goal["roles"]), None)
            if target is None:
                role = goal["roles"][0] if goal["roles"] else self._lead_player()
                task, _ = self._task_for(role)
                lead = self._role_name(self.s.lead)
                target = DraftInject(self._when(0.15), lead, role, "in-person",
                                     self.w["task-text"].format(lead=lead, task=_lower_first(_with_dot(task))),
                                     self.w["task-expect"].format(task=_with_dot(task)), "task")
                injects.append(target)
            target.goals.append(goal_id)
            if goal_id == first_message_goal:
                for inject in injects:
                    if inject.tag in ("question", "storm-1") and goal_id not in inject.goals:
                        inject.goals.append(goal_id)

    # ------------------------------------------------------------------ helpers

    def _question(self, topic: str) -> str:
        audiences = [self.h.audiences[a].name for a in self.s.audiences if a in self.h.audiences]
        channels = [self.h.channels[c].name for c in self.s.channels if c in self.h.channels]
        return self.w["questions"][topic].format(
            scenario=self.s.name, audiences=_join([_lower_first(a) for a in audiences[:3]], self.h.language),
            channel=self.rng.choice(channels) if channels else "", lead=self._role_name(self.s.lead))

    def _social_channels(self):
        return self._channels_of_kind("social")

    def _channels_of_kind(self, kind: str) -> list:
        return [self.h.channels[c] for c in self.s.channels if c in self.h.channels and self.h.channels[c].kind == kind]

    def _lead_player(self) -> str:
        return self.s.lead if self.s.lead in self.participants else self.participants[0]

    def _channel_for(self, audience_id: str):
        reaching = [self.h.channels[c] for c in self.s.channels
                    if c in self.h.channels and audience_id in self.h.channels[c].audiences
                    and self.h.channels[c].kind in ("social", "phone", "email", "web", "internal")]
        return self.rng.choice(reaching) if reaching else None

    def _answer_template(self, channel_id: str, audience_id: str):
        fitting = [t for t in self.h.templates.values()
                   if _applies(t, self.s.id) and t.phase == "during" and channel_id in t.channels
                   and audience_id in t.audiences]
        fitting.sort(key=lambda t: (t.mode != "reactive", t.scenarios is None))
        return fitting[0] if fitting else None

    def _handler(self, channel) -> str:
        """Who answers what comes in through `channel`: its owner or backup when they play."""
        if channel is not None:
            for role_id in (channel.owner, channel.backup):
                if role_id in self.participants:
                    return role_id
        first = self.first_message
        if first is not None and first.sender in self.participants:
            return first.sender
        return self.s.lead if self.s.lead in self.participants else self.participants[0]

    def _role_name(self, role_id: str) -> str:
        role = self.h.roles.get(role_id)
        return role.name if role else role_id


# --------------------------------------------------------------------------- writing the file

_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# An organisation that asks for situation reports says so in its `role`: it coordinates.
_COORDINATES = re.compile(r"samordn|lägesbild|coordinat|situation report", re.IGNORECASE)
# Words an id from a sentence should not end with.
_SMALL_WORDS = {"och", "om", "i", "på", "med", "för", "till", "att", "som", "av", "the", "and", "of", "to", "in",
                "on", "with", "for", "a", "an"}


def draft_yaml(draft: Draft, schema_line: str) -> str:
    """The draft as YAML, with comments in the handbook's language that say what each part is."""
    w = words(draft.language)
    data = draft.data()
    fmt = w["format-" + draft.head["format"]]
    lines = [schema_line, *_comment(w["comment-header"].format(format=fmt, seed=draft.seed))]
    for key in ("title", "scenario", "format", "duration", "purpose", "lead", "evaluator", "participants"):
        if key in data:
            lines.append(_dump({key: data[key]}))
    lines += _comment(w["comment-goals"]) + [_dump({"goals": data["goals"]})]
    if "personas" in data:
        lines += _comment(w["comment-personas"]) + [_dump({"personas": data["personas"]})]
    if draft.injects:
        lines += _comment(w["comment-injects"]) + ["injects:"]
        for inject in draft.injects:
            lines.append(f"  # {w['tag-' + inject.tag]}")
            body = _dump([inject.data()])
            lines += ["  " + line for line in body.splitlines()]
    if draft.questions:
        lines += _comment(w["comment-questions"]) + [_dump({"questions": draft.questions})]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


class _Time(str):
    """An inject time, always written in double quotes: unquoted, YAML 1.1 reads 1:30 as a number."""


class _Dumper(yaml.SafeDumper):
    """Block mappings; lists of ids on one line, as the handbook's files write them."""


def _represent_list(dumper, items):
    flow = bool(items) and all(isinstance(i, str) and _ID_RE.match(i) for i in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(_Time, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _dump(value) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False).rstrip("\n")


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in text.splitlines()]


# --------------------------------------------------------------------------- small helpers


def _applies(entity, scenario_id: str) -> bool:
    return entity.scenarios is None or scenario_id in entity.scenarios


def _involves(checklist, roles: list[str]) -> bool:
    return checklist.owner in roles or any(item.role in roles for item in checklist.items)


def _unique(items) -> list:
    return list(dict.fromkeys(i for i in items if i))


def _slug(text: str, taken: set[str]) -> str:
    """An id from the first words of `text` (å → a), unique among `taken`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words_ = re.findall(r"[a-z0-9]+", ascii_text)[:4] or ["mal"]
    while len(words_) > 1 and words_[-1] in _SMALL_WORDS:
        words_.pop()
    base = "-".join(words_)
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _lower_first(text: str) -> str:
    # "Förorenat dricksvatten" → "förorenat dricksvatten"; keep acronyms ("IT-angrepp").
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _no_dot(text: str) -> str:
    return text.rstrip().rstrip(".")


def _with_dot(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _join(items: list[str], language: str) -> str:
    word = " och " if language == "sv" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1] if items else ""
