"""Label rules after blind read 64 (TUNING run of 50 Ofsted reports): a mixed theme's part is said by a field topic,
not by one general word, when more of the theme writes about the topic than uses the word ("Mixed findings, some on
analysis" was judged wrong over findings mostly on data sets and reports)."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.word_or_topic import lone_word_part, topic_share, topics_before_words

FILLER = [f"The {thing} was {state}." for thing in ("garden", "window", "ladder", "kettle", "carpet", "roof")
          for state in ("painted", "repaired", "counted", "moved", "cleaned", "checked")]

WORD = "Mixed findings, some on audits"
TOPIC = "Mixed findings, some on timeliness and delay"
PLAIN = "Mixed findings, no common topic"


def _covers(theme: list[str]) -> Coverage:
    """Coverage of one theme (id 0) followed by six themes of filler."""
    texts = theme + FILLER
    ids = np.concatenate([np.zeros(len(theme), dtype=int), np.repeat(np.arange(1, 7), 6)])
    return Coverage(texts, ids)


def _theme(delays: int, audits: int, named: bool = True) -> list[str]:
    """Ten findings: `delays` of them on delay (named: in the words of the topic's label, else in other words of
    it), `audits` on audits, the rest on nothing."""
    said = ("delay", "timeliness") if named else ("drift", "waiting")
    late = [f"There was {w} in the {s}." for w, s in zip(said * 3, ("plans", "visits", "reviews", "court work",
                                                                    "meetings", "panels"))]
    audit = [f"Audits of {s} were done." for s in ("files", "cases", "plans", "records", "visits", "notes")]
    other = [f"The {w} was {s}." for w, s in (("lamp", "new"), ("desk", "old"), ("van", "red"), ("rug", "thin"),
                                              ("bell", "loud"), ("door", "shut"), ("cup", "full"), ("pen", "lost"))]
    return late[:delays] + audit[:audits] + other[:10 - delays - audits]


def test_a_topic_more_of_a_mixed_theme_writes_about_is_said_before_a_lone_word():
    covers = _covers(_theme(delays=5, audits=3))
    assert topic_share(covers, 0, TOPIC) == 0.5 and lone_word_part(WORD) == "audits"
    assert topics_before_words(covers, 0, [WORD, TOPIC, PLAIN], [TOPIC]) == [TOPIC, WORD, PLAIN]
    assert topics_before_words(covers, 0, [WORD, WORD, TOPIC], [TOPIC]) == [TOPIC, WORD]  # said once, after it


def test_a_lone_word_more_of_it_uses_keeps_its_place():
    covers = _covers(_theme(delays=3, audits=5))
    assert topics_before_words(covers, 0, [WORD, TOPIC, PLAIN], [TOPIC]) == [WORD, TOPIC, PLAIN]


def test_a_phrase_part_is_never_moved():
    phrase = "Mixed findings, some on case audits"
    covers = _covers(_theme(delays=5, audits=3))
    assert lone_word_part(phrase) is None
    assert topics_before_words(covers, 0, [phrase, TOPIC], [TOPIC]) == [phrase, TOPIC]


def test_a_topic_its_findings_reach_in_other_words_than_its_name_is_no_wider():
    # half of it writes about delay as "drift" or "waiting": a reader of "some on timeliness and delay" finds neither
    covers = _covers(_theme(delays=5, audits=3, named=False))
    assert topic_share(covers, 0, TOPIC) == 0.0
    assert topics_before_words(covers, 0, [WORD, TOPIC, PLAIN], [TOPIC]) == [WORD, TOPIC, PLAIN]
