"""A label part its findings write as the tail of a longer phrase is written whole (`pipeline.themes.cut_parts`)."""

import numpy as np
import pandas as pd

from pipeline.themes.cut_parts import CUT_FINDINGS, whole_label, whole_levels, whole_parts, word_before

# a term of three words, "weekend respite breaks", of which a label keeps only "respite breaks"
CUT = (["Weekend respite breaks give carers a rest; weekend respite breaks are planned early."] * 4
       + ["Families value the weekend respite break offered by the short breaks team."] * 4
       + ["Some carers asked for longer visits."] * 3)
# "respite breaks" written on its own in most findings, after "weekend" in a few
ALONE = (["Respite breaks are offered to carers. Carers value respite breaks."] * 6
         + ["A weekend respite break was arranged for one family."] * 2)
# "respite breaks" written after a joining word or determiner each time
JOINED = (["Carers asked for respite breaks and the respite breaks were arranged."] * 8
          + ["Their respite breaks were reviewed."] * 3)


def test_a_part_cut_from_the_phrase_its_findings_write_is_written_whole():
    assert whole_label("Respite breaks and carers' visits", CUT) == "Weekend respite breaks and carers' visits"
    # a part after the first word takes the word in lower case, the label's other words as they were
    assert whole_label("Carers' visits and respite breaks", CUT) == "Carers' visits and weekend respite breaks"


def test_a_part_written_mostly_on_its_own_is_left_alone():
    assert word_before(["respite", "breaks"], ALONE) is None
    assert whole_label("Respite breaks and carers' visits", ALONE) == "Respite breaks and carers' visits"


def test_a_joining_word_or_determiner_before_the_part_is_no_part_of_it():
    assert word_before(["respite", "breaks"], JOINED) is None
    assert whole_label("Respite breaks", JOINED) == "Respite breaks"


def test_the_word_before_is_read_inside_a_sentence_only():
    # "weekend." ends a sentence: the next sentence's "Respite breaks" is not written after it
    texts = ["Visits were held at the weekend. Respite breaks were offered too."] * 8
    assert word_before(["respite", "breaks"], texts) is None


def test_a_few_findings_are_not_enough():
    few = CUT[:CUT_FINDINGS - 2]  # each finding writes the longer phrase; too few of them
    assert whole_label("Respite breaks", few) == "Respite breaks"


def test_a_label_made_the_same_as_another_is_left_as_it_was():
    labels = {0: "Respite breaks", 1: "Carers' visits"}
    said = whole_parts(labels, lambda t: CUT, others={"Weekend respite breaks"})
    assert said[0] == "Respite breaks"
    assert whole_parts(labels, lambda t: CUT)[0] == "Weekend respite breaks"
    assert whole_parts(labels, lambda t: CUT, keep={0})[0] == "Respite breaks"


def test_both_levels_and_a_broad_theme_of_one_sub_theme_follows_it_only_when_it_carried_its_label():
    texts = CUT + ALONE + JOINED
    assignment = np.array([0] * len(CUT) + [1] * len(ALONE) + [2] * len(JOINED))
    parent_of = np.array([0, 1, 1])  # broad 0 holds sub-theme 0 alone, broad 1 sub-themes 1 and 2
    named = pd.DataFrame({"label": ["Respite breaks", "Respite breaks for carers", "Carers' requests"]},
                         index=[0, 1, 2])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Respite breaks", "Respite breaks and requests"]})
    new_named, new_broad = whole_levels(named, broad, texts, assignment, parent_of)
    assert new_named["label"].tolist() == ["Weekend respite breaks", "Respite breaks for carers", "Carers' requests"]
    assert new_broad["label"].tolist() == ["Weekend respite breaks", "Respite breaks and requests"]
    assert named["label"].tolist()[0] == "Respite breaks"  # the input is not changed
    # a broad theme of one sub-theme that the broad passes named apart keeps its own label
    apart = pd.DataFrame({"theme_id": [0, 1], "label": ["Short breaks for families", "Respite breaks and requests"]})
    assert whole_levels(named, apart, texts, assignment, parent_of)[1]["label"].tolist() == [
        "Short breaks for families", "Respite breaks and requests"]


def test_a_phrase_cut_again_after_the_word_put_back_is_put_back_whole():
    texts = (["A privately arranged fostering placement was checked by the council."] * 6
             + ["Privately arranged fostering placements are rare."] * 2)
    assert whole_label("Stability and fostering placements", texts) == (
        "Stability and privately arranged fostering placements")
