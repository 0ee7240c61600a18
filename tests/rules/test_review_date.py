import datetime

from conftest import edit, line_of

from .helpers import found


def test_stale_review_is_a_warning_not_an_error(handbook_dir):
    roles = handbook_dir / "roles.yaml"
    later = datetime.date(2027, 9, 2)
    assert found(handbook_dir, "review-date", today=later) == [
        ("data/roles.yaml", line_of(roles, "reviewed: 2026-09-01"), 15, "review-date",
         'role "chief-executive" was last reviewed on 2026-09-01, more than 12 months ago'
         " – read it through and update reviewed"),
    ]
    assert found(handbook_dir, "review-date", today=datetime.date(2027, 9, 1)) == []


def test_interval_comes_from_the_handbook(handbook_dir):
    edit(handbook_dir / "handbook.yaml", "review_interval_months: 12", "review_interval_months: 2")
    assert len(found(handbook_dir, "review-date", today=datetime.date(2026, 11, 2))) == 1


def test_review_in_the_future(handbook_dir):
    [problem] = found(handbook_dir, "review-date", today=datetime.date(2026, 8, 1))
    assert "in the future" in problem[4]
