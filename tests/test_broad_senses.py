"""A field term of its own sense in broad labels: "corporate parenting" is no part about parents
(`pipeline.themes.broad_names.OTHER_SENSE`)."""

from pipeline.themes.broad_lead import largest_first
from pipeline.themes.broad_names import distinct_parts, part_stems


def test_corporate_parenting_shares_no_stem_with_parents():
    assert not part_stems("Corporate parenting", people=True) & part_stems("Parents", people=True)
    assert part_stems("Corporate parenting") == part_stems("corporate parent")  # one term however written


def test_parents_are_a_part_of_their_own_beside_corporate_parenting():
    assert distinct_parts(["Corporate parenting", "Parents", "Life story", "Contact"]) == \
        ["Corporate parenting", "Parents", "Life story"]
    assert distinct_parts(["Parents", "Parenting", "Life story"]) == ["Parents", "Life story"]  # one sense: one part


def test_a_label_led_by_corporate_parenting_over_a_larger_part_on_parents_is_led_by_parents():
    children = [("Parents and parenting", 171), ("Corporate parenting", 167), ("Chief executive", 96)]
    assert largest_first("Corporate parenting and chief executive", children) == "Parents and corporate parenting"
