"""The field's topics (pipeline/data/topic_concepts.csv) name a theme no single phrase covers."""

from __future__ import annotations

import numpy as np

from pipeline.themes.concepts import Concepts, read_concepts


def test_the_shipped_topics_are_read_with_their_terms():
    topics = dict(read_concepts())
    assert "Voice and participation of children" in topics
    assert all(terms for terms in topics.values())


def test_a_topic_worded_in_many_ways_fits_the_texts_that_use_it():
    voice = ["Children's views are recorded in their plans.", "Young people were consulted on the new offer.",
             "Their wishes and feelings are not always heard.", "Participation in reviews has increased."]
    other = ["The budget was set in March.", "Caseloads are high in two teams.", "Audits are completed monthly.",
             "Managers oversee the work.", "Court work is timely.", "The building has moved.",
             "Plans are reviewed.", "Foster carers are well supported."]
    concepts = Concepts(voice + other)
    assert concepts.fitting(np.arange(4))[0] == "Voice and participation of children"
    assert "Voice and participation of children" not in concepts.fitting(np.arange(4, 12))


def test_a_topic_every_text_uses_names_no_theme():
    # used as much everywhere as in the theme: no lift, no name
    texts = ["Families are supported well."] * 6 + ["Support for families is strong."] * 6
    concepts = Concepts(texts)
    assert "Support for families" not in concepts.fitting(np.arange(6))
    assert concepts.fitting(np.array([], dtype=int)) == []
