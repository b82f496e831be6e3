"""Tests for pipeline.themes.various_said: "X, various aspects" said by the kind of X or by X alone."""

import numpy as np
import pandas as pd
import pytest

from pipeline.themes.various_said import bare_said, kind_said, named_kinds, various_levels, various_said

PLACES = frozenset({"walsall", "kent"})
ACRONYMS = {"LSCB": "local safeguarding children board", "SCB": "safeguarding children board"}

BOARD_TEXTS = [
    "The board has not checked that partners train their staff.",
    "The board's annual report is thin on the impact of its audits.",
    "Partners attend the board well and challenge one another.",
    "The chair of the board holds agencies to account.",
    "The Improvement Board meets monthly under an independent chair.",
    "WSCB has a clear business plan with priorities for neglect.",
]
BOARD_HEADINGS = ["Inspection findings - the Local Safeguarding Children Board"] * 4 + ["Improvement", "Summary"]


@pytest.mark.parametrize("text, kinds", [
    ("The Walsall Safeguarding Children Board met.", ["safeguarding children board"]),
    ("The Improvement Board and the LSCB agreed it.", ["improvement board", "local safeguarding children board"]),
    ("KSCB audits were thorough.", ["safeguarding children board"]),
    ("The Board met in May.", []),  # a sentence opening "The" is no kind
    ("The board met in May.", []),
    ("Expectations of Board members were agreed.", []),  # no kind: the board's members
    ("The Effectiveness Of The Board", []),  # a title-case heading
    ("Kent Health and Wellbeing Board", ["health and wellbeing board"]),
])
def test_named_kinds(text, kinds):
    assert named_kinds(text, "board", PLACES, ACRONYMS) == kinds


def test_kind_said_reads_the_heading_when_the_sentence_says_the_board():
    # 4 of 6 from their heading, 1 by its acronym: 5 of 6 on the safeguarding children board
    assert kind_said(BOARD_TEXTS, BOARD_HEADINGS, "Board") == "Safeguarding children board"


def test_kind_said_none_when_no_kind_holds_half():
    headings = ["Summary"] * 6
    assert kind_said(BOARD_TEXTS, headings, "Board") is None


def test_bare_said_keeps_frame_words():
    assert bare_said("Adopters") == "Adopters"
    assert bare_said("Staff") is None
    assert bare_said("Young people") is None
    assert bare_said("Board") is None


def test_various_said_only_changes_the_placeholder_and_keeps_taken_labels():
    texts = {0: BOARD_TEXTS, 1: ["Adopters are approved quickly."] * 6, 2: ["Adoption support is good."] * 6}
    heads = {0: BOARD_HEADINGS, 1: [""] * 6, 2: [""] * 6}
    labels = {0: "Board, various aspects", 1: "Adopters, various aspects", 2: "Adoption"}
    out = various_said(labels, texts.get, heads.get)
    assert out == {0: "Safeguarding children board", 1: "Adopters", 2: "Adoption"}
    # a label another theme has is not given; a kept theme stays
    out = various_said(labels, texts.get, heads.get, keep={0}, taken={"Adopters"})
    assert out == labels


def test_various_levels_carries_a_lone_sub_themes_new_label_to_its_broad_theme():
    texts = BOARD_TEXTS + ["Adopters are approved quickly."] * 6 + ["Plans are clear."] * 6
    headings = BOARD_HEADINGS + [""] * 12
    assignment = np.repeat([0, 1, 2], 6)
    parent_of = np.array([0, 1, 1])
    named = pd.DataFrame({"label": ["Board, various aspects", "Adopters, various aspects", "Plans"]},
                         index=[0, 1, 2])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["Board, various aspects", "Adopters and plans"]})
    new_named, new_broad = various_levels(named, broad, texts, headings, assignment, parent_of)
    assert new_named["label"].tolist() == ["Safeguarding children board", "Adopters", "Plans"]
    assert new_broad["label"].tolist() == ["Safeguarding children board", "Adopters and plans"]
    assert named["label"].iloc[0] == "Board, various aspects"  # inputs not changed


def test_various_levels_broad_part_follows_the_sub_themes_kind():
    texts = BOARD_TEXTS + ["Improvement plans are tracked."] * 6
    headings = BOARD_HEADINGS + [""] * 6
    named = pd.DataFrame({"label": ["Board, various aspects", "Improvement plans"]}, index=[0, 1])
    broad = pd.DataFrame({"theme_id": [0], "label": ["Improvement plans, board and performance data"]})
    _, new_broad = various_levels(named, broad, texts, headings, np.repeat([0, 1], 6), np.array([0, 0]))
    assert new_broad["label"].tolist() == ["Improvement plans, safeguarding children board and performance data"]
    # led by the word: left as it is
    broad = pd.DataFrame({"theme_id": [0], "label": ["Board and improvement plans"]})
    _, new_broad = various_levels(named, broad, texts, headings, np.repeat([0, 1], 6), np.array([0, 0]))
    assert new_broad["label"].tolist() == ["Board and improvement plans"]
