"""Every part a sub-theme's label names is borne out by its findings (`held_parts`, after blind reads 49 and 51): a
part none of them write goes, a label of further findings on a thing none of them write is no longer said, and a mixed
label's part few of them write gives way to the field topic most of them write about."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.held_parts import (ABSENT, held, held_labels, held_part, label_parts, topic_over_parts,
                                        without_absent)

FILLER = ELSEWHERE * 4
# findings on delay and drift, none on disabled children (read 51: "Disabled children, timeliness and delay, further
# findings", judged wrong: "about drift and delay; nothing on disabled children")
DELAY = [f"There is {w}." for w in ("drift and delay in plans for some children", "delay in court work",
                                    "avoidable delay for a few children", "drift in permanence planning",
                                    "delay in progressing plans", "some delay before action is taken",
                                    "delay in adoption for legal reasons", "drift in planning for older children")]
# findings on political and corporate leadership, one of ten on the DCS (read 51: "Mixed findings: DCS" judged wrong)
LEADERS = [f"{w}." for w in ("Elected members show strong political commitment to children",
                             "Political leaders have invested well in services",
                             "Corporate leaders prioritise children's needs",
                             "The lead member chairs the wellbeing board",
                             "Elected members scrutinise performance closely",
                             "Leaders know their services well",
                             "Senior leaders have a clear plan for improvement",
                             "Political and corporate leaders support the service",
                             "The chief executive meets staff often")]


def test_a_part_none_of_the_findings_write_goes_and_the_rest_names_them():
    covers = covers_of([DELAY, FILLER])
    label = "Disabled children, timeliness and delay, further findings"
    assert label_parts(label, covers) == ("", ["Disabled children", "timeliness and delay"], ", further findings")
    assert held_part(covers, 0, "Disabled children") < ABSENT <= held_part(covers, 0, "Timeliness and delay")
    assert without_absent({0: label, 1: "Social workers"}, covers)[0] == "Timeliness and delay"
    # said as further findings when another theme has that label
    assert without_absent({0: label, 1: "Timeliness and delay"}, covers)[0] == "Timeliness and delay, further findings"


def test_a_part_its_findings_write_by_its_head_or_first_word_stays():
    board = [f"The board {w}." for w in ("meets monthly", "has a clear plan", "challenges partners",
                                         "publishes its annual report", "audits cases")]
    covers = covers_of([board, FILLER])
    label = "Safeguarding children board, further findings"
    assert held(covers, 0, "Safeguarding children board") < ABSENT  # as a term: none
    assert without_absent({0: label, 1: "Social workers"}, covers)[0] == label
    decisions = [f"Decisions about {w} are timely." for w in ("placements", "contact", "plans", "referrals")]
    covers = covers_of([decisions, FILLER])
    assert without_absent({0: "Decision making, further findings"}, covers)[0] == "Decision making, further findings"


def test_further_findings_on_a_thing_none_write_is_no_longer_said():
    covers = covers_of([DELAY[:2] + ELSEWHERE[:8], FILLER])
    # none write of child protection plans ("plans" alone is a frame word, no stand-in for the term)
    assert without_absent({0: "Child protection plans, further findings"}, covers)[0] \
        == "Mixed findings, no common topic"


def test_further_findings_on_a_thing_none_write_is_said_by_the_phrase_they_share():
    help_ = [f"Children who need help and protection {w}." for w in ("receive a good service", "are seen promptly",
                                                                      "benefit from the help provided",
                                                                      "have their needs met")]
    covers = covers_of([help_ + ELSEWHERE[:6], FILLER])
    assert without_absent({0: "Child protection plans, further findings"}, covers)[0] \
        == "Mixed findings, some on help and protection"


def test_a_widened_label_keeps_kinds_written_with_its_modifier():
    health = [f"Health {w} {v}." for w, v in (("assessments", "are timely"), ("assessments", "are thorough"),
                                             ("histories", "are shared"), ("services", "respond well"),
                                             ("assessments", "inform plans"))]
    covers = covers_of([health, FILLER])
    label = "Health assessments, histories and services"
    assert held_part(covers, 0, "histories and services", "Health assessments") >= ABSENT
    assert without_absent({0: label}, covers)[0] == label


def test_a_mixed_part_few_write_gives_way_to_the_topic_most_write():
    covers = covers_of([LEADERS + ["The DCS has improved a number of service areas."], FILLER])
    assert held(covers, 0, "DCS") == 0.1
    assert topic_over_parts({0: "Mixed findings: DCS", 1: "Social workers"}, covers)[0] \
        == "Senior leadership and scrutiny"
    # as further findings when another theme has the topic's label
    labels = {0: "Mixed findings: DCS", 1: "Senior leadership and scrutiny"}
    assert topic_over_parts(labels, covers)[0] == "Senior leadership and scrutiny, further findings"
    # a theme whose label is kept (a field theme's) stays
    assert topic_over_parts({0: "Mixed findings: DCS"}, covers, keep={0})[0] == "Mixed findings: DCS"


def test_a_part_written_as_often_as_half_the_topic_or_a_topic_label_stays():
    dcs = [f"The DCS {w}." for w in ("leads the service well", "meets staff", "has a clear plan",
                                     "knows the service", "reports to members", "chairs the panel")]
    covers = covers_of([LEADERS[:4] + dcs, FILLER])  # 6 of 10 write of the DCS, all of senior leadership
    assert held_labels({0: "Mixed findings: DCS"}, covers)[0] == "Mixed findings: DCS"
    covers = covers_of([LEADERS + ["The DCS has improved a number of service areas."], FILLER])
    # not a mixed label: a topic's label is chosen by forms of its words a part as written misses
    assert topic_over_parts({0: "Director of children's services"}, covers)[0] == "Director of children's services"
    # a mixed label that shares a word with the topic names it already
    assert topic_over_parts({0: "Mixed findings, some on leadership"}, covers)[0] \
        == "Mixed findings, some on leadership"
