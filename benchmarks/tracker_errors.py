"""The tracker's wrong next-inspection statuses on the tuning recommendations, with what decided each (issue #18).

    python benchmarks/tracker_errors.py RUN_DIR [--fresh FRESH_RUN] [--more MORE_RUN]

RUN_DIR, FRESH_RUN, MORE_RUN as for benchmarks/tracker_quality.py (a run of the bundled corpus, of
benchmarks/fresh_pairs.py's corpus, of its corpus with --labels tests/data/tracker_next_more.csv). Tuning halves
only (Walsall and, since the fifteenth tracker round, West Sussex and Wirral; the fresh tuning authorities, the second
set's tune five): the fresh sets' held-out halves are never read here.
For each recommendation whose status differs from its label it prints the label and the status, the findings the
status rule weighed (score, polarity, the recommendation's matter words each uses: a line sharing none, or only a
general one, is off the matter) and the labelled evidence sentences, each marked "weighed" or "not weighed"; then
how many wrong statuses each cause explains (`cause`: the matcher - evidence where the report names nothing, no or
part of the labelled evidence weighed, off-matter lines tipping a status the labelled lines alone would give -, the
polarity of the labelled evidence, or the decision rule over both sides) and each label's agreement.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pipeline.tracker.matter import matched_text, matter_words  # noqa: E402
from pipeline.tracker.next_inspection import status_from  # noqa: E402
from pipeline.tracker.params import TrackerParams  # noqa: E402
from pipeline.tracker.words import content_words  # noqa: E402


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(text).lower().replace("’", "'")))


def status_errors(scores: pd.DataFrame, table: pd.DataFrame, params: TrackerParams = TrackerParams()) -> list[dict]:
    """scores: one row per labelled recommendation (rec_id, status, predicted, status_ok, recommendation, evidence:
    the labelled sentences, " | " separated); table: the tracker's output (TRACKER_COLUMNS) -> one dict per wrong
    status: rec_id, recommendation, label, predicted, weighed (list of (similarity, polarity, shared matter words,
    quote)), evidence (list of (weighed?, sentence)). A labelled sentence counts as weighed when the start of one
    text holds the other's opening words (PDF text and labels break lines differently)."""
    rows = table[(table["part"] == "next_inspection") & (table["rank"] > 0)]
    errors = []
    for row in scores[~scores["status_ok"]].itertuples(index=False):
        matter = content_words(matter_words(matched_text(row.recommendation, params)))
        mine = rows[rows["rec_id"] == row.rec_id]
        weighed = [(float(s), str(p), sorted(content_words(str(q)) & matter), " ".join(str(q).split()))
                   for s, p, q in zip(mine["similarity"], mine["polarity"], mine["quote"])]
        quotes = [_key(q) for q in mine["quote"]]
        evidence = []
        for sentence in (s for s in str(row.evidence).split(" | ") if s.strip()):
            key = _key(sentence)
            hit = any(key[:40] in q or q[:40] in key for q in quotes if q)
            evidence.append((hit, " ".join(sentence.split())))
        errors.append({"rec_id": row.rec_id, "recommendation": row.recommendation, "label": row.status,
                       "predicted": row.predicted, "weighed": weighed, "evidence": evidence})
    return errors


CAUSES = ("matcher: evidence for a matter the next report does not name",
          "matcher: none of the labelled evidence weighed",
          "matcher: off-matter lines tip it (the labelled lines alone give the label)",
          "matcher: part of the labelled evidence not weighed",
          "polarity: labelled evidence read on the other side",
          "decision rule: both sides weighed, status one-sided")


def cause(error: dict, params: TrackerParams = TrackerParams()) -> str:
    """What made one wrong status (a status_errors dict), checked in this order: a "not mentioned" matter given
    evidence; no labelled sentence among the weighed lines; the weighed labelled lines alone (their polarities and
    scores, status_from) giving the label, so off-matter lines tipped it; a labelled sentence left unweighed; a
    "mixed" matter whose weighed labelled lines hold both polarities (the share rule); else the polarity the
    labelled lines were read with."""
    if error["label"] == "not mentioned":
        return CAUSES[0]
    keys = [_key(sentence) for _, sentence in error["evidence"]]
    labelled = [(similarity, polarity) for similarity, polarity, _, quote in error["weighed"]
                if any(k and (k[:40] in _key(quote) or _key(quote)[:40] in k) for k in keys)]
    if not labelled:
        return CAUSES[1]
    if status_from([p for _, p in labelled], [s for s, _ in labelled], params) == error["label"]:
        return CAUSES[2]
    if not all(hit for hit, _ in error["evidence"]):
        return CAUSES[3]
    if error["label"] == "mixed" and {"strength", "concern"} <= {p for _, p in labelled}:
        return CAUSES[5]
    return CAUSES[4]


def format_errors(name: str, errors: list[dict]) -> str:
    lines = []
    for e in errors:
        lines.append(f"[{name}] {e['rec_id']}  label: {e['label']}  tracker: {e['predicted']}")
        lines.append(f"  recommendation: {' '.join(str(e['recommendation']).split())[:300]}")
        for similarity, polarity, shared, quote in e["weighed"]:
            lines.append(f"  weighed {similarity:.3f} {polarity:8s} {shared} | {quote[:200]}")
        for hit, sentence in e["evidence"]:
            lines.append(f"  labelled ({'weighed' if hit else 'not weighed'}) | {sentence[:200]}")
    return "\n".join(lines)


def _bundled_scores(run_dir: Path, params: TrackerParams, cache: dict, half: str = "tuning"
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores of one half of tests/data/tracker_links.csv: "tuning" (Walsall) or "held_out" (West Sussex, Wirral;
    tuning since the fifteenth tracker round)."""
    import tracker_quality as tq

    labels = tq.load_labels()
    tuning = labels[labels["half"] == half]
    table, recs, findings = tq.run_tracker(run_dir, params, cache)
    rec_of = tq.match_recs(tuning, recs)
    scores = tq.score(tuning, table, rec_of, findings)
    text_of = dict(zip(recs["rec_id"], recs["text"]))
    evidence = {rec_of[k]: " | ".join(g.loc[g["role"] == "next", "finding_text"].loc[lambda s: s != ""])
                for k, g in tuning.groupby(["report_file", "recommendation"], sort=False)}
    return scores.assign(recommendation=scores["rec_id"].map(text_of), evidence=scores["rec_id"].map(evidence)), table


def _fresh_scores(run_dir: Path, path: Path, half: str, params: TrackerParams, cache: dict
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    import tracker_quality as tq

    labels = tq.load_fresh(path)
    part = labels[labels["half"] == half]
    table, recs, _ = tq.run_tracker(run_dir, params, cache)
    scores = tq.score_fresh(part, table, tq.match_fresh(part, recs))
    return scores.assign(recommendation=list(part["recommendation"]), evidence=list(part["evidence"])), table


def main() -> None:
    import tracker_quality as tq

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--fresh", type=Path, help="a run of the fresh pairs' reports (benchmarks/fresh_pairs.py)")
    parser.add_argument("--more", type=Path, help="a run of the second set's reports (fresh_pairs.py --labels MORE)")
    args = parser.parse_args()
    params = TrackerParams()
    cache: dict = {}
    sets = [("walsall", *_bundled_scores(args.run_dir, params, cache)),
            ("west sussex, wirral", *_bundled_scores(args.run_dir, params, cache, "held_out"))]
    if args.fresh:
        sets.append(("fresh tuning", *_fresh_scores(args.fresh, tq.FRESH, "tuning", params, {})))
    if args.more:
        sets.append(("second set tune", *_fresh_scores(args.more, tq.MORE, "tune", params, {})))
    causes, labels = {c: 0 for c in CAUSES}, {}
    for name, scores, table in sets:
        errors = status_errors(scores, table, params)
        print(f"{name}: {int(scores['status_ok'].sum())} of {len(scores)} statuses agree; {len(errors)} wrong")
        if errors:
            print(format_errors(name, errors))
        for error in errors:
            causes[cause(error, params)] += 1
        for label, ok in zip(scores["status"], scores["status_ok"]):
            right, total = labels.get(label, (0, 0))
            labels[label] = (right + bool(ok), total + 1)
    print("wrong statuses by cause:")
    for name, count in causes.items():
        print(f"  {count:3d}  {name}")
    print("agreement by label:", {label: f"{right} of {total}" for label, (right, total) in sorted(labels.items())})


if __name__ == "__main__":
    main()
