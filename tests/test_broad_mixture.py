"""A broad theme called a mixture, named by its sub-themes' topics (`pipeline.themes.broad_mixture`)."""

from pipeline.themes.broad_mixture import topics_over_mixture


def test_sub_themes_with_topics_name_it_largest_first():
    children = [("Work with families", 400), ("Mixed findings, some on senior leadership", 390),
                ("Children in care", 320), ("Outcomes for children", 180), ("Mixed findings, no common topic", 120)]
    label = "Mixed findings: senior leadership and children in care"
    assert topics_over_mixture(label, children) == "Work with families, children in care and outcomes for children"


def test_a_sub_theme_mostly_on_a_subject_holds_it():
    children = [("Mixed findings, mostly on children looked after", 250), ("Children missing from home or care", 180),
                ("Mixed findings, no common topic", 150), ("Visits, various aspects", 100)]
    said = topics_over_mixture("Mixed findings: children looked after and visits", children)
    assert said == "Children looked after, children missing from home or care and visits"


def test_sub_themes_mostly_without_a_topic_keep_the_mixture():
    children = [("Mixed findings, some on referrals", 300), ("Mixed findings, one in ten on health", 200),
                ("Early help", 150), ("Disabled children", 100)]
    label = "Mixed findings: early help and disabled children"
    assert topics_over_mixture(label, children) == label


def test_a_taken_listing_gives_way_to_the_label_without_its_prefix():
    children = [("Performance data and quality assurance", 250), ("Performance data, further findings", 200),
                ("Quality assurance", 65)]
    taken = {"performance data and quality assurance"}
    said = topics_over_mixture("Mixed findings: quality assurance and audits", children,
                               avoid=lambda label: label.lower() in taken)
    assert said == "Quality assurance and audits"


def test_one_topic_left_is_said_with_related_topics():
    children = [("Adoption", 300), ("Adoption, further findings", 200), ("Mixed findings, no common topic", 100)]
    assert topics_over_mixture("Mixed findings, some on adopters", children) == "Adoption and related topics"


def test_labels_that_are_no_mixture_or_of_one_sub_theme_stay():
    assert topics_over_mixture("Adoption and fostering", [("Adoption", 5), ("Fostering", 5)]) == "Adoption and fostering"
    assert topics_over_mixture("Mixed findings: adoption", [("Adoption", 5)]) == "Mixed findings: adoption"

