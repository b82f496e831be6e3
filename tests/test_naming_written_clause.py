"""Label rule after blind read 28: a mixed sub-theme most of whose findings write one clause ("children who come into
care", "when children come into care") is named by it as a label says it ("Coming into care"), and a verb clause
("meet the needs", "meet children's needs") by its most written form that names whose."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.written_clause import clauses_of, key_clauses, verb_clauses_of, written_clause_names

INTO_CARE = ["When children come into care, their plans are reviewed.", "Children who come into care are seen quickly.",
             "Decisions for children to come into care are timely.", "Few children come into care in an emergency.",
             "Brothers and sisters who come into care live together.", "The number coming into care is stable.",
             "Children coming into care have health assessments.", "The garden gate was painted."]
NEEDS = ["Placements meet the needs of most children.", "Carers are helped to meet children's needs.",
         "Services meet children's needs well.", "Plans meet the needs of disabled children.",
         "Commissioning aims to meet children's needs.", "The new homes meet the needs of older children.",
         "Short breaks do not meet the needs of some families.", "Leaders are intent on meeting children's needs.",
         "Meeting children's needs early is a priority."]
# findings on other things, enough of them for a word of one theme to be far more its own (LEAD_LIFT)
OTHER = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof", "fence",
                                                    "shed", "gate", "path")
         for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked", "sold", "found")]


def _covers(*themes: list[str]) -> Coverage:
    texts = [t for theme in themes for t in theme] + OTHER
    ids = [k for k, theme in enumerate(themes) for _ in theme] + [len(themes)] * len(OTHER)
    return Coverage(texts, np.array(ids))


def test_clauses_join_content_words_by_joining_words_and_stop_at_punctuation():
    found = clauses_of("When children come into care, care-experienced young people are visited regularly.")
    assert found[("come", "into", "care")] == "come into care"
    # a hyphenated word is its parts, so "care experienced" is the same clause
    assert ("care", "exper", "young", "peopl") in found
    assert ("care", "exper", "young", "peopl") in clauses_of("Care experienced young people are heard.")
    assert not any(key[:3] == ("come", "into", "care") and len(key) > 3 for key in found)  # no clause over a comma
    # the field's everyday words alone are no clause ("young people", "social workers")
    assert ("young", "peopl") not in found and clauses_of("Social workers visit.") == {}


def test_a_mixed_theme_most_of_which_writes_one_clause_is_named_by_it():
    covers = _covers(INTO_CARE, NEEDS)
    assert key_clauses(covers, 0)[0][1] == "come into care"
    named = {0: "Mixed findings, mostly strengths", 1: "Mixed findings, no common topic", 2: "Mixed findings: roof"}
    out = written_clause_names(named, covers, set())
    assert out[0] == "Coming into care"  # the -ing form the findings write
    # a verb clause starting with a word of the theme's own, said in the form that names whose needs
    assert verb_clauses_of("They meet the needs of children.", {"meet"}) == {("meet", "need"): "meet the needs"}
    assert out[1] == "Meeting children's needs"
    # another theme has the name: further findings on it (5 of 8 write it, at least FURTHER_SHARE)
    assert written_clause_names(named, covers, {"coming into care"})[0] == "Coming into care, further findings"
    # a label that names a topic is kept
    assert written_clause_names({**named, 0: "Entry to care"}, covers, set())[0] == "Entry to care"


def test_no_clause_name_when_the_clause_is_not_most_of_the_theme_or_not_its_own_or_never_said_with_ing():
    few = INTO_CARE[:3] + [f"The {thing} is new." for thing in ("van", "desk", "lamp", "shed", "mat")]
    assert key_clauses(_covers(few, NEEDS), 0) == []
    # written as often by all findings: not particular to the theme
    everywhere = [f"After the {thing} was moved, children come into care." for thing in ("van", "desk", "lamp", "shed")]
    assert key_clauses(Coverage(INTO_CARE + everywhere * 10, np.array([0] * len(INTO_CARE) + [1] * 40)), 0) == []
    # no finding writes "coming into care": a base verb is no label
    bare = [t for t in INTO_CARE if "coming" not in t]
    named = {0: "Mixed findings, mostly strengths", 1: "Mixed findings, no common topic"}
    assert written_clause_names(named, _covers(bare, NEEDS[:1] + OTHER[:7]), set())[0] == named[0]


def test_a_part_of_a_broad_label_that_is_another_part_with_a_doubled_consonant_is_said_once():
    from pipeline.themes.broad_names import distinct_parts, broad_from_children

    # "Planning, including care and safety planning" beside "Plans": one part, "Plans and timeliness"
    assert distinct_parts(["Plans", "Planning", "Timeliness"]) == ["Plans", "Timeliness"]
    children = [("Plans, various aspects", 120), ("Planning, including care and safety planning", 90),
                ("Timeliness and delay", 80)]
    assert broad_from_children("Mixed findings, no common topic", children) == "Plans and timeliness"
    # a word that ends in a doubled consonant is no -ing form of a shorter one: "Staffing" is not "Staff" cut
    assert distinct_parts(["Staff", "Staffing", "Caseloads"]) == ["Staff", "Caseloads"]
    assert distinct_parts(["Mapping", "Maps"]) == ["Mapping"]
    # a part with a word of its own still says more ("Plans and permanence planning")
    assert distinct_parts(["Plans", "Permanence planning"]) == ["Plans", "Permanence planning"]
