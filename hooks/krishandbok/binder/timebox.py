"""Time boxes (`within: 30 min`, `1 tim`, `2 dagar`) as minutes, to sort what comes first.

The contract leaves `within` free text; what reads as a duration sorts by it, anything
else ("varje skift", "every hour") sorts after the timed items and keeps its order.
"""

from __future__ import annotations

import re

_UNITS = (
    (("min", "minut", "minuter", "minute", "minutes", "m"), 1),
    (("tim", "timme", "timmar", "h", "hour", "hours", "hr", "hrs"), 60),
    (("dag", "dagar", "dygn", "d", "day", "days"), 24 * 60),
    (("vecka", "veckor", "v", "week", "weeks"), 7 * 24 * 60),
    (("månad", "månader", "month", "months"), 30 * 24 * 60),
)
_MINUTES_PER = {word: minutes for words, minutes in _UNITS for word in words}
_DURATION = re.compile(r"^\s*(?:inom\s+|within\s+)?(\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"^\s*(\d{1,2}):([0-5]\d)\s*$")


def minutes(within: str | None) -> float | None:
    """The time box in minutes; None when it is not a plain duration."""
    if not within:
        return None
    clock = _CLOCK.match(within)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    match = _DURATION.match(within)
    if not match:
        return None
    unit = _MINUTES_PER.get(match.group(2).lower())
    return None if unit is None else float(match.group(1).replace(",", ".")) * unit


def by_time(items: list, within_of) -> list:
    """`items` with timed ones first, shortest time box first; equal or untimed keep their order."""
    keyed = [(minutes(within_of(item)), index, item) for index, item in enumerate(items)]
    keyed.sort(key=lambda k: (k[0] is None, k[0] or 0, k[1]))
    return [item for _, _, item in keyed]
