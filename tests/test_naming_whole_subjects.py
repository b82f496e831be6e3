"""What "Mixed findings, one in N on X" says is on X: X is a subject a researcher would write, whole where the
theme's findings write it (read 19: "edge" of "edge of care", "board provides", "safeguard", "collaborative" were
judged meaningless)."""

import numpy as np

from pipeline.themes.alike_labels import distinguish_alike
from pipeline.themes.coverage import Coverage
from pipeline.themes.topic_renames import given_back
from pipeline.themes.subject_checks import names_subject

OTHER = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard", "valued")]
PLAIN = "Mixed findings, no common topic"


def _theme(texts: list[str]) -> Coverage:
    return Coverage(texts + OTHER, np.repeat([0, 1], [len(texts), len(OTHER)]))


EDGE = [f"Children on the edge of care {w}." for w in ("receive help", "stay at home", "are seen weekly",
                                                       "are supported by a team", "get respite")]


def test_a_noun_mostly_in_one_x_of_y_is_no_subject_alone():
    assert not names_subject(_theme(EDGE), 0, "edge", 0.2)
    # a noun of many "of" phrases is one: evaluation of impact, of audits, of plans
    varied = _theme([f"The evaluation of {w} is thorough." for w in ("impact", "audits", "plans", "training", "data")])
    assert names_subject(varied, 0, "evaluation", 0.2)


def test_alike_themes_are_not_told_apart_by_a_cut_word_a_verb_phrase_or_an_adjective():
    texts = (EDGE + ["The board provides a peer review of the partnership.",
                     "The board provides challenge to partners.", "The peer review is published on time."]
             + ["Safeguarding of children is collaborative in most teams.",
                "Collaborative work with the police keeps young carers safe."] * 2 + ["Plans are late."] * 6)
    themes = np.array([1] * (len(texts) - 6) + [0] * 6)
    keywords = {1: ["edge", "board provides", "safeguard", "collaborative"]}
    out = distinguish_alike({0: PLAIN, 1: PLAIN}, {0: 90, 1: 80}, keywords,
                            Coverage(texts + OTHER, np.concatenate([themes, [2] * len(OTHER)])))
    assert out[0] == PLAIN
    for bad in ("edge", "board provides", "safeguard", "collaborative"):
        assert not out[1].endswith(f" on {bad}"), out[1]
    # a phrase its findings write tells it apart instead
    assert out[1] == "Mixed findings, one in six on peer review"


def test_a_keyword_written_as_a_noun_still_tells_alike_themes_apart():
    texts = ["Governance of the partnership is weak.", "Governance is reviewed."] + ["Plans are late."] * 8
    out = distinguish_alike({0: PLAIN, 1: PLAIN}, {0: 90, 1: 80}, {1: ["governance"]},
                            Coverage(texts + OTHER, np.array([1] * 10 + [2] * len(OTHER))))
    assert out[1] == "Mixed findings, some on governance"  # a generic word, but a noun written whole


def test_a_mixed_label_given_up_by_a_theme_named_by_its_topic_goes_back_to_the_theme_that_wanted_it():
    before = {0: "Mixed findings, some on placements", 1: "Mixed findings, very few on county",
              2: "Mixed findings, some on schools"}
    named = {0: "Permanence and stability", 1: before[1], 2: before[2]}  # theme 0 named by its topic
    wanted = {0: ["Mixed findings, some on placements"],
              1: ["Mixed findings, some on placements", "Mixed findings, very few on county"],
              2: ["Mixed findings, some on schools"]}
    out = given_back(named, before, wanted, set())
    assert out == {0: "Permanence and stability", 1: "Mixed findings, some on placements",
                   2: "Mixed findings, some on schools"}
    # a label that says what a fair part is on is kept, and a minor part is never given back
    wanted[2] = ["Mixed findings, very few on county", "Mixed findings, some on schools"]
    assert given_back(named, before, wanted, set())[2] == "Mixed findings, some on schools"


def test_a_glossary_term_counts_only_where_its_findings_write_it_as_a_term():
    from pipeline.themes.subject_checks import scattered_term

    social_care = _theme([f"Children are referred to children's social care {w}." for w in
                          ("quickly", "by schools", "after contacts", "when thresholds are met", "by the police")])
    assert social_care.share(0, "children in care") == 1.0  # its words, anywhere
    assert social_care.written(0, "children in care") == 0.0  # never the term
    assert scattered_term(social_care, 0, "Children in care and thresholds")
    in_care = _theme(["Children in care visit often.", "A child in care is seen.", "CIC have plans.",
                      "Children's social care is stretched.", "Referrals rose."])
    assert in_care.written(0, "children in care") == 0.6  # in any form, or its abbreviation
    assert not scattered_term(in_care, 0, "Children in care")


def test_examples_are_no_topic_of_educational_attainment():
    from pipeline.themes.concepts import Concepts

    texts = [f"For example, {w}." for w in ("a child was seen", "plans were late", "carers were heard")]
    concepts = Concepts(texts + ["Pupils sat their GCSE exams.", "Exam results improved."])
    assert concepts.share(np.arange(3), "Educational attainment") == 0.0
    assert concepts.share(np.array([3, 4]), "Educational attainment") == 1.0


def test_a_phrase_cut_from_one_longer_phrase_joined_by_in_names_no_theme():
    from pipeline.themes.subject_checks import runs_on, usable_alone

    houses = _theme([f"{n} young people are living in houses in multiple occupation." for n in ("Ten", "Six", "Four")]
                    + ["Some care leavers are living in houses in multiple occupation in the city.",
                       "Young people in houses in multiple occupation are visited."])
    assert runs_on(houses, 0, "Living in houses")  # goes on "in multiple occupation"
    assert runs_on(houses, 0, "Multiple occupation")  # "houses in" before it
    assert not usable_alone(houses, 0, "Living in houses")
    # a verb before it is no longer term: "live in residential special schools"
    schools = _theme([f"{n} children live in residential special schools." for n in ("Ten", "Six", "Four", "Few")])
    assert not runs_on(schools, 0, "Residential special schools")


def test_findings_that_only_mention_schools_are_no_topic_of_attendance_and_attainment():
    from pipeline.themes.concepts import Concepts

    texts = [f"Schools {w}." for w in ("value the support", "attend the Prevent board", "refer children early")]
    concepts = Concepts(texts + ["Attendance at school has improved.", "Persistent absence fell."])
    assert concepts.share(np.arange(3), "School attendance and attainment") == 0.0
    assert concepts.share(np.arange(3), "Schools") == 1.0
    assert concepts.share(np.array([3, 4]), "School attendance and attainment") == 1.0
