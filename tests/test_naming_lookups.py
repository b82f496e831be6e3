"""Naming's kept and shared look-ups give what working them out afresh gives: a column of the phrase tally from its
column-major copy (`PhraseTally.counts_of`), what coverages of the same texts share, each text's folded words, the
kept `WordRows` of `term_uses`, the findings `_written_side_by_side` reads from the stem index."""

import re
from collections import Counter

import numpy as np

from pipeline.themes import bare_words
from pipeline.themes.coverage import Coverage
from pipeline.themes.fallback_names import needs_object
from pipeline.themes.field import term_pattern, term_uses
from pipeline.themes.naming import PhraseTally
from pipeline.themes.phrases import phrases_of
from pipeline.themes.vocabulary import fold, folded_words, straight
from pipeline.themes.written_phrase import _written_side_by_side


def test_coverage_of_is_the_share_of_the_theme_that_holds_the_words():
    texts = ["Care leavers have pathway plans.", "Pathway plans are late.", "Foster carers are trained.",
             "Care leavers lack pathway plans.", "Carers of foster children."]
    covers = Coverage(texts, np.array([0, 0, 1, 1, 1]))
    assert covers.of(0, "pathway plans").tolist() == [True, True]
    assert covers.of(1, "pathway plans").tolist() == [False, True, False]
    assert covers.of(1, "foster carers").tolist() == [True, False, True]
    assert covers.of(1, "adoption").tolist() == [False, False, False]


def test_counts_of_is_the_column_of_the_tally():
    texts = ["Care leavers have pathway plans.", "Pathway plans are late.", "Foster carers are trained.",
             "Care leavers lack pathway plans.", "Foster carers and care leavers."]
    themes = np.array([4, 4, 9, 9, 2])
    tally = PhraseTally(themes, [phrases_of(t) for t in texts])
    for j, key in enumerate(tally.names):
        assert np.array_equal(tally.counts_of(str(key)), tally.matrix[:, j].toarray().ravel())
    assert tally.counts_of("zzz not a phrase") is None and tally.counts_of("") is None
    assert PhraseTally(np.array([1]), [[]]).counts_of("care") is None


def test_coverages_of_the_same_texts_share_what_their_stems_give():
    texts = ["Care leavers have pathway plans.", "Pathway plans are late.", "Foster carers are trained.",
             "Care leavers lack pathway plans.", "Carers of foster children."]
    first = Coverage(texts, np.array([0, 0, 1, 1, 1]))
    first_rows = first.using("pathway plans").tolist()
    first_everywhere = first.everywhere_stems()
    second = Coverage(list(texts), np.array([1, 0, 0, 0, 1]))
    assert second.using("pathway plans").tolist() == first_rows == [0, 1, 3]
    assert second.everywhere_stems() == first_everywhere
    assert second.of(0, "pathway plans").tolist() == [True, False, True]
    other = Coverage(texts[:3] + ["Adoption is timely.", "Pathway plans"], np.array([0, 0, 1, 1, 1]))
    assert other.using("pathway plans").tolist() == [0, 1, 4]
    assert other.everywhere_stems() != first_everywhere
    assert Coverage(texts, np.array([0, 0, 1, 1, 1])).using("pathway plans").tolist() == first_rows


def test_folded_words_are_the_texts_words_folded_and_kept_for_the_next_ask():
    text = "The Agencies’ responses to referrals; “Response” times vary. Responses from CAMHS."
    words, folds, held = folded_words(text)
    assert list(words) == re.findall(r"[a-z][a-z'’-]*", straight(text).lower())
    assert list(folds) == [fold(w) for w in words] and held == set(folds)
    assert folded_words(text) is folded_words(text)
    assert folds.count("response") == 3 and "referral" in held and "referrals" in words


def test_lone_word_uses_read_every_form_of_the_word():
    texts = ["Responses to referrals are timely.", "The response from partners is slow.", "No response.",
             "Access to advice is poor.", "Access to legal advice varies."]
    assert bare_words._uses(texts, "Response") == [("", "to"), ("the", "from"), ("no", "")]
    assert needs_object(texts, "responses") and needs_object(texts, "access")
    assert not needs_object(texts[2:3], "response") and not needs_object(texts, "caseloads")


def test_kept_word_rows_give_the_uses_read_afresh():
    texts = [f"Finding {i} on {'caseloads' if i % 3 else 'allocation of work'} and supervision." for i in range(1200)]
    patterns = [term_pattern(("caseload",)), term_pattern(("allocat*",)), term_pattern(("supervision",))]
    first = term_uses(texts, patterns)
    assert first[:, 2].all() and first[:, 0].sum() == 800 and first[:, 1].sum() == 400
    assert np.array_equal(term_uses(texts, patterns), first)  # the kept WordRows
    changed = texts[:-1] + ["Allocation is slow."]
    again = term_uses(changed, patterns)
    assert again[-1].tolist() == [False, True, False] and np.array_equal(again[:-1], first[:-1])


def test_written_side_by_side_reads_the_findings_that_hold_the_words():
    texts = ["Children are privately fostered here.", "Private fostering arrangements are checked.",
             "Fostering is private to the family.", "Foster carers.", "Privately, fostering plans are late."]
    covers = Coverage(texts, np.zeros(len(texts), dtype=int))
    rows, counts = _written_side_by_side(covers, "private fostering")
    assert rows == {0, 1, 4} and all(isinstance(i, int) for i in rows)
    assert counts == Counter({"privately fostered": 1, "private fostering": 1, "privately fostering": 1})


def test_coverages_of_the_same_texts_share_their_lower_cased_texts_digits_and_written_shares():
    texts = ["Care leavers’ pathway plans.", "8 plans are late.", "Foster carers are trained."]
    first = Coverage(texts, np.array([0, 0, 1]))
    second = Coverage(list(texts), np.array([1, 1, 0]))
    assert second.numbers.tolist() == [False, True, False] and second.numbers is first.numbers
    assert first.lower(0) == "care leavers' pathway plans." and second.lower(0) == first.lower(0)
    first.everywhere["pathway plans"] = 0.5
    assert second.everywhere == {"pathway plans": 0.5}
    other = Coverage(texts[:2] + ["Adoption."], np.array([0, 0, 1]))
    assert other.everywhere == {} and other.lower(2) == "adoption." and other.numbers is not first.numbers
