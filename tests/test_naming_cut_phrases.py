"""Sub-theme label rules after blind read 31: a word cut from its pair or an adverb's phrase is said whole, and a
widened label never lists the people served or an age as kinds."""

import numpy as np

from pipeline.themes.fallback_names import widened
from pipeline.themes.coverage import Coverage
from pipeline.themes.mixed_parts import paired
from pipeline.themes.naming import adverb_cut


def _covers(texts, sizes):
    return Coverage(texts, np.repeat(np.arange(len(sizes)), sizes))


FILLER = ["Partners attend the panel.", "Budgets are set each year.", "Officers meet weekly.",
          "Minutes are kept.", "Reports go to members."]


def test_a_word_mostly_written_in_one_pair_is_said_as_the_pair():
    texts = ["Brothers and sisters are placed together."] * 3 + ["Contact with brothers and sisters is kept."] \
        + ["Her brothers visit."] + FILLER
    covers = _covers(texts, [10])
    assert paired(covers, 0, "brothers") == "brothers and sisters"
    assert paired(covers, 0, "visit") == "visit"
    assert paired(covers, 0, "partners") == "partners"


def test_an_adverb_before_a_participle_is_part_of_the_phrase():
    assert adverb_cut("arranged fostering placement", "privately arranged fostering placement")
    assert not adverb_cut("help", "early help")  # an adjective's noun
    assert not adverb_cut("trusting relationships", "build trusting relationships")


SCHOOL = [f"Children's school {w} is monitored." for w in ("attendance", "attendance", "attendance", "exclusions",
                                                            "moves", "age", "children")] \
    + ["School children are supported.", "Children of school age attend.", "School attendance is good."]


def test_a_widened_label_lists_no_people_or_age_as_kinds():
    covers = _covers(SCHOOL, [10])
    said = widened(covers, 0, "School attendance")
    assert "age" not in said.split() and "children" not in said.lower().split()


def test_a_phrase_cut_inside_a_hyphenated_field_term_is_completed_as_written():
    """Read 51: broad "Unaccompanied asylum" was the glossary's "unaccompanied asylum-seeking children" cut at its
    hyphen; the cut is known as one and completed with the hyphen the term is written with."""
    from pipeline.themes.name_checks import complete_term, name_problems, stands_alone

    assert complete_term("Unaccompanied asylum") == "Unaccompanied asylum-seeking children"
    assert complete_term("multi-agency safeguarding hub") == "multi-agency safeguarding hub"
    assert complete_term("Independent reviewing") == "Independent reviewing officers"
    written = ["Unaccompanied asylum-seeking children receive good support."] * 4
    assert not stands_alone("unaccompanied asylum", written)
    assert name_problems(["Unaccompanied asylum"], written) == ["'Unaccompanied asylum': a cut phrase of a field term"]
    assert complete_term("Multi") == "Multi"  # a lone part of a hyphenated word is no phrase of the term
