"""A two-part broad listing one of whose parts few findings write or mean, said by the other
(`pipeline.themes.broad_meant`)."""

import numpy as np

from pipeline.themes.broad_meant import FAIR, MEANT, meant_said, meant_shares
from pipeline.themes.coverage import Coverage

LEAVERS, ROOMS, PANEL = np.array([1.0, 0, 0]), np.array([0, 1.0, 0]), np.array([0.3, 0, 0.95])
NO_TOPICS = ([], np.zeros((0, 3)))


def _run(theme_rows):
    """A run: broad theme 0 of `theme_rows` ((text, vector) pairs), broad theme 1 of ten findings on where young
    people live, so that "accommodation" has a centre in meaning (ten findings of the run write it)."""
    elsewhere = [("Young people who left care live in suitable accommodation.", ROOMS)] * 10
    rows = theme_rows + elsewhere
    covers = Coverage([text for text, _ in rows], np.array([0] * len(theme_rows) + [1] * len(elsewhere)))
    vectors = np.array([vector / np.linalg.norm(vector) for _, vector in rows], dtype=np.float32)
    return covers, vectors


def _theme(said_otherwise: int):
    """Twenty findings: fifteen on care leavers, one writing accommodation, `said_otherwise` meaning it in other
    words (a place to stay), the rest on a panel."""
    return ([("Care leavers are helped to find work and manage money.", LEAVERS)] * 15
            + [("Care leavers live in suitable accommodation.", ROOMS)]
            + [("Young people have a safe place to stay.", ROOMS)] * said_otherwise
            + [("The panel met every month to agree plans.", PANEL)] * (4 - said_otherwise))


def test_a_part_few_findings_write_or_mean_is_left_out():
    covers, vectors = _run(_theme(0))
    shares = meant_shares(["Care leavers", "accommodation"], covers, 0, vectors, NO_TOPICS)
    assert shares == [19 / 20, 1 / 20] and shares[1] < MEANT
    assert meant_said("Care leavers and accommodation", covers, 0, vectors, NO_TOPICS) == "Care leavers"
    # the kept part's wording not to be given: the field topic that says it whole, most of its findings writing it
    assert meant_said("Care leavers and accommodation", covers, 0, vectors, NO_TOPICS,
                      avoid=lambda said: said == "Care leavers") == "Support for care leavers"
    # nothing free: as it is
    assert meant_said("Care leavers and accommodation", covers, 0, vectors, NO_TOPICS,
                      avoid=lambda said: True) == "Care leavers and accommodation"


def test_a_part_said_in_other_words_stays():
    # one finding in twenty writes accommodation, four more mean it: a reader of ten meets it
    covers, vectors = _run(_theme(4))
    assert float(covers.of(0, "accommodation").mean()) < FAIR
    assert meant_shares(["Care leavers", "accommodation"], covers, 0, vectors, NO_TOPICS)[1] >= MEANT
    assert meant_said("Care leavers and accommodation", covers, 0, vectors, NO_TOPICS) == \
        "Care leavers and accommodation"


def test_other_forms_stay():
    covers, vectors = _run(_theme(0))
    for label in ("Care leavers, panels and accommodation",  # three parts: weighed by their sub-themes
                  "Care leavers and panels and accommodation",  # a part holding "and"
                  "Care leavers", "Mixed findings, one in ten on accommodation"):
        assert meant_said(label, covers, 0, vectors, NO_TOPICS) == label
