"""A large sub-theme's topic that shares one word with a part before it is still named in a broad label
(`broad_names.distinct_parts` with `large`, `broad_from_children`); small parts keep the stricter rule."""

from pipeline.themes.broad_names import broad_from_children, distinct_parts


def test_a_large_part_sharing_under_half_its_words_is_its_own_part():
    parts = ["Home visits", "Children educated at home", "Youth clubs"]
    assert distinct_parts(parts, large=frozenset(parts[:2])) == parts
    # not a part a broad label has to name: any shared word makes it said already
    assert distinct_parts(parts) == ["Home visits", "Youth clubs"]


def test_a_large_part_sharing_most_of_its_words_is_said_already():
    parts = ["Home visits", "Visits at home", "Youth clubs"]
    assert distinct_parts(parts, large=frozenset(parts)) == ["Home visits", "Youth clubs"]


def test_a_broad_label_names_both_large_sub_themes_that_share_a_word():
    children = [("Home visits", 40), ("Children educated at home", 40), ("Youth clubs", 20)]
    said = broad_from_children("Mixed findings: visits and clubs", children)
    assert "children educated at home" in said.lower() and said.startswith("Home visits")
    # the second sub-theme small: it is left out as before
    small = [("Home visits", 70), ("Children educated at home", 10), ("Youth clubs", 20)]
    assert "educated" not in broad_from_children("Mixed findings: visits and clubs", small)
