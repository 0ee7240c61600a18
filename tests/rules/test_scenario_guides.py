from conftest import column_of, edit, line_of

from krishandbok import validate

from .helpers import TODAY, found


def _with_guides(data_dir, guides: str):
    edit(data_dir / "scenarios.yaml", "    first_message: first-message",
         f"    first_message: first-message\n    guides: [{guides}]")


def _docs(data_dir, *names):
    docs = data_dir.parent / "docs"
    docs.mkdir()
    for name in names:
        (docs / f"{name}.md").write_text(f"# {name}\n")
    return docs


def test_missing_guide_names_the_page_and_the_pages_that_exist(handbook_dir):
    _docs(handbook_dir, "tone", "trolls")
    _with_guides(handbook_dir, "tone, trols")
    scenarios = handbook_dir / "scenarios.yaml"
    [problem] = found(handbook_dir, "unknown-guide")
    assert problem[:4] == ("data/scenarios.yaml", line_of(scenarios, "guides:"),
                           column_of(scenarios, "trols"), "unknown-guide")
    assert "docs/trols.md does not exist" in problem[4]
    assert 'did you mean "trolls"' in problem[4]
    assert problem[4].endswith("pages that exist: tone, trolls")


def test_docs_folder_given_explicitly(handbook_dir, tmp_path):
    elsewhere = tmp_path / "site-src"
    elsewhere.mkdir()
    (elsewhere / "tone.md").write_text("# Tone\n")
    _with_guides(handbook_dir, "tone")
    report = validate(handbook_dir, display_dir="data", today=TODAY, docs_dir=elsewhere)
    assert [p for p in report.problems if p.rule == "unknown-guide"] == []
    report = validate(handbook_dir, display_dir="data", today=TODAY, docs_dir=tmp_path / "nothing")
    [problem] = [p for p in report.problems if p.rule == "unknown-guide"]
    assert problem.message.endswith("pages that exist: none")


def test_without_a_docs_folder_guides_are_not_checked(handbook_dir):
    _with_guides(handbook_dir, "anything")
    assert found(handbook_dir, "unknown-guide") == []
