"""Broad labels checked against their own findings (broad19, after blind reads 31-33): a part that is a field
topic's word in another sense gives way to that topic; "Statistics on" only over a broad theme of figures."""

import numpy as np

from pipeline.themes.broad_parts import label_parts, topic_for_misread
from pipeline.themes.naming import Coverage, broad_from_children

MISSING = [f"When children go missing from home, {w}." for w in (
    "return home interviews are offered", "the police are told at once", "risks are reviewed", "carers report it",
    "managers track each episode", "patterns are analysed")] + [
    "Children who go missing from care are found quickly.", "Missing episodes are reviewed weekly."]
OTHER = ["Return home interviews are timely.", "Children missing education are tracked by the school team."]
ELSEWHERE = [f"Social workers {w}." for w in ("visit children", "write plans", "attend meetings", "know families",
                                               "record visits", "see children alone", "plan well", "work hard",
                                               "review cases", "meet managers", "use tools", "hold caseloads")]


def _covers(groups):
    texts = [text for group in groups for text in group]
    return Coverage(texts, np.repeat(np.arange(len(groups)), [len(group) for group in groups]))


def test_a_part_in_another_sense_of_the_topics_word_gives_way_to_the_topic():
    covers = _covers([MISSING + OTHER, ELSEWHERE])
    assert topic_for_misread("Missing education and return home interviews", covers, 0) == \
        "Children missing from home or care and return home interviews"
    # listed in a mixed label too, said inside it
    assert topic_for_misread("Mixed findings: return home interviews and missing education", covers, 0) == \
        "Mixed findings: return home interviews and children missing from home or care"


def test_a_part_in_the_topics_own_sense_or_a_theme_not_on_the_topic_keeps_its_label():
    covers = _covers([MISSING + OTHER, ELSEWHERE])
    assert topic_for_misread("Missing episodes and return home interviews", covers, 0) == \
        "Missing episodes and return home interviews"
    # the other theme is not about children missing: its label is not read against that topic
    assert topic_for_misread("Missing education and social workers", covers, 1) == "Missing education and social workers"
    # a label that says it is about one thing "in various aspects" is one whole, no parts to check
    assert label_parts("Missing education, various aspects") == ("", [])
    assert label_parts("Mixed findings: A, B and C") == ("Mixed findings: ", ["A", "B", "C"])


def test_statistics_on_is_said_only_over_a_broad_theme_of_figures():
    children = [("Statistics on children placed out of area", 50), ("Where children live", 40),
                ("Children's homes", 30)]
    # most of it narrative (read 31: 31% figures): the sub-theme's figures are one part, no "Statistics on" opening
    assert broad_from_children("Mixed findings, no common topic", children, figures=0.31) == \
        "Children placed out of area, where children live and children's homes"
    # most of it figures: said as statistics, as before
    assert broad_from_children("Mixed findings, no common topic", children, figures=0.7) == \
        "Statistics on children placed out of area, where children live and children's homes"
    assert broad_from_children("Mixed findings, no common topic", children) == \
        "Statistics on children placed out of area, where children live and children's homes"
