"""Label rules after blind reads 25-27 (names16q): a label of an adjective and a noun widened to the kinds of thing
the adjective qualifies when nearly all of its theme writes the adjective."""

import numpy as np

from pipeline.themes.fallback_names import widened
from pipeline.themes.naming import Coverage

VISITORS = [f"Independent visitors {w}." for w in ("support children out of area", "are matched well",
                                                   "are few", "visit monthly", "are trained")]
CHAIRS = [f"The independent chair {w}." for w in ("leads the board", "challenges partners")] + [
    "Independent chairs of two boards meet."]
ADVOCATES = [f"Independent advocates {w}." for w in ("are offered to children", "help children speak")]
FOSTERING = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
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
