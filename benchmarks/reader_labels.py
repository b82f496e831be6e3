"""A blind reader's polarity labels of a run's findings as rows of the labelled files (tests/data/labelled_segments*).

    python benchmarks/reader_labels.py READER_CSV RUN_DIR OUT_CSV [--hand HAND_CSV]

READER_CSV has the columns item, doc_id, finding_id, text, label, note (label: concern / strength / neutral / junk,
by a session that never saw the code, labelling by the readers' definitions in docs/polarity_labelling.md); RUN_DIR
is the pipeline run the findings were drawn from (its segments.parquet gives each finding's file, document type,
section and lead-in). Junk rows are dropped; a finding whose text differs from the run's is an error (the wrong
run). HAND_CSV (item, kind, voice) gives kind and voice, labelled by hand from the text (the reader labels
polarity only); without it both are left empty, to be filled before the rows join a labelled file. OUT_CSV has the
labelled files' columns (labelled_set.COLUMNS) and item, finding_id, note.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from labelled_set import COLUMNS

POLARITIES = {"concern", "strength", "neutral"}
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")


def _shared_folder(name: str) -> str | None:
    """The ../shared folder holding a file of this name (a mixture's corpus, benchmarks/mixture.py, copies the
    shared reports under their own names), or None."""
    found = sorted(path.parent.name for path in SHARED.glob(f"*/{name}"))
    return found[0] if found else None


def _folded(text: str) -> str:
    return " ".join(str(text).split())


def reader_rows(reader: pd.DataFrame, segments: pd.DataFrame, hand: pd.DataFrame | None = None) -> pd.DataFrame:
    """The reader's non-junk rows joined to the run's segments (on finding_id), in the labelled files' columns:
    source shared/<folder> and doc <file> from the run's file name '<folder>__<file>', polarity = the reader's
    label."""
    labels = set(reader["label"])
    if not labels <= POLARITIES | {"junk"}:
        raise ValueError(f"reader labels {sorted(labels - POLARITIES - {'junk'})} are not concern / strength / "
                         "neutral / junk.")
    kept = reader[reader["label"] != "junk"]
    joined = kept.merge(segments[["finding_id", "file", "doc_type", "section", "lead_in", "text"]],
                        on="finding_id", how="left", suffixes=("", "_run"))
    wrong = joined["file"].isna() | (joined["text"].map(_folded) != joined["text_run"].map(_folded))
    if wrong.any():
        raise ValueError(f"{int(wrong.sum())} findings (items {joined.loc[wrong, 'item'].tolist()[:5]}) are not "
                         "in this run with the same text: is it the run they were drawn from?")
    folder_file = joined["file"].str.split("__", n=1, expand=True).reindex(columns=[0, 1]).astype(object)
    # a run of a mixture names its files as the shared reports are named: their folder is looked up
    folder = folder_file[0].where(folder_file[1].notna(), joined["file"].map(_shared_folder))
    out = pd.DataFrame({
        "source": ("shared/" + folder).where(folder.notna(), "corpus"),
        "doc": folder_file[1].fillna(joined["file"]),
        "doc_type": joined["doc_type"], "section": joined["section"].fillna(""),
        "lead_in": joined["lead_in"].fillna(""), "text": joined["text_run"],
        "kind": "", "polarity": joined["label"], "voice": "",
        "item": joined["item"], "finding_id": joined["finding_id"], "note": joined["note"].fillna("")})
    if hand is not None:
        by_item = hand.set_index("item")
        missing = set(out["item"]) - set(by_item.index)
        if missing:
            raise ValueError(f"HAND_CSV has no kind / voice for items {sorted(missing)[:5]}.")
        out["kind"] = out["item"].map(by_item["kind"])
        out["voice"] = out["item"].map(by_item["voice"])
    return out[[*COLUMNS, "item", "finding_id", "note"]].reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reader", type=Path)
    parser.add_argument("run", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--hand", type=Path)
    args = parser.parse_args()
    reader = pd.read_csv(args.reader, dtype={"item": int}, keep_default_na=False)
    reader["label"] = reader["label"].str.strip().str.lower()
    segments = pd.read_parquet(args.run / "segments.parquet")
    hand = pd.read_csv(args.hand, dtype={"item": int}, keep_default_na=False) if args.hand else None
    rows = reader_rows(reader, segments, hand)
    rows.to_csv(args.out, index=False)
    print(f"{len(rows)} rows of {rows['doc'].nunique()} documents ({len(reader) - len(rows)} junk left out); "
          f"polarity {rows['polarity'].value_counts().to_dict()}")


if __name__ == "__main__":
    main()
