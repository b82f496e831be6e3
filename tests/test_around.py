"""A phrase's uses with the word before and after: the scan that starts only near the phrase finds exactly what the
pattern's own scan of the whole text finds."""

import random
import re

from pipeline.themes.around import WORD_CHARACTERS, around, uses_around


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_the_word_before_and_after_a_phrase_are_found():
    text = "The quality assurance framework is new; a quality  assurance framework (QAF) and care-quality assurance."
    found = uses_around("quality assurance", text)
    assert [(m.group(1), m.group(3)) for m in found] == [("The", "framework"), ("a", "framework"), ("care-", None)]


def test_starting_near_the_phrase_finds_what_scanning_every_position_finds():
    pieces = ["care", "plan", "plans", "Care", "CARE", "care-", "and", " ", "  ", "\n", "-", "'", "’", "x", "ſ",
              "İ", ",", ".", "(", "1"]
    phrases = ["care plan", "care", "plans", "care care", "e", " "]
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(0, 20)))
        for phrase in phrases:
            assert _spans(uses_around(phrase, text)) == _spans(around(phrase).finditer(text)), (phrase, text)


def test_every_character_of_the_patterns_words_is_walked_over():
    word = re.compile(r"[A-Za-z'’-]", re.IGNORECASE)
    assert all(chr(c) in WORD_CHARACTERS for c in range(0x2200) if word.fullmatch(chr(c)))
