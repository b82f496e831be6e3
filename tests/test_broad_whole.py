"""A broad "Mixed findings: A, B and C" whose parts most of its findings are on is said as "A, B and C"
(`broad_whole.listed_whole`, issue 16: held-out read 51's "Mixed findings: safeguarding children board,
multi-agency working and partnership")."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.broad_whole import listed_whole

BOARD = [f"The safeguarding children board {w}." for w in (
    "challenges partners well", "audits multi-agency work", "publishes an annual report", "has a clear plan")]
PARTNERS = [f"Multi-agency working {w}." for w in ("is strong", "is improving", "is well established")] + [
    "Partnership with the police is effective.", "The partnership has a shared plan."]
OTHER = ["Leaders know their services well.", "Governance is clear.", "Staff morale is high."]


def test_a_listed_mixture_most_of_whose_findings_are_on_its_parts_is_said_as_the_listing():
    covers = covers_of([BOARD + PARTNERS + OTHER, ELSEWHERE])
    label = "Mixed findings: safeguarding children board, multi-agency working and partnership"
    assert listed_whole(label, covers, 0) == "Safeguarding children board, multi-agency working and partnership"


def test_a_listed_mixture_few_of_whose_findings_are_on_its_parts_stays_a_mixture():
    # the parts on 4 of 12 findings: a reader of ten meets them in a few
    few = BOARD[:2] + PARTNERS[:2] + OTHER * 2 + ["Children are seen.", "Visits are regular."]
    covers = covers_of([few, ELSEWHERE])
    label = "Mixed findings: safeguarding children board and multi-agency working"
    assert listed_whole(label, covers, 0) == label


def test_a_part_few_findings_are_on_keeps_the_mixture():
    # most findings on the board, the listing's second part on none of them: no name for the whole
    covers = covers_of([BOARD * 3 + OTHER, ELSEWHERE])
    label = "Mixed findings: safeguarding children board and corporate parenting"
    assert listed_whole(label, covers, 0) == label


def test_other_labels_are_left_alone():
    covers = covers_of([BOARD + PARTNERS, ELSEWHERE])
    for label in ("Mixed findings, some on partnership", "Safeguarding children board and partnership",
                  "Mixed findings, no common topic"):
        assert listed_whole(label, covers, 0) == label


def test_mostly_on_a_topic_its_sub_themes_are_named_by_is_said_as_the_topic():
    from pipeline.themes.broad_whole import mostly_its_topic

    children = [("Children looked after, further findings", 166), ("Children looked after and schools", 152)]
    assert mostly_its_topic("Mixed findings, mostly on children looked after", children) == "Children looked after"
    # sub-themes named by X hold less than half of it: still mixed
    children = [("Children looked after, further findings", 100), ("Audits", 150), ("Training", 90)]
    assert mostly_its_topic("Mixed findings, mostly on children looked after", children) == \
        "Mixed findings, mostly on children looked after"
    # a word inside a label is no sub-theme named by it; other labels are left alone
    children = [("Schools and children looked after", 200), ("Virtual school", 100)]
    assert mostly_its_topic("Mixed findings, mostly on children looked after", children) == \
        "Mixed findings, mostly on children looked after"
    assert mostly_its_topic("Mixed findings, some on audits", [("Audits", 10), ("Audits, further", 10)]) == \
        "Mixed findings, some on audits"


FIGURES = ["In 2015, 12% of pupils were eligible for free school meals.", "The rate rose to 41 per 10,000.",
           "This is a reduction from 65 in 2014.", "Around 30% of the population are under 18.",
           "There were 312 referrals in the year.", "Of these, 45% were repeat referrals.",
           "The figure is 7% above the national average.", "In March 2016, 220 children were looked after."]


def test_figures_named_by_a_minor_part_are_said_to_be_statistics_on_assorted_topics():
    from pipeline.themes.named_parts import ASSORTED, whole_over_minor

    covers = covers_of([FIGURES, ELSEWHERE])
    children = [("Statistics, one in eight on performance data", 88), ("Statistics, some on children looked after", 73),
                ("Statistics, mixed topics", 58)]
    assert whole_over_minor("Statistics, one in eight on children looked after", covers, 0, children) == ASSORTED
    # a mixed label of words keeps its own when no listing holds (as before)
    label = "Mixed findings, one in eight on children looked after"
    assert whole_over_minor(label, covers, 0, children) == label
    # one sub-theme: nothing to list
    assert whole_over_minor("Statistics, one in eight on children looked after", covers, 0, children[:1]) == \
        "Statistics, one in eight on children looked after"


def test_a_short_part_is_not_said_by_a_head_that_is_a_cut_of_a_field_term():
    from pipeline.themes.named_parts import broad_parts_held

    texts = [f"Schools report {n}% attendance for age groups {n} to {n + 4}." for n in range(5, 11)] + [
        f"The rate is {n}% above the national average." for n in range(3, 9)] + [
        "One child is from a minority ethnic group.", "Leaders know the school well."]
    covers = covers_of([texts, ELSEWHERE * 3])  # "groups" 3 times as often here as in all findings
    label = "Mixed findings: national average, schools and ethnic groups"
    assert "groups" not in broad_parts_held(label, covers, 0).lower()
