"""`new scenario` starts a playbook and `new organisation` starts (or extends) organisations.yaml."""

from __future__ import annotations

from conftest import ROOT, run_cli

from krishandbok import validate


def test_new_scenario_has_a_playbook_that_validates_without_warnings(handbook_dir):
    result = run_cli("new", "--data", str(handbook_dir), "scenario", "storm")
    assert result.returncode == 0, result.stdout + result.stderr
    report = validate(handbook_dir)
    storm = report.handbook.scenarios["storm"]
    assert 3 <= len(storm.first_actions) <= 7 and storm.key_messages
    assert storm.first_message in report.handbook.templates
    assert not [p for p in report.problems if p.rule in ("playbook", "first-message")]


def test_new_organisation_creates_the_optional_file_then_appends(handbook_dir, tmp_path):
    (handbook_dir / "organisations.yaml").unlink()
    (tmp_path / "schemas").symlink_to(ROOT / "schemas")  # a project with schemas beside data/
    for org_id in ("fire-brigade", "police"):
        result = run_cli("new", "--data", str(handbook_dir), "organisation", org_id)
        assert result.returncode == 0, result.stdout + result.stderr
    text = (handbook_dir / "organisations.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=../schemas/organisations.schema.json\norganisations:\n")
    report = validate(handbook_dir)
    assert report.ok and list(report.handbook.organisations) == ["fire-brigade", "police"]
    org = report.handbook.organisations["police"]
    assert org.alert_at and org.alerted_by in report.handbook.roles
