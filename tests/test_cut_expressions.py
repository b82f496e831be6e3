"""A fixed expression joined by "and" is one label part: a label cut to one of its words is written with the rest
(`pipeline.themes.cut_parts`, labels57)."""

from pipeline.themes.cut_parts import CUT_FINDINGS, whole_label, whole_parts, words_after, words_before

# "stay and play sessions" written whole in nearly every use of "stay"
EXPRESSION = (["Parents bring toddlers to stay and play sessions at the centre."] * 3
              + ["The stay and play sessions are well attended by fathers."] * 3
              + ["Health visitors join stay and play sessions each week.", "A stay is short."])
# "carers" joined by "and" to a different word each time: a listing, not one expression
LISTED = ["Carers and nurses met.", "Carers and teachers met.", "Carers and grandparents met.",
          "Carers and volunteers met.", "Carers and cousins met.", "Carers and doctors met."]
# "foster" written before "carers" every time, never in an expression joined by "and"
COMPOUND = ["Foster carers receive training."] * 6


def test_a_lone_word_cut_from_an_expression_is_written_whole():
    assert words_after(["stay"], EXPRESSION) == ["and", "play", "sessions"]
    assert whole_label("Stay", EXPRESSION) == "Stay and play sessions"
    # the expression's second word alone is put back after the first
    assert words_before(["play"], EXPRESSION) == ["stay", "and"]
    assert whole_label("Play sessions", EXPRESSION) == "Stay and play sessions"


def test_an_expression_inside_a_listing_is_one_part():
    assert whole_label("Stay, toys and outings", EXPRESSION) == "Stay and play sessions, toys and outings"


def test_a_label_that_writes_the_expression_is_left():
    assert whole_label("Stay and play sessions", EXPRESSION) == "Stay and play sessions"
    assert whole_label("Stay and play", EXPRESSION + ["Stay and play is free."]) == "Stay and play"


def test_a_word_listed_with_others_or_in_a_compound_is_left():
    assert words_after(["carers"], LISTED) == []
    assert whole_label("Carers", LISTED) == "Carers"
    # a lone word takes only an expression joined by "and"; other tails need a part of two words
    assert words_after(["foster"], COMPOUND) == []
    assert whole_label("Foster", COMPOUND) == "Foster"


def test_too_few_findings_leave_the_word():
    texts = EXPRESSION[:CUT_FINDINGS - 1]
    assert whole_label("Stay", texts) == "Stay"


def test_a_label_made_whole_that_another_theme_has_is_left():
    said = whole_parts({0: "Stay"}, lambda t: EXPRESSION, others={"Stay and play sessions"})
    assert said == {0: "Stay"}
