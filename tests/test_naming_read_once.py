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


def _tally_afresh(covers, rows, general):
    """The tally as worked out word by word over the rows: findings using each key, and its forms in first-seen order."""
    from collections import Counter

    counts, forms = Counter(), {}
    for i in rows:
        words, keys = fallback_names._words_and_keys(covers, i, general)
        for word, key in zip(words, keys):
            if key is not None:
                forms.setdefault(key, {})
                forms[key][word] = forms[key].get(word, 0) + 1
        counts.update({key for key in keys if key is not None})
    return counts, forms


def test_word_tally_summed_from_each_finding_is_the_tally_read_word_by_word():
    texts = ["Assessments and re-assessments; assessments are timely.", "ASSESSMENTS of risk: Assessments late.",
             "Supervision is regular.", "Assessments, supervision and SUPERVISION records."]
    covers = Coverage(texts, np.array([0, 0, 1, 0]))
    for general in (False, True):
        rows = np.array([0, 1, 3])
        counts, forms = fallback_names._word_tally(covers, rows, general)
        expected_counts, expected_forms = _tally_afresh(covers, rows, general)
        assert dict(counts) == dict(expected_counts)
        assert [key for key, _ in counts.items()] == sorted(expected_counts, key=lambda k: (-expected_counts[k], k))
        for key in expected_forms:  # the same counts in the same (first-written) order
            assert list(forms[key].items()) == list(expected_forms[key].items())
    counts, forms = fallback_names._word_tally(covers, np.array([0, 1, 3]), False)
    assert counts["assessment"] == 3 and list(forms["assessment"].items()) == [("Assessments", 3), ("assessments", 1)]
    assert counts["supervision"] == 1 and list(forms["supervision"].items()) == [("supervision", 1), ("SUPERVISION", 1)]
    assert fallback_names._usual_shown(forms["assessment"]) == "assessments"
