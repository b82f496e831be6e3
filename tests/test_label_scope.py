"""Sub labels said at the scope their findings bear out (read 54, now tuning: labels30)."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.label_scope import scoped_labels, written_share

PRIVATE = "Children in private fostering arrangements are visited and their carers are checked."
FOSTER = "The fostering service recruits enough carers for older children."
SCR = "Learning from serious case reviews (SCRs) is shared with staff through briefings."
NATIONAL = "Lessons from national SCRs are shared with staff through briefings."
CARE_PLAN = "Care plans are clear and are reviewed with the child."
ACTION_PLAN = "The action plans of the board say who will do what by when."
IMPROVE_PLAN = "The improvement plans are monitored by senior leaders."
PLAIN_PLAN = "Plans are not always written in words families understand."
PARENTS = "Parents are told what is expected of them before the conference."
CORPORATE = "Elected members act as corporate parents and challenge officers."
BIRTH = "Birth parents are offered letterbox contact and support."
VULNERABLE = "Services for vulnerable children are consistently good in this area."
VULNERABLE2 = "Senior leaders understand the needs of vulnerable children well."
OTHER_WORDS = "The local authority is ambitious for its residents and staff."
HOME = "Too many children in care live in unregistered children's homes far away."
STABLE = "Most children live in stable homes that meet their needs."
ELSE = "Social workers visit children regularly and know them well."


def _covers(groups):
    """One theme per list of texts (ids 0..), then a theme of unrelated findings so the field's words are rare."""
    texts, ids = [], []
    for theme, group in enumerate(groups + [[ELSE] * 40]):
        texts += group
        ids += [theme] * len(group)
    return Coverage(texts, np.array(ids))


def test_a_label_whose_included_part_is_nearly_all_of_it_is_said_as_the_part():
    covers = _covers([[PRIVATE] * 8 + [FOSTER] * 2])
    assert scoped_labels({0: "Fostering, including private fostering", 1: "Social workers"}, covers)[0] \
        == "Private fostering"


def test_a_label_whose_included_part_is_a_minority_keeps_it():
    covers = _covers([[PRIVATE] * 3 + [FOSTER] * 7])
    label = "Fostering, including private fostering"
    assert scoped_labels({0: label, 1: "Social workers"}, covers)[0] == label


def test_a_qualifier_few_findings_write_is_dropped():
    covers = _covers([[SCR] * 9 + [NATIONAL]])
    assert scoped_labels({0: "National SCRs", 1: "Social workers"}, covers)[0] == "SCRs"


def test_a_qualifier_most_findings_write_stays():
    covers = _covers([[NATIONAL] * 8 + [SCR] * 2])
    assert scoped_labels({0: "National SCRs", 1: "Social workers"}, covers)[0] == "National SCRs"


def test_a_qualifier_written_in_another_form_stays():
    privately = "Children who are privately fostered are visited regularly by their social worker."
    covers = _covers([[privately] * 8 + [FOSTER] * 2])
    assert scoped_labels({0: "Private fostering", 1: "Social workers"}, covers)[0] == "Private fostering"


def test_a_part_of_the_first_parts_stem_no_finding_writes_gives_way_to_what_they_write():
    covers = _covers([[CORPORATE] * 2 + [BIRTH] * 3 + [PARENTS] * 5])
    assert scoped_labels({0: "Parents and parenting", 1: "Social workers"}, covers)[0] == "Work with parents"
    # a word too general to name a theme alone is said by its kinds
    reviews = ["Care reviews are held on time."] * 5 + ["Statutory reviews are chaired well."] * 3 \
        + ["Reviews are recorded."] * 2
    assert scoped_labels({0: "Reviews and reviewing", 1: "Social workers"}, _covers([reviews]))[0] \
        == "Care, statutory and other reviews"


def test_two_parts_of_different_words_are_left_alone():
    # "sufficiency" is not written, but it is no form of "placements": a field topic's second part
    covers = _covers([[STABLE] * 10])
    assert scoped_labels({0: "Homes and sufficiency", 1: "Social workers"}, covers)[0] == "Homes and sufficiency"


def test_further_findings_on_a_general_word_are_said_by_its_kinds():
    covers = _covers([[CARE_PLAN] * 4 + [ACTION_PLAN] * 3 + [IMPROVE_PLAN] * 2 + [PLAIN_PLAN]])
    assert scoped_labels({0: "Plans, further findings", 1: "Social workers"}, covers)[0] \
        == "Care, action and other plans"


def test_various_aspects_of_a_general_word_stay():
    # read 54's readers accepted "Plans, various aspects" over findings mostly on children's plans
    covers = _covers([[CARE_PLAN] * 3 + [ACTION_PLAN] * 3 + [IMPROVE_PLAN] * 2 + [PLAIN_PLAN] * 2])
    assert scoped_labels({0: "Plans, various aspects", 1: "Social workers"}, covers)[0] == "Plans, various aspects"


def test_general_judgements_over_a_shared_phrase_are_said_by_it():
    covers = _covers([[VULNERABLE] * 4 + [VULNERABLE2] * 3 + [OTHER_WORDS] * 3])
    assert scoped_labels({0: "General judgements on services", 1: "Social workers"}, covers)[0] \
        == "Vulnerable children"


def test_general_judgements_with_no_shared_phrase_stay():
    covers = _covers([[VULNERABLE] * 2 + [OTHER_WORDS] * 4 + [PARENTS] * 4])
    label = "General judgements on services"
    assert scoped_labels({0: label, 1: "Social workers"}, covers)[0] == label


def test_a_kind_half_the_findings_write_is_said_with_the_others():
    covers = _covers([[HOME] * 5 + [STABLE] * 5])
    assert scoped_labels({0: "Children's homes", 1: "Social workers"}, covers)[0] \
        == "Children's homes and other homes"


def test_a_kind_most_findings_write_stays():
    covers = _covers([[HOME] * 8 + [STABLE] * 2])
    assert scoped_labels({0: "Children's homes", 1: "Social workers"}, covers)[0] == "Children's homes"


def test_no_label_becomes_another_themes_or_a_taken_one():
    covers = _covers([[PRIVATE] * 8 + [FOSTER] * 2, [PRIVATE] * 10])
    labels = {0: "Fostering, including private fostering", 1: "Private fostering", 2: "Social workers"}
    assert scoped_labels(labels, covers)[0] == labels[0]
    covers = _covers([[PRIVATE] * 8 + [FOSTER] * 2])
    assert scoped_labels({0: labels[0], 1: "Social workers"}, covers, taken={"Private fostering"})[0] == labels[0]


def test_field_themes_keep_their_labels():
    covers = _covers([[PRIVATE] * 8 + [FOSTER] * 2])
    label = "Fostering, including private fostering"
    assert scoped_labels({0: label, 1: "Social workers"}, covers, keep={0})[0] == label


def test_written_share_counts_words_as_written_not_their_stems():
    covers = _covers([[PARENTS] * 5 + [CARE_PLAN] * 5])
    assert written_share(covers, 0, "parents") == 0.5
    assert written_share(covers, 0, "parenting") == 0.0
    assert written_share(covers, 0, "care plan") == 0.5  # singular or plural
