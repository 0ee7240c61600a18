from conftest import edit, line_of

from krishandbok.problems import Level

from .helpers import found


def _strip(data_dir, key_line: str, until: str):
    path = data_dir / "scenarios.yaml"
    text = path.read_text()
    start = text.index(key_line)
    end = text.index(until, start)
    path.write_text(text[:start] + text[end:])


def test_missing_first_actions_and_key_messages_are_warnings(handbook_dir):
    _strip(handbook_dir, "    first_actions:", "    first_message:")
    scenarios = handbook_dir / "scenarios.yaml"
    problems = found(handbook_dir, "playbook")
    line = line_of(scenarios, "- id: flood")
    assert [p[:4] for p in problems] == [("data/scenarios.yaml", line, 5, "playbook")] * 2
    assert "no first_actions" in problems[0][4] and "no key_messages" in problems[1][4]
    from krishandbok import validate
    assert validate(handbook_dir).ok  # warnings only


def test_too_few_first_actions(handbook_dir):
    _strip(handbook_dir, "      - text: Decide the level", "    key_messages:")
    scenarios = handbook_dir / "scenarios.yaml"
    [problem] = found(handbook_dir, "playbook")
    assert problem[:4] == ("data/scenarios.yaml", line_of(scenarios, "first_actions:") + 1, 7, "playbook")
    assert "has 1 first_actions, should be 3–7" in problem[4]


def test_more_than_three_key_messages(handbook_dir):
    extra = "    key_messages:\n      - Check on your neighbours.\n"
    edit(handbook_dir / "scenarios.yaml", "    key_messages:\n", extra)
    [problem] = found(handbook_dir, "playbook")
    assert "has 4 key_messages, should be at most 3" in problem[4]


def test_a_complete_playbook_passes(handbook_dir):
    from krishandbok import validate
    report = validate(handbook_dir)
    assert [p for p in report.problems if p.rule == "playbook"] == []
    assert all(p.level is Level.WARNING for p in report.problems)
