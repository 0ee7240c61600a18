from conftest import edit, line_of

from .helpers import found


def test_audience_unreached_and_unaddressed(handbook_dir):
    audiences = handbook_dir / "audiences.yaml"
    edit(audiences, "  - id: staff\n", "  - id: visitors\n    name: Visitors\n  - id: staff\n")
    line = line_of(audiences, "id: visitors")
    assert found(handbook_dir, "audience-coverage") == [
        ("data/audiences.yaml", line, 9, "audience-coverage",
         'audience "visitors" is not reached by any channel – add it to the audiences of at least one channel'),
        ("data/audiences.yaml", line, 9, "audience-coverage",
         'audience "visitors" is not addressed by any template – add it to the audiences of at least one template'),
    ]
