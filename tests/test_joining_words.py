"""One set of joining words (`vocabulary.JOINING`), left out of a label's own words by every pass that looks for
them in what the findings write: no pass reads as a label's subject a word another leaves out."""

import pytest

from pipeline.themes import broad_borne, broad_fair, broad_parts, written_term
from pipeline.themes.vocabulary import JOINING, fold

# a label written with every kind of joining word: connectors, determiners, "and"/"or", prepositions, relative words
LABEL = "Visits to the carers who live at home or away from it, by nurses and about their plans into adulthood"
OWN = {"visit", "carer", "live", "home", "away", "nurse", "plan", "adulthood"}

PASSES = {
    "broad_fair.content_words": broad_fair.content_words,
    "broad_borne.own_words": lambda label: broad_borne.own_words(label, []),
    "broad_parts._words": broad_parts._words,
    "written_term._own_words": written_term._own_words,
}


@pytest.mark.parametrize("name", sorted(PASSES))
def test_every_pass_leaves_out_the_joining_words_and_keeps_the_label_s_own(name):
    words = {fold(word.lower()) for word in PASSES[name](LABEL)}
    assert not words & JOINING, name
    assert words == OWN, name

