"""Folded patterns: RE2 for long searches gives what re gives, on single texts and on whole columns.

re's own answers for a long pattern over the 8,000-odd labelled texts are worked out once (`_re_spans`,
`_re_found`) and shared by the tests that compare with them: re is the slow side, and each such test used to scan
every text with it again (and to read the labelled files again for each of the ~100 patterns)."""

from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import pipeline.furniture as furniture
import pipeline.kind_patterns as kind_patterns
import pipeline.polarity_blanks as polarity_blanks
import pipeline.polarity_patterns as polarity_patterns
import pipeline.structure as structure
import pipeline.voice_patterns as voice_patterns
from pipeline.patterns import Column, Folded, re2

DATA = Path(__file__).parent / "data"
ALL_PATTERNS = [(name, value)
                for module in (kind_patterns, polarity_patterns, polarity_blanks, voice_patterns, structure, furniture)
                for name, value in vars(module).items()
                if isinstance(value, Folded)]
# the furniture module's rule lists: (reason, pattern) pairs, named by list and reason
ALL_PATTERNS += [(f"{name}[{reason}]", pattern) for name, value in vars(furniture).items() if isinstance(value, list)
                 for reason, pattern in value if isinstance(pattern, Folded)]


def _labelled_texts() -> list[str]:
    return list(_read_labelled_texts())


@cache
def _read_labelled_texts() -> tuple[str, ...]:
    texts = [line for path in sorted((DATA / "minutes").glob("*")) for line in path.read_text().splitlines()]
    for path in sorted(DATA.glob("labelled_segments*.csv")):
        table = pd.read_csv(path, comment="#", dtype=str).fillna("")
        for column in ("text", "lead_in", "section"):
            if column in table:
                texts.extend(table[column].tolist())
    return tuple(dict.fromkeys(texts))


@cache
def _re_spans(pattern: Folded) -> dict[str, list[tuple[int, int]]]:
    """re's own matches (finditer's spans) of the pattern in each lower-cased labelled and edge text."""
    lows = dict.fromkeys(text.lower() for text in _labelled_texts() + EDGE_TEXTS)
    return {low: [match.span() for match in pattern._compiled.finditer(low)] for low in lows}


@cache
def _re_found(pattern: Folded) -> dict[str, bool]:
    """Whether re's search finds the pattern in each lower-cased labelled and edge text (a search finds a match
    exactly where finditer gives one, so a pattern whose spans are worked out anyway reads them)."""
    if pattern._gate is not None:
        return {low: bool(spans) for low, spans in _re_spans(pattern).items()}
    lows = dict.fromkeys(text.lower() for text in _labelled_texts() + EDGE_TEXTS)
    return {low: pattern._compiled.search(low) is not None for low in lows}


EDGE_TEXTS = [
    # furniture69's paper introduced with what it gives and the meeting's history of papers (our own words)
    "The Cabinet Member introduced the report which provided an update on the outcome of the focused visit.",
    "The Committee had regularly received updates on missing children since 2016.",
    # furniture70's wider forms of the two: a body named in words of its own in the simple past; an initial, the
    # paper's topic and "updated Members on" (our own words)
    "The Select Committee regularly received updates on missing children since 2015.",
    "Councillor R. Patel introduced the report on the focused visit, which updated Members on its findings.",
    # round 21's furniture groups (our own words)
    "Reason for exclusion: the item would disclose exempt information about a named child.",
    "The Committee is asked to comment on the draft plan.",
    "In the interests of transparency Councillor Ray said she is a school governor.",
    "It was agreed that the Chair and Vice-Chair be confirmed as Councillor Ash and Councillor Box.",
    "The Scrutiny Officer presented the committee's draft work programme for the year.",
    "The café’s manager has been appointed.", "Résumé of the inspection took place", "naïve\u00a0plans to recruit",
    "Ofsted had found that “caseloads are high” – and rising", "The council will invest £2m\n",
    "This is an increase of 12%", "", "   ", "the chair thanked members for their questions:",
    "Lead inspector: Jane Smith, His Majesty’s Inspector", "Children who need help and protection Good",
    "In a local authority that requires improvement, there are no widespread or serious failures that create harm.",
    "An LSCB requires improvement if it does not yet demonstrate the characteristics of good.",
    "It is Ofsted’s expectation that, as a minimum, all children receive good help.",
    "Inspectors considered the quality of work and the difference adults make to the lives of children.",
    "You may copy all or parts of this document for non-commercial educational purposes.",
    "What the inspection judgements mean: the LSCB", "Information about this inspection",
    "Apologies for absence", "Officers Present", "Declarations of Interest", "Minutes", "Public Question Time",
    "Date of Next Meeting", "Exclusion of the press and public", "That the report be noted.",
    "The special meeting had been called by the Chair.", "Jo Bloggs presented the report.",
    "Reasons: To formally notify the Committee of the progress made.", "Urgent Business There were none.",
    "Proposed by Councillor Hill that Standing Order 14(2) be suspended.", "Jo Reid will submit a written report.",
    "Purpose:",
    "Mrs Reid had resigned from the Committee and was thanked for her contribution.",
    "Background to the Focused Visit.", "She told members that this report was to provide an update on the plan.",
    "Ofsted had made six recommendations to the council. These were:",
    "Services for children are no longer judged to be inadequate.",
    # furniture15l: a copy to go round, a later meeting, an empty item, the body's training, an inspection's name,
    # a purpose line, a lead-in ending in a semicolon
    "A copy of the presentation would be circulated to members.", "The matter would be considered at a future meeting.",
    "There will be representation from the trust at the next meeting.", "The designated doctor would attend the next "
    "meeting.", "Urgent Business Minutes: There were no items notified in advance.",
    "The Panel took part in a training session.", "Ofsted Inspection of Children's Services.",
    "To understand the feedback from the inspection.", "The following points were made;",
    # furniture15m: the chair's discretion, a reply after the meeting, the course of the discussion, an item asked
    # to be added, what the body was asked to do, an update's title
    "Questions may be taken at the discretion of the Chair.", "A written reply will be sent to the councillor.",
    "The discussion then turned to the work programme.", "He asked for an item to be added to the agenda.",
    "The Board was asked to note the report.", "Update on the action plan following the visit.",
    "The meeting was webcast.",
    # furniture18: a paper promised to the meeting, a summons, a petition's procedure, a disclosure form, a web page's
    # own text and links
    "Further updates would be submitted to the Committee when appropriate.", "Members would be kept informed.",
    "A report on the delays will come to the next meeting.", "You are hereby summoned to attend a meeting.",
    "To all Members of the Council", "The petition was referred to the Director for a written response.",
    "Petition regarding the youth club", "Members confirmed their disclosure of interest forms were up to date.",
    "Any disclosures should be made orally.", "Home > Council > Meetings", "Skip to main content",
    "Please click here to view the webcast.", "The decisions can be found on the decisions page.",
    # kind42: a council's answer to a recommendation it names
    "On recommendation 3, the service had appointed two more advocates.",
    # left62: a chair from outside the council speaks as 'independent'
    "The independent chair, appointed by the Department for Education, said that progress had been steady.",
    # forty-first session: a sentence that only points to what a paper covers
    "The report to Cabinet summarised the key findings of the inspection.",
    # furniture64: a paper's parts named one after another (pipeline.paper_contents)
    "The briefing outlined the background to the inspection, the key findings and the improvement plan.",
    # furniture66: a paper said also to give an update, the chair on how the meeting runs, an empty consideration, a
    # presentation announced by what it covered, an item's purpose (pipeline.meeting_arrangements); what the meeting
    # asked to see, a member's question, an area and its grade (committee_returns, minutes_remarks, minutes_grades)
    "A progress update on the fostering recruitment campaign is also provided in this report.",
    "The Mayor advised that there would be a single debate on the two motions.",
    "Consideration was given to the context of the Board's work.",
    "The Assistant Director outlined the action plan and the proposed process for monitoring it.",
    "For the Board to be sighted on the progress made against the plan.",
    "Agreed that the performance scorecard be provided to the Committee at its next meeting.",
    "A Member asked about the recommendations in the Ofsted report.", "Leadership: Outstanding",
    "It would not be appropriate for Members to discuss the case in the meeting.",
    "The motion was moved by Councillor Amber Holt and seconded by Councillor Ravi Dean.",
    "The Council had before it a Notice of Motion standing in the names of Mr A Brook and Mrs C Dale.",
    "The Council agreed to deal with the Motion on the day.",
    "It was agreed that a copy of the action plan would be made available to the Committee.",
]


@pytest.mark.skipif(re2 is None, reason="google-re2 is not installed")
def test_long_rule_patterns_run_in_re2():
    fast = {name for name, pattern in ALL_PATTERNS if pattern._re2 is not None}
    assert {"ACTION", "CONTEXT", "PROCEDURAL"} <= fast
    assert "NOT_A_CONCERN" not in fast  # look-behind: re only


@pytest.mark.parametrize("name,pattern", ALL_PATTERNS, ids=[name for name, _ in ALL_PATTERNS])
def test_search_agrees_with_re(name, pattern):
    texts = _labelled_texts() + EDGE_TEXTS
    assert len(texts) > 1000
    expected = [_re_found(pattern)[text.lower()] for text in texts]  # pattern._compiled.search, once per text
    found = [pattern.search(text) is not None for text in texts]
    disagree = [text for text, a, b in zip(texts, expected, found) if a != b]
    assert not disagree, f"{name}: {disagree[:3]}"
    assert any(expected)  # the comparison means something: the pattern matches some of the texts


@pytest.mark.parametrize("name,pattern", ALL_PATTERNS, ids=[name for name, _ in ALL_PATTERNS])
def test_column_search_agrees_with_re(name, pattern):
    texts = _labelled_texts() + EDGE_TEXTS
    texts = texts + texts[:50]  # repeated values are searched once and spread back to their rows
    expected = np.array([_re_found(pattern)[text.lower()] for text in texts])  # re's search, as above
    found = pattern.found_in(Column(texts))
    assert found.dtype == bool and found.shape == (len(texts),)
    assert np.array_equal(found, expected), f"{name}: {[t for t, a, b in zip(texts, expected, found) if a != b][:3]}"


@pytest.mark.parametrize("name", ["CONCERN", "STRENGTH", "HEDGE"])
def test_column_counts_agree_with_findall(name):
    pattern = getattr(polarity_patterns, name)
    texts = _labelled_texts() + EDGE_TEXTS
    column = Column(texts)
    plain = [len(pattern._compiled.findall(text.lower())) for text in texts]
    blank = polarity_blanks.NOT_A_CONCERN._compiled
    blanked = [len(pattern._compiled.findall(blank.sub(" ", text.lower()))) for text in texts]
    assert pattern.count_in(column).tolist() == plain
    assert pattern.count_in(column, blank=polarity_blanks.NOT_A_CONCERN).tolist() == blanked
    assert max(plain) >= 2 and plain != blanked or name != "CONCERN"  # some texts count several, some lose one


def test_column_of_nothing():
    column = Column([])
    assert polarity_patterns.CONCERN.found_in(column).shape == (0,)
    assert polarity_patterns.CONCERN.count_in(column).dtype == np.int64


def test_look_arounds_taken_out_for_the_gate():
    from pipeline.patterns import _without_lookaround
    assert _without_lookaround(r"\bweak(?!ness)\b|(?<![a-z(])poor(?=[ )]) (?:x|y)") == r"\bweak\b|poor (?:x|y)"
    assert _without_lookaround(r"a(?=(b|\)))c[(?=]") == r"ac[(?=]"  # nested group, escaped bracket, set left as is
    assert _without_lookaround(r"a(?=b)?c") is None  # a quantified look-around: taking it out is not plainly looser
    assert _without_lookaround(r"plain (words|only)") is None


@pytest.mark.skipif(re2 is None, reason="google-re2 is not installed")
def test_gate_lets_through_every_text_the_pattern_matches():
    gated = {name: pattern for name, pattern in ALL_PATTERNS if pattern._gate is not None}
    assert {"CONCERN", "STRENGTH", "NOT_A_CONCERN"} <= set(gated)
    texts = _labelled_texts() + EDGE_TEXTS
    column = Column(texts)
    for name, pattern in gated.items():
        held_back = [low for low, encoded in zip(column.low, column.encoded)
                     if pattern._absent(encoded) and _re_found(pattern)[low]]  # re's search, as above
        assert not held_back, f"{name}: {held_back[:3]}"
    assert sum(gated["CONCERN"]._absent(encoded) for encoded in column.encoded) > len(texts) / 3  # it does gate


@pytest.mark.skipif(re2 is None, reason="google-re2 is not installed")
def test_gated_spans_are_the_spans_finditer_gives():
    # re is tried only where the gate matches: the same matches, in the same places, as re's own scan, in texts with
    # curly quotes and dashes (whose UTF-8 bytes are not one a character) and look-arounds that turn a place down
    words = "|".join(f"filler{i}" for i in range(40))  # long enough for a gate
    pattern = Folded(rf"(?<!not )\bgood\b|\bfine(?= work)|\b({words})\b")
    assert pattern._gate is not None and pattern._re2 is None
    low = "not good, “good” and fine work – not fine; good good filler7.".lower()
    spans = pattern._gated_spans(low, low.encode("utf-8"))
    assert spans == [match.span() for match in pattern._compiled.finditer(low)] and len(spans) == 5
    assert pattern._gated_spans(low, low.encode("utf-8"), most=1) == spans[:1]
    assert pattern._gated_spans("not good at all", b"not good at all") == []
    assert pattern._gated_spans(low, None) is None  # a text RE2 reads otherwise: re alone
    gated = [pattern for _, pattern in ALL_PATTERNS if pattern._gate is not None]
    column = Column(_labelled_texts() + EDGE_TEXTS)
    used = 0
    for pattern in gated:
        for low, encoded in zip(column.low, column.encoded):
            spans = pattern._gated_spans(low, encoded)
            if spans is not None:
                assert spans == _re_spans(pattern)[low], low  # re's finditer, worked out once
                used += 1
    assert used > len(column.low) * len(gated) / 2  # most texts go through the gate


@pytest.mark.skipif(re2 is None, reason="google-re2 not installed")
def test_re2_budget_grows_with_the_pattern_and_changes_no_match():
    from pipeline.patterns import RE2_MEMORY, RE2_MEMORY_PER_CHARACTER, _in_re2

    words = [f"{a}{b}{c}ing" for a in "bcdfg" for b in "aeiou" for c in "lmnrst"]  # 150 made-up words
    short, middle = "|".join(words[:40]), "|".join(f"{w}{i}" for i in range(5) for w in words)
    huge = "|".join(f"{w}{i}" for i in range(40) for w in words)
    assert _in_re2(short).options.max_mem == RE2_MEMORY[0]  # below the floor: RE2's own default
    assert RE2_MEMORY[0] < _in_re2(middle).options.max_mem == RE2_MEMORY_PER_CHARACTER * len(middle) < RE2_MEMORY[1]
    assert _in_re2(huge).options.max_mem == RE2_MEMORY[1]  # capped
    plain = re2.Options()
    plain.never_capture = True
    default = re2.compile(rf"\b(?:{huge})\b", plain)
    budgeted = _in_re2(rf"\b(?:{huge})\b", capture=False)
    texts = [" ".join(words[i::7]) + f" {words[i]}{i % 40} and more" for i in range(60)] + ["", "nothing here"]
    for text in texts:
        assert [m.span() for m in budgeted.finditer(text)] == [m.span() for m in default.finditer(text)]
