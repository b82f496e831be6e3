"""Work naming does once instead of again: labels drawn only as far as they are read (`InOrder`), and per-text
results kept across themes and levels (`people_runs`, `written_clause._clauses_of`, `_words_and_keys`), each the
same as working it out afresh."""

import numpy as np

from pipeline.themes import fallback_names, written_clause
from pipeline.themes.coverage import Coverage
from pipeline.themes.label_choice import InOrder
from pipeline.themes.mixed_parts import people_runs


def _counted(items):
    drawn = []

    def each():
        for item in items:
            drawn.append(item)
            yield item
    return each(), drawn


def test_in_order_draws_only_what_is_read():
    items, drawn = _counted(["Care leavers", "Adoption", "Fostering"])
    labels = InOrder(items)
    assert bool(labels) and drawn == ["Care leavers"]
    assert labels[0] == "Care leavers" and drawn == ["Care leavers"]
    assert next(text for text in labels if text != "Care leavers") == "Adoption" and len(drawn) == 2
    assert list(labels) == ["Care leavers", "Adoption", "Fostering"] and list(labels) == list(labels)


def test_in_order_of_nothing_is_false_and_has_no_first():
    labels = InOrder(iter([]))
    assert not labels and list(labels) == []
    try:
        labels[0]
    except IndexError:
        pass
    else:
        raise AssertionError("an empty InOrder gave a first item")


def test_people_runs_are_the_same_read_again():
    text = "Social workers visit young people; the service met the family."
    first = people_runs(text)
    assert first == {"social", "workers", "social workers", "young", "people", "young people", "service", "family"}
    assert people_runs(text) == first and people_runs("No one of them here.") == frozenset()


def test_kept_clauses_are_those_of_the_text():
    text = "When children come into care, care-experienced young people are visited regularly."
    assert written_clause._clauses_of(text) == written_clause.clauses_of(text)
    assert written_clause._clauses_of(text) is written_clause._clauses_of(text)


def test_words_and_keys_are_shared_by_coverages_of_the_same_texts():
    texts = ["Assessments of risk are timely.", "Assessments of need are thorough and timely."]
    first, second = Coverage(texts, np.array([0, 0])), Coverage(texts, np.array([0, 1]))
    words, keys = fallback_names._words_and_keys(first, 1, False)
    assert words == ["Assessments", "of", "need", "are", "thorough", "and", "timely"]
    assert (words, keys) == fallback_names._words_and_keys(second, 1, False)
    assert fallback_names._words_and_keys(first, 0, True)[0] == ["Assessments", "of", "risk", "are", "timely"]


def test_usual_shown_form_is_the_most_written_first_seen_of_equals():
    from collections import Counter

    assert fallback_names._usual_shown(Counter({"Assessments": 2, "assessments": 1, "ASSESSMENTS": 2})) == "assessments"
    assert fallback_names._usual_shown(Counter({"IROs": 2, "iros": 2})) == "IROs"
