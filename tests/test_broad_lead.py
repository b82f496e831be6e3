"""A broad label led by its largest sub-theme (`pipeline.themes.broad_lead`)."""

from pipeline.themes.broad_lead import largest_first


def test_a_label_led_by_the_smaller_sub_theme_is_led_by_the_largest():
    children = [("Pathway plans", 150), ("Personal education plans", 100)]
    assert largest_first("Personal education plans and care leavers", children) == \
        "Pathway plans and personal education plans"
    # the largest's own words already said, or a label not led by the second: as it is
    assert largest_first("Pathway plans and care leavers", children) == "Pathway plans and care leavers"
    health = [("Health assessments", 190), ("Mental health", 180), ("Disabled children", 100)]
    assert largest_first("Health, including mental health", health) == "Health, including mental health"
