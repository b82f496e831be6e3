"""What letting a council line answer its second closest recommendation too (TrackerParams.response_second,
pipeline.tracker.second) does to the response links (issue #18, track65). All figures TUNING
(tests/data/tracker_links.csv: Walsall; West Sussex + Wirral).

    python benchmarks/response_second.py BUNDLED_RUN [--values 0,0.1,0.2,0.25,0.3,0.4]

BUNDLED_RUN: a finished run of the bundled corpus. For each value: the top-3 response links' true links / returned
and the recall numerator / denominator per half, then the links of labelled recommendations that the value adds or
drops against the first value (right: a labelled link of that recommendation; else wrong). With --top-k K the
links beyond the top 3 are kept (precision and recall then count them; the added links are what to read).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import tracker_quality as tq  # noqa: E402
from pipeline.tracker import TrackerParams  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--values", default="0,0.1,0.2,0.25,0.3,0.4")
    parser.add_argument("--top-k", type=int, default=TrackerParams().top_k,
                        help="links kept per recommendation (more than 3 shows the links the top 3 leaves out)")
    args = parser.parse_args()
    labels, cache, first = tq.load_labels(), {}, None
    for value in (float(v) for v in args.values.split(",")):
        table, recs, findings = tq.run_tracker(args.run_dir, replace(TrackerParams(), response_second=value, top_k=args.top_k), cache)
        rec_of = tq.match_recs(labels, recs)
        scores = tq.score(labels, table, rec_of, findings)
        parts = []
        for half, name in (("tuning", "Walsall"), ("held_out", "West Sussex + Wirral")):
            s = scores[scores["half"] == half]
            tp, returned, wanted = int(s["tp"].sum()), int(s["returned"].sum()), int(s["wanted"].sum())
            found = int(s["tp"].clip(upper=s["wanted"]).sum())
            parts.append(f"{name} precision {tp}/{returned}, recall@3 {found}/{wanted}")
        print(f"response_second={value}: " + "; ".join(parts), flush=True)
        links = table[(table["part"] == "response") & (table["rank"] > 0) & table["rec_id"].isin(set(rec_of.values()))]
        now = set(zip(links["rec_id"], links["finding_id"]))
        if first is None:
            first = now
            continue
        key = dict(zip(findings["finding_id"], zip(findings["file"], findings["text"].map(tq.norm))))
        right = {(rec_of[(r, t)], (f, tq.norm(x))) for r, t, f, x, role in zip(
            labels["report_file"], labels["recommendation"], labels["file"], labels["finding_text"], labels["role"])
            if role in ("quote", "response")}
        for sign, pairs in (("+", now - first), ("-", first - now)):
            for rec_id, fid in sorted(pairs):
                verdict = "right" if (rec_id, key[fid]) in right else "wrong"
                print(f"   {sign} {verdict} {rec_id}: {key[fid][1][:110]}")


if __name__ == "__main__":
    main()
