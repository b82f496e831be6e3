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
    texts = ["Families are supported well."] * 6 + ["Parents and families are seen."] * 6
    concepts = Concepts(texts)
    assert "Work with families" not in concepts.fitting(np.arange(6))
    assert concepts.fitting(np.array([], dtype=int)) == []



def test_a_topic_names_the_mixed_theme_that_uses_its_words_most():
    from pipeline.themes.naming import name_themes

    voice = ["Children's views are recorded in plans.", "Young people were consulted about the offer.",
             "Their wishes and feelings are heard by staff.", "Participation in reviews has grown.",
             "Children's views shape the service.", "Young people were consulted on placements."]
    some_voice = ["Budgets were consulted on.", "The garden was heard of.", "A window was repaired.",
                  "Ladders were counted.", "Kettles were bought.", "The carpet was cleaned."]
    other = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "valued", "kind")]
    labels = name_themes(voice + some_voice + other, np.repeat([0, 1, 2], 6))["label"]
    assert labels[0] == "Voice and participation of children"
    assert labels[1] != "Voice and participation of children"
