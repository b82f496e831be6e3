"""A placeholder on one subject said by the aspects of it inspectors judge that its findings write and its siblings'
seldom do (`pipeline.themes.judged_aspects`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.judged_aspects import aspects_of, judged_aspects

# findings on reviews: four on their timeliness, three on who takes part, three on neither
REVIEWS = ["Reviews are held in a timely way for most children.", "Some reviews are delayed by a month.",
           "Reviews happen within timescales.", "The timeliness of reviews has improved.",
           "Children participate in their reviews.", "Most children attend their reviews.",
           "Children's views are heard in reviews.", "Reviews look at the plan as a whole.",
           "Reviews are chaired by an independent officer.", "Reviews consider health needs."]
# a sibling sub-theme on reviewing officers, which writes neither aspect
OFFICERS = ["Reviewing officers know children well.", "Reviewing officers challenge social workers.",
            "Reviewing officers have manageable caseloads.", "Reviewing officers escalate concerns.",
            "Reviewing officers meet children.", "Reviewing officers track plans.",
            "Reviewing officers are experienced.", "Reviewing officers check progress.",
            "Reviewing officers are independent.", "Reviewing officers see plans."]


def _labels(first: str, n_else: int = 10) -> dict[int, str]:
    return {0: first, 1: "Independent reviewing officers", **{2 + i: f"Social workers {i}" for i in range(n_else)}}


def _parents(n_else: int = 10) -> dict[int, int]:
    return {0: 0, 1: 0, **{2 + i: 1 + i for i in range(n_else)}}


def test_a_placeholder_is_said_by_the_aspects_its_findings_write_most_first():
    covers = covers_of([REVIEWS, OFFICERS] + [ELSEWHERE] * 10)
    for placeholder in ("Reviews, various aspects", "Reviews, further findings"):
        said = judged_aspects(_labels(placeholder), covers, _parents())
        assert said[0] == "Reviews, including timeliness and participation"
        assert said[1] == "Independent reviewing officers"


def test_an_aspect_the_siblings_write_as_often_or_too_few_findings_write_is_not_said():
    # the sibling writes timeliness as often: only participation sets the theme apart
    timely = [text.replace("know children well", "visit in a timely way").replace("meet", "quickly meet")
              .replace("see", "promptly see").replace("are experienced", "have no delays") for text in OFFICERS]
    covers = covers_of([REVIEWS, timely] + [ELSEWHERE] * 10)
    assert judged_aspects(_labels("Reviews, various aspects"), covers, _parents())[0] == \
        "Reviews, including participation"
    # one finding in ten on either aspect: under SHARE
    few = REVIEWS[3:5] + ["Reviews are held."] * 8
    covers = covers_of([few, OFFICERS] + [ELSEWHERE] * 10)
    assert judged_aspects(_labels("Reviews, various aspects"), covers, _parents())[0] == "Reviews, various aspects"


def test_findings_not_about_the_subject_or_an_aspect_that_is_the_subject_say_nothing():
    texts = [text.replace("Reviews", "Meetings").replace("reviews", "meetings") for text in REVIEWS]
    assert aspects_of("reviews", [t.lower() for t in texts], [], [t.lower() for t in ELSEWHERE]) == []
    # "Timeliness, various aspects": timeliness is no aspect of itself
    texts = [t.lower() for t in REVIEWS]
    assert "timeliness" not in aspects_of("timeliness", [t.replace("reviews", "timeliness") for t in texts], [],
                                          [t.lower() for t in ELSEWHERE])


def test_a_label_that_is_no_one_word_placeholder_a_kept_theme_or_a_taken_label_stays():
    covers = covers_of([REVIEWS, OFFICERS] + [ELSEWHERE] * 10)
    for label in ("Reviews", "Mixed findings: reviews", "Looked after reviews, various aspects"):
        assert judged_aspects(_labels(label), covers, _parents())[0] == label
    assert judged_aspects(_labels("Reviews, various aspects"), covers, _parents(), keep={0})[0] == \
        "Reviews, various aspects"
    assert judged_aspects(_labels("Reviews, various aspects"), covers, _parents(),
                          taken={"Reviews, including timeliness and participation"})[0] == "Reviews, various aspects"


def test_further_findings_that_may_join_a_theme_of_their_subject_are_left_for_it():
    covers = covers_of([REVIEWS, OFFICERS] + [ELSEWHERE] * 10)
    labels = _labels("Reviews, further findings")
    labels[1] = "Reviews"  # one_subject may join the two themes: a label said here would keep them apart
    assert judged_aspects(labels, covers, _parents())[0] == "Reviews, further findings"
    # or say it X, under a broad theme named from X
    assert judged_aspects(_labels("Reviews, further findings"), covers, _parents(),
                          taken={"Reviews and reviewing officers"})[0] == "Reviews, further findings"
    # "X, various aspects" is never joined: said as before
    labels[0] = "Reviews, various aspects"
    assert judged_aspects(labels, covers, _parents())[0] == "Reviews, including timeliness and participation"
    # a theme labelled X under another broad theme is never joined to it: said by its aspects
    labels = _labels("Reviews, further findings")
    labels[2] = "Reviews"
    assert judged_aspects(labels, covers, _parents())[0] == "Reviews, including timeliness and participation"


def test_coming_into_care_is_an_aspect_of_decisions():
    decisions = ["Decisions for children to come into care are timely.", "Children come into care when they need to.",
                 "Decisions to bring children into care are appropriate.", "Few children enter care in an emergency.",
                 "Decisions are made by senior managers.", "Decisions are explained to families.",
                 "Decisions are clear.", "Decisions are challenged.", "Decisions about contact are careful.",
                 "Decisions are consistent."]
    covers = covers_of([decisions, OFFICERS] + [ELSEWHERE] * 10)
    assert judged_aspects(_labels("Decisions, various aspects"), covers, _parents())[0] == \
        "Decisions, including children coming into care"
