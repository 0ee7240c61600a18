import pytest

from krishandbok.timebox import minutes, sort_key


@pytest.mark.parametrize(("text", "expected"), [
    ("10 min", 10), ("10min", 10), ("30 minuter", 30), ("1 tim", 60), ("2 h", 120), ("1,5 timmar", 90),
    ("1 dag", 1440), ("1 dygn", 1440), ("1 day", 1440), ("2 weeks", 20160), ("genast", 0),
    ("inom 15 min", 15), ("Within 2 hours", 120), ("1 tim.", 60),
])
def test_durations(text, expected):
    assert minutes(text) == expected


@pytest.mark.parametrize("text", [None, "", "vid behov", "efter mötet", "10", "min", "3 furlongs", "1:30"])
def test_unknown_is_none_never_an_error(text):
    assert minutes(text) is None


def test_unknown_sorts_last():
    boxes = ["1 tim", "vid behov", "30 min", "2 tim", "10 min", None]
    assert sorted(boxes, key=sort_key) == ["10 min", "30 min", "1 tim", "2 tim", "vid behov", None]
