"""The response settings of the seventeenth tracker round (tracker28), chosen on the bundled response labels, all
tuning since the fifteenth round (tracker26): benchmarks/tracker_quality.py RUN_DIR --calibrate-responses calls
calibrate_responses with a function that scores a setting on the labels' two halves."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Callable

from pipeline.tracker import TrackerParams

# The grid: the theme's threshold (9: off), the words a recommendation's core must keep, the floor of a list line
# between two linked lines (9: off); the strictest first (core_min_words: the value shipped before tracker28), so a
# tie goes to the setting that links least.
THEMED = (9.0, 0.70, 0.65, 0.60)
CORE_WORDS = (3, 4, 5)
BETWEEN = (9.0, 0.65, 0.55, 0.45, 0.35)


def calibrate_responses(measured: Callable[[TrackerParams], dict[str, dict[str, float]]],
                        shipped: TrackerParams = TrackerParams()) -> TrackerParams:
    """response_theme_threshold, core_min_words and response_between chosen by `measured` (a setting -> {"tuning":
    Walsall's figures, "held_out": West Sussex + Wirral's}, each with "precision" and "recall" of the top 3): the best
    West Sussex + Wirral F1 among the settings that keep precision at 0.80 or more on both halves and Walsall's recall
    at the `shipped` setting's or more; the other settings as `shipped`; ties to the first in grid order."""
    base = measured(shipped)["tuning"]["recall"]
    best, best_f = shipped, -1.0
    for themed, words, between in itertools.product(THEMED, CORE_WORDS, BETWEEN):
        params = replace(shipped, response_theme_threshold=themed, core_min_words=words, response_between=between)
        f = measured(params)
        walsall, other = f["tuning"], f["held_out"]
        f1 = 2 * other["precision"] * other["recall"] / (other["precision"] + other["recall"] or 1)
        allowed = min(walsall["precision"], other["precision"]) >= 0.80 and walsall["recall"] >= base
        print(f"  responses themed={themed} core_min_words={words} between={between}: Walsall "
              f"{walsall['precision']:.2f} / {walsall['recall']:.2f}, West Sussex + Wirral {other['precision']:.2f} / "
              f"{other['recall']:.2f} F1={f1:.3f}{'' if allowed else ' (not allowed)'}", flush=True)
        if allowed and f1 > best_f:
            best, best_f = params, f1
    return best
