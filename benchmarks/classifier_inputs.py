"""What the shipped kind / polarity classifier is fitted on, recorded beside it, and a cheap check that it still is.

    python benchmarks/classifier_inputs.py check [--corpus corpus]
    python benchmarks/classifier_inputs.py dump OUT.csv [--corpus corpus]

`benchmarks/train_classifier.py` writes pipeline/data/classify_model_inputs.json beside the model it ships: the
model file's sha256 and digests of every input of its fit but the vectors - the strings the vectors are embedded
from (each labelled row's text, lead-in and section heading as the pipeline masks them,
`pipeline.themes.cluster_text.clustering_texts`), the rules' cues (`cue_matrix`), the kind and polarity labels, the
polarity row weights, and the settings and embedding model - per labelled file. A fresh cache embeds equal strings
to equal vectors, so equal digests mean the command rebuilds the shipped file; the check needs no embedding (about
a minute: the corpus is segmented for the first file's lead-ins).

check: recompute the digests from this checkout and compare (exit 1 naming the files and parts that changed, and the
shipped file if it is not the recorded one). A change of the segmenter, the masking, the rules' cues or the labelled
files that reaches a labelled row fails it: refit (`train_classifier.py`), measure, and ship the file with its record.
dump: the rows' inputs as CSV (labelled_file, doc, text, lead_in, section, cues, kind, polarity, weight), to diff
against the same dump from a checkout of the commit that shipped the model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
from labelled_set import READER_WEIGHT, ROOT, load_labelled, polarity_weights

from pipeline.classify_model import EMBEDDING_MODEL, MODEL_PATH, SETTINGS, cue_matrix
from pipeline.themes.cluster_text import clustering_texts, read_glossary

PARTS = ("text", "lead_in", "section", "cues", "kind", "polarity", "weight")
# what the fitted numbers' last bits also depend on (recorded, not checked: the same inputs give the same file on one
# machine, not necessarily on another)
LIBRARIES = ("torch", "sentence-transformers", "transformers", "numpy", "scipy", "scikit-learn")


def record_path(model: Path) -> Path:
    """Where the record of `model` (a .npz) is kept: beside it, `<stem>_inputs.json`."""
    return model.with_name(f"{model.stem}_inputs.json")


def training_inputs(labelled: pd.DataFrame, reader_weight: float = READER_WEIGHT,
                    cues: np.ndarray | None = None) -> pd.DataFrame:
    """One row per labelled row (load_labelled's order): labelled_file, doc and PARTS - the masked strings the fit's
    three vectors are embedded from ("" where labelled_set embeds none: no lead-in or heading), the rule cues as 0/1
    digits (`cues`: cue_matrix(labelled) when already computed), the labels and the polarity weight."""
    glossary = read_glossary()

    def masked(column: str) -> list[str]:
        flat = [" ".join(str(value).split()) for value in labelled[column].fillna("")]
        return [m if value else "" for value, m in zip(flat, clustering_texts([v or "-" for v in flat], glossary))]

    cues = cue_matrix(labelled) if cues is None else cues
    return pd.DataFrame({
        "labelled_file": labelled["labelled_file"].to_numpy(), "doc": labelled["doc"].to_numpy(),
        "text": clustering_texts(labelled["text"].tolist(), glossary),
        "lead_in": masked("lead_in"), "section": masked("section"),
        "cues": ["".join("1" if x else "0" for x in row) for row in cues],
        "kind": labelled["kind"].astype(str).to_numpy(), "polarity": labelled["polarity"].astype(str).to_numpy(),
        "weight": [f"{w:g}" for w in polarity_weights(labelled, reader_weight)["polarity"]]})


def _digest(values) -> str:
    digest = hashlib.sha256()
    for value in values:
        digest.update(str(value).encode("utf-8") + b"\x00")
    return digest.hexdigest()[:16]


def input_digests(inputs: pd.DataFrame) -> dict:
    """{"settings": ..., "inputs_sha256": over everything, "files": {labelled_file: {"rows": n, part: digest}}}."""
    files = {}
    for name, group in inputs.groupby("labelled_file", sort=False):
        files[name] = {"rows": len(group), **{part: _digest(group[part]) for part in PARTS}}
    settings = f"{EMBEDDING_MODEL} {sorted(SETTINGS.items())!r}"
    whole = _digest([settings, *(f"{name} {json.dumps(parts, sort_keys=True)}" for name, parts in files.items())])
    return {"settings": settings, "inputs_sha256": whole, "files": files}


def write_record(model: Path, inputs: pd.DataFrame, trained_on: str) -> Path:
    """Write `model`'s record (its sha256, trained_on and input_digests) beside it; return its path."""
    record = {"model": model.name, "model_sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
              "trained_on": trained_on, "environment": environment(), **input_digests(inputs)}
    path = record_path(model)
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return path


def environment() -> dict[str, str]:
    """The machine and library versions a build ran with."""
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return {"python": platform.python_version(), "machine": platform.machine(), **versions}


def differences(record: dict, digests: dict, model: Path) -> list[str]:
    """What differs between a record and this checkout's digests and model file, one line each ([] when nothing)."""
    lines = []
    sha = hashlib.sha256(model.read_bytes()).hexdigest()
    if sha != record["model_sha256"]:
        lines.append(f"{model.name} is sha256 {sha[:12]}..., the record is of {record['model_sha256'][:12]}...: "
                     "ship a model with the record train_classifier.py writes beside it")
    if digests["settings"] != record["settings"]:
        lines.append(f"settings: {digests['settings']!r} were {record['settings']!r}")
    old, new = record["files"], digests["files"]
    for name in [*old, *(n for n in new if n not in old)]:
        if name not in new or name not in old:
            lines.append(f"{name}: {'no longer read' if name not in new else 'not in the record'}")
            continue
        changed = [part for part in ("rows", *PARTS) if old[name][part] != new[name][part]]
        if changed:
            lines.append(f"{name}: {', '.join(changed)} changed")
    return lines


def _inputs(corpus: Path) -> pd.DataFrame:
    with tempfile.TemporaryDirectory(prefix="classifier_inputs_") as folder:
        return training_inputs(load_labelled(corpus, Path(folder), check_half=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["check", "dump"])
    parser.add_argument("out", type=Path, nargs="?", help="dump: the CSV to write")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    inputs = _inputs(args.corpus)
    if args.command == "dump":
        if args.out is None:
            parser.error("dump needs OUT.csv")
        inputs.to_csv(args.out, index=False)
        print(f"wrote {args.out} ({len(inputs)} rows)")
        return
    record = json.loads(record_path(args.model).read_text(encoding="utf-8"))
    lines = differences(record, input_digests(inputs), args.model)
    if lines:
        print("The classifier's training inputs or file differ from its record "
              f"({record_path(args.model).name}); train_classifier.py would not rebuild the shipped file:")
        print("\n".join(f"  {line}" for line in lines))
        print("Refit with HF_HUB_OFFLINE=1 python benchmarks/train_classifier.py, measure, and ship both files "
              "(dump the inputs here and at the model's commit to see which rows moved).")
        sys.exit(1)
    other = {k: v for k, v in environment().items() if record.get("environment", {}).get(k) != v}
    if other:
        print(f"note: built with {record.get('environment')}; here {other} differ: the same inputs may give a file a "
              "few float bits apart")
    print(f"the training inputs of {args.model.name} are as recorded ({len(inputs)} rows, "
          f"inputs {record['inputs_sha256']}, model {record['model_sha256'][:12]}...)")


if __name__ == "__main__":
    main()
