"""Time boxes (`within`) as minutes, so that first-hour lists and timelines sort by time.

`within` is free text in the contract. The usual ways of writing a duration are
understood in Swedish and English: `10 min`, `1 tim`, `2 h`, `1,5 timmar`, `1 dag`,
`1 dygn`, `1 day`, `2 weeks`, `genast`/`direkt`/`now`. Anything else (`vid behov`,
`efter mötet`) is unknown: None, sorted last, never an error.
"""

from __future__ import annotations

import re

_UNITS = {
    "min": 1, "mins": 1, "minut": 1, "minuter": 1, "minute": 1, "minutes": 1, "m": 1,
    "h": 60, "t": 60, "tim": 60, "timme": 60, "timmar": 60, "hour": 60, "hours": 60, "hr": 60, "hrs": 60,
    "d": 1440, "dag": 1440, "dagar": 1440, "dygn": 1440, "day": 1440, "days": 1440,
    "v": 10080, "vecka": 10080, "veckor": 10080, "week": 10080, "weeks": 10080,
}
_NOW = {"genast", "direkt", "omedelbart", "nu", "now", "immediately", "at once"}
_DURATION = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-zåäö]+)\.?")


def minutes(within: str | None) -> int | None:
    """The time box in minutes, or None when it cannot be read as a duration."""
    if not within:
        return None
    text = within.strip().lower()
    if text in _NOW:
        return 0
    text = re.sub(r"^(inom|within|efter|after|senast)\s+", "", text)
    match = _DURATION.fullmatch(text)
    if match is None or match.group(2) not in _UNITS:
        return None
    return round(float(match.group(1).replace(",", ".")) * _UNITS[match.group(2)])


def sort_key(within: str | None) -> tuple[bool, int]:
    """Known time boxes first, shortest first; unknown ones last (a stable sort keeps their order)."""
    value = minutes(within)
    return (value is None, value or 0)
