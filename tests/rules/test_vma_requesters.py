from conftest import edit, use_swedish

from .helpers import found


def test_swedish_handbook_without_vma_requesters_gets_a_warning(handbook_dir):
    use_swedish(handbook_dir)
    edit(handbook_dir / "handbook.yaml", "vma_requesters: [chief-executive]\n", "")
    [problem] = found(handbook_dir, "vma-requesters")
    assert problem[:4] == ("data/handbook.yaml", 2, 1, "vma-requesters")
    assert "vma_requesters" in problem[4] and "2023:407" in problem[4]


def test_named_requesters_pass(handbook_dir):
    use_swedish(handbook_dir)
    assert found(handbook_dir, "vma-requesters") == []


def test_english_handbook_is_not_asked(handbook_dir):
    edit(handbook_dir / "handbook.yaml", "vma_requesters: [chief-executive]\n", "")
    assert found(handbook_dir, "vma-requesters") == []
