"""Label rules after blind reads 25-27 (names16q): a label of an adjective and a noun widened to the kinds of thing
the adjective qualifies when nearly all of its theme writes the adjective."""

import numpy as np

from pipeline.themes.fallback_names import widened
from pipeline.themes.coverage import Coverage

VISITORS = [f"Independent visitors {w}." for w in ("support children out of area", "are matched well",
                                                   "are few", "visit monthly", "are trained")]
CHAIRS = [f"The independent chair {w}." for w in ("leads the board", "challenges partners")] + [
    "Independent chairs of two boards meet."]
ADVOCATES = [f"Independent advocates {w}." for w in ("are offered to children", "help children speak")]
FOSTERING = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "matched",
                                                 "valued", "supported", "reviewed", "assessed", "approved")]


def _covers(texts, sizes):
    return Coverage(texts, np.repeat(np.arange(len(sizes)), sizes))


def test_an_adjective_nearly_all_of_a_theme_writes_widens_its_label_to_the_kinds_it_qualifies():
    covers = _covers(VISITORS + CHAIRS + ADVOCATES + FOSTERING, [10, 10])
    # "independent" in all ten, "independent visitor" in five: the theme is about independent roles, chairs too
    assert widened(covers, 0, "Independent visitor") == "Independent visitors, chairs and advocates"


def test_an_adjective_most_but_not_nearly_all_of_a_theme_writes_leaves_the_label():
    # "independent" in seven of ten (under DESCRIBED_SHARE): the label of its largest part stays
    texts = VISITORS + CHAIRS[:1] + ADVOCATES[:1] + ["Children are visited.", "Visits are recorded.",
                                                     "Visits happen monthly."]
    assert widened(_covers(texts + FOSTERING, [10, 10]), 0, "Independent visitor") == "Independent visitor"


COURT = [("Mixed findings, some on timeliness and delay", 290), ("Court work and care proceedings", 276),
         ("Public law outline", 157), ("Cafcass", 107)]


def test_a_broad_label_from_sub_themes_names_its_largest_mixed_one_before_kinds_of_a_larger_part():
    from pipeline.themes.broad_names import broad_from_children

    # its own label leaves out its largest sub-theme (a third of it): written from its sub-themes, the largest's
    # subject taking the place of "public law outline" and "Cafcass", terms of the court work topic
    assert broad_from_children("Care proceedings and public law outline", COURT) == "Court work, timeliness and delay"
    # the largest under a third: its sub-themes' topics as before
    smaller = [("Mixed findings, some on timeliness and delay", 150)] + COURT[1:]
    assert broad_from_children("Care proceedings and public law outline", smaller) \
        == "Court work, public law outline and cafcass"  # cased later (`cased_as_written`)
    # a largest sub-theme with no subject adds nothing
    nothing = [("Mixed findings, no common topic", 290)] + COURT[1:]
    assert broad_from_children("Mixed findings, no common topic", nothing) \
        == "Court work, public law outline and cafcass"  # cased later (`cased_as_written`)


def test_term_of_topic_reads_the_field_topics_terms():
    from pipeline.themes.broad_names import term_of_topic

    assert term_of_topic("Public law outline", "Court work and care proceedings")
    assert term_of_topic("Cafcass", "Court work and care proceedings")
    assert not term_of_topic("Timeliness and delay", "Court work and care proceedings")
    assert not term_of_topic("Cafcass", "Foster carers")  # no field topic of that name


CENTRED = ([f"Practice is child-centred {w}." for w in ("in plans", "in reviews that seek children's views",
                                                      "in visits", "in assessments")]
           + [f"Children's views are {w}." for w in ("sought before reviews", "heard at reviews")]
           + [f"Managers {w}." for w in ("meet weekly", "track cases", "sign off plans", "read reports")])


def test_a_mixed_sub_theme_most_of_which_writes_about_two_field_topics_is_named_by_both():
    from pipeline.themes.topic_renames import two_topics

    covers = _covers(CENTRED + FOSTERING, [10, 10])
    named = {0: "Mixed findings, some on child-centred practice", 1: "Foster carers"}
    out = two_topics(named, covers, set())
    # child-centred practice in four of ten, the child's voice in two more: six of ten on the two
    assert out[0] == "Child-centred practice, voice and participation of children"
    assert out[1] == "Foster carers"  # a label of its own topic stays
    # the two cover under half (child-centred in four, nothing else): the theme stays mixed
    fewer = CENTRED[:4] + [f"Managers {w}." for w in ("share offices", "plan budgets")] + CENTRED[6:]
    assert two_topics(named, _covers(fewer + FOSTERING, [10, 10]), set())[0] == named[0]
    # the larger topic is another theme's label: that theme's name with a part would say it twice
    assert two_topics(named, covers, {"child-centred practice"})[0] == named[0]


def test_two_field_topics_no_finding_writes_together_do_not_name_a_mixed_sub_theme():
    from pipeline.themes.topic_renames import two_topics

    named = {0: "Mixed findings, some on child-centred practice", 1: "Foster carers"}
    # as above, but no finding of the run is both child-centred and on children's views: two subjects, not one pair
    apart = [t.replace(" that seek children's views", "") for t in CENTRED]
    assert two_topics(named, _covers(apart + FOSTERING, [10, 10]), set())[0] == named[0]
    # the second topic another theme's label: that theme's topic is not this one's part
    assert two_topics(named, _covers(CENTRED + FOSTERING, [10, 10]),
                       {"voice and participation of children"})[0] == named[0]
    # near miss: one finding writes both, as often as chance allows: the pair names it
    assert two_topics(named, _covers(CENTRED + FOSTERING, [10, 10]), set())[0] == \
        "Child-centred practice, voice and participation of children"


LIVING = ([f"Children live with {w}." for w in ("relatives nearby", "foster carers close to school", "their parents",
                                                "friends of the family")]
          + [f"Children living in {w}." for w in ("stable homes do well", "the area keep their schools")]
          + ["Two children live in residential children's homes.", "Residential children's homes are used rarely.",
             "A few attend special schools.", "Managers share offices."])


def test_a_label_of_phrases_few_of_its_theme_use_gives_way_to_the_field_topic_most_of_it_writes_about():
    from pipeline.themes.topic_renames import topic_over_parts

    covers = _covers(LIVING + FOSTERING, [10, 10])
    named = {0: "Residential children's homes and special schools", 1: "Foster carers"}
    # its phrases in three of ten, "where children live" in eight: named by the topic
    assert topic_over_parts(named, covers, set()) == {0: "Where children live", 1: "Foster carers"}
    # the topic another theme's label: further findings on it
    assert topic_over_parts(named, covers, {"where children live"})[0] == "Where children live, further findings"
    # a label that holds a term of the topic ("living in") is a kind of it: it stays when the topic is taken
    kind = {0: "Living in residential homes", 1: "Foster carers"}
    assert topic_over_parts(kind, covers, {"where children live"})[0] == "Living in residential homes"
    # a label most of it uses stays
    assert topic_over_parts({0: "Children live", 1: "Foster carers"}, covers, set())[0] == "Children live"
