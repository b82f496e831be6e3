"""A listing of kinds of one wider subject said as that subject (`pipeline.themes.broad_subjects`)."""

import numpy as np

from pipeline.themes.broad_subjects import read_subjects, wider_subject_named
from pipeline.themes.coverage import Coverage
from pipeline.themes.siblings import share_matching

SUBJECTS = (("Education", ("school*", "educat*", "pupil*", "attainment")),
            ("Quality assurance and improvement", ("quality assurance", "audit*", "performance", "data", "improv*")),
            ("Leadership, management and staff development", ("leader*", "manager*", "management", "staff*",
                                                              "training", "learning")))


def _covers(texts: list[str], others: int = 40) -> Coverage:
    """A Coverage of one broad theme (0) holding `texts`, and another theme (1) of findings on none of the subjects
    so that shares have a base."""
    rest = ["Children are visited regularly by their social workers."] * others
    return Coverage(texts + rest, np.array([0] * len(texts) + [1] * len(rest)))


EDUCATION = (["The virtual school tracks the progress of every child."] * 6
             + ["Personal education plans are completed on time."] * 4
             + ["Too many children are excluded from school."] * 4
             + ["Attainment at key stage 4 is below that of their peers."] * 4
             + ["Children enjoy their leisure activities."] * 2)


def test_a_listing_of_kinds_of_a_subject_most_findings_write_is_said_as_that_subject():
    covers = _covers(EDUCATION)
    said = wider_subject_named("Virtual school and personal education plans", covers, 0, subjects=SUBJECTS)
    # 18 of 20 findings write the subject's words; both parts name one of its terms; neither opens with its word
    assert said == "Education, including virtual school and personal education plans"


def test_a_part_that_is_no_kind_of_the_subject_keeps_the_listing():
    covers = _covers(EDUCATION)
    label = "Virtual school and care leavers"
    assert wider_subject_named(label, covers, 0, subjects=SUBJECTS) == label


def test_a_subject_fewer_than_half_the_findings_write_is_not_said():
    covers = _covers(EDUCATION[:6] + EDUCATION[10:12] + ["Children enjoy their leisure activities."] * 12)
    # 8 of 20 write the subject's words
    label = "Virtual school and personal education plans"
    assert wider_subject_named(label, covers, 0, subjects=SUBJECTS) == label


def test_a_subject_all_findings_write_as_much_is_not_said():
    covers = _covers(EDUCATION, others=0)
    texts = EDUCATION + ["Schools report concerns about the children's attendance."] * 40
    covers = Coverage(texts, np.array([0] * len(EDUCATION) + [1] * 40))
    # 90% of the theme, 97% of all findings: no subject of its own
    label = "Virtual school and personal education plans"
    assert wider_subject_named(label, covers, 0, subjects=SUBJECTS) == label


def test_a_part_opening_with_the_subjects_word_is_not_said_again():
    covers = _covers(["Performance data are used well by managers."] * 8 + ["Audits are thorough."] * 6
                     + ["The improvement plan is monitored by the board."] * 4 + ["Leaders are visible."] * 2)
    said = wider_subject_named("Performance data, improvement plans and audits", covers, 0, subjects=SUBJECTS)
    assert said == "Quality assurance and improvement, including performance data and audits"


def test_the_subject_alone_when_the_longer_label_may_not_be_given():
    covers = _covers(["Performance data are used well by managers."] * 8 + ["Audits are thorough."] * 12)
    said = wider_subject_named("Performance data and audits", covers, 0, subjects=SUBJECTS,
                               avoid=lambda label: "including" in label)
    assert said == "Quality assurance and improvement"


def test_a_subject_that_is_no_name_alone_keeps_the_listing_when_the_longer_label_may_not_be_given():
    covers = _covers(EDUCATION)
    label = "Virtual school and personal education plans"
    # "Education" alone is a lone generic word (`name_checks`)
    assert wider_subject_named(label, covers, 0, subjects=SUBJECTS, avoid=lambda said: "including" in said) == label


def test_mixed_and_statistics_labels_and_single_parts_are_kept():
    covers = _covers(EDUCATION)
    for label in ("Statistics on schools and educational attainment", "Mixed findings: schools and pupils",
                  "Virtual school"):
        assert wider_subject_named(label, covers, 0, subjects=SUBJECTS) == label


def test_a_subject_that_is_a_listing_itself_is_said_alone():
    covers = _covers(["Managers provide regular supervision to staff."] * 8 + ["Training is valued by staff."] * 6
                     + ["Senior leaders are visible."] * 4 + ["Children are seen alone."] * 2)
    # "training" opens with no word of the subject, but the subject's own "staff development" says it already
    said = wider_subject_named("Management oversight, training and learning", covers, 0, subjects=SUBJECTS)
    assert said == "Leadership, management and staff development"


def test_the_shipped_subjects_are_read():
    subjects = dict(read_subjects())
    assert "Education" in subjects and "virtual school*" in subjects["Education"]


def test_the_share_of_all_findings_is_worked_out_once_per_coverage_and_equals_a_fresh_one():
    # two broad themes on one Coverage: the share of all findings kept for the first is the one the second needs,
    # and a Coverage of changed findings (most of them on education) keeps its own, not the first's
    texts = EDUCATION + EDUCATION[:18] + ["Children are visited regularly."] * 100
    themes = np.array([0] * len(EDUCATION) + [2] * 18 + [1] * 100)
    label = "Virtual school and personal education plans"
    covers = Coverage(texts, themes)
    said = [wider_subject_named(label, covers, theme, subjects=SUBJECTS) for theme in (0, 2, 0)]
    fresh = [wider_subject_named(label, Coverage(texts, themes), theme, subjects=SUBJECTS) for theme in (0, 2)]
    assert said == [fresh[0], fresh[1], fresh[0]]
    assert said[0].startswith("Education, including")
    assert covers.pattern_shares and all(share == share_matching(pattern, covers.texts)
                                         for pattern, share in covers.pattern_shares.items())
    changed = Coverage(texts[:38], themes[:38])
    assert wider_subject_named(label, changed, 0, subjects=SUBJECTS) == label  # ~90% of every finding: not its own
    assert all(share == share_matching(pattern, changed.texts) for pattern, share in changed.pattern_shares.items())
    assert changed.pattern_shares != covers.pattern_shares
