"""sense_terms never says a label of several words by one of its own words cut out of it (issue 16: read 93 rejected
'Hours', said of 'Emergency duty teams and out of office hours', all three readers)."""

import pytest

from pipeline.themes.sense_terms import _cut_from


@pytest.mark.parametrize("option, label", [
    ("Hours", "Emergency duty teams and out of office hours"),
    ("Family", "Family group conferences"),
    ("Placements", "Long-term placements"),
])
def test_one_word_of_the_label_is_a_cut(option, label):
    assert _cut_from(option, label)


@pytest.mark.parametrize("option, label", [
    ("Out of hours services", "Emergency duty teams and out of office hours"),  # several words
    ("Adoption", "Family group conferences"),  # a word the label does not hold
    ("Panels", "Panels"),  # the label is one word itself
    ("Core, sibling and other groups", "Groups, including core groups"),
])
def test_other_wordings_are_no_cut(option, label):
    assert not _cut_from(option, label)
