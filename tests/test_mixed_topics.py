"""Mixed sub-theme labels name the field's topics, never the findings' tone (read 52: labels29)."""

import numpy as np
import pytest

from pipeline.themes.coverage import Coverage
from pipeline.themes.mixed_topics import KINDS, TONE, WEAK_MIXED, said_by_topics, topics_over_mixed

# Theme 0: a third on housing, a third on health, the rest on nothing the field's topics name; theme 1: figures with
# no topic; theme 2: every finding about something else (the other themes' topics are particular to them).
HOUSING = "Care leavers live in suitable accommodation and few are homeless."
HEALTH = "Children's emotional health needs are met by the CAMHS team."
PLAIN = "The service responds well to what it is told by families in the area."
FIGURES = "The rate was 23% in 2015, against 15% in 2014 and 19% in 2013."
OTHER = "Social workers visit children regularly and know them well."


def _covers(tone=None):
    texts = [HOUSING] * 11 + [HEALTH] * 10 + [PLAIN] * 9 + [FIGURES] * 20 + [OTHER] * 60
    ids = np.array([0] * 30 + [1] * 20 + [2] * 60)
    return Coverage(texts, ids, tone)


def test_a_tone_label_is_said_by_the_topics_its_findings_write_about():
    labels = {0: "Mixed findings, mostly strengths", 1: "Statistics, mixed topics", 2: "Social workers"}
    out = topics_over_mixed(labels, _covers())
    assert out[0] == "Mixed findings: housing and accommodation, health and wellbeing"
    assert out[2] == "Social workers"


@pytest.mark.parametrize("label", ["Mixed findings, mostly strengths", "Mixed findings, more strengths than shortfalls",
                                   "Mixed findings, no common topic", "Mixed findings, one in ten on model",
                                   "Mixed findings: DCS", "Statistics, one in six on improvement plans and progress",
                                   "Mixed findings, mostly shortfalls, one in five on referrals"])
def test_labels_that_name_no_topic_are_weak(label):
    assert WEAK_MIXED.search(label)


@pytest.mark.parametrize("label", ["Mixed findings, some on placements", "Mixed findings: care leavers and housing",
                                   "Strengths-based practice", "Mixed findings mentioning social workers"])
def test_labels_that_name_a_topic_are_not_weak(label):
    assert not WEAK_MIXED.search(label)


def test_figures_with_no_topic_are_said_to_be_context_and_statistics():
    assert said_by_topics(_covers(), 1)[0] == KINDS[0]
    assert topics_over_mixed({0: "Social workers", 1: "Statistics, mixed topics", 2: "Visits"}, _covers())[1] == KINDS[0]
    out = topics_over_mixed({0: KINDS[0], 1: "Statistics, mixed topics", 2: "Visits"}, _covers())
    assert out[1] == f"{KINDS[0]}, further findings"


def test_a_label_another_theme_has_is_not_taken_and_a_kept_theme_stays():
    labels = {0: "Mixed findings, no common topic", 1: "Mixed findings: housing and accommodation, health and wellbeing",
              2: "Mixed findings, mostly strengths"}
    out = topics_over_mixed(labels, _covers(), keep={2})
    assert out[0] == "Mixed findings: housing and accommodation"  # the shorter listing: the full one is theme 1's
    assert out[2] == "Mixed findings, mostly strengths"


def test_judgements_of_no_topic_are_said_as_such_on_the_people_they_write_of():
    # read 52: three grab-bags of strengths ("Mixed findings, mostly strengths") a reader found on no topic
    texts = [PLAIN] * 30 + [OTHER] * 30
    covers = Coverage(texts, np.array([0] * 30 + [1] * 30))
    out = topics_over_mixed({0: "Mixed findings, mostly strengths", 1: "Visits"}, covers)
    assert out[0] == "General judgements on work with families"
    out = topics_over_mixed({0: "Mixed findings, mostly strengths", 1: "General judgements on work with families"},
                            covers)
    assert out[0] == "General judgements on services" and not TONE.search(out[0])


def test_the_report_lists_a_kind_of_text_with_the_mixed_themes():
    from pipeline.report.data import names_topic

    assert not any(names_topic(kind) for kind in [KINDS[0], KINDS[1] + " work with young people"])
