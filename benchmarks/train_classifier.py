"""Refit the shipped kind / polarity classifier (pipeline/data/classify_model.npz) from the labelled segments.

    HF_HUB_OFFLINE=1 python benchmarks/train_classifier.py [--corpus corpus] [--reader FILE ...]
                                                          [--reader-weight W]

Reads tests/data/labelled_segments*.csv (see their headers; all of them, the seventh and eighth files' check halves
too: the check sets are kept out of the fits that score them, benchmarks/polarity_check.py, not out of the shipped
model),
embeds the texts, their lead-ins and section headings with all-MiniLM-L6-v2, computes the rule cues and fits
pipeline.classify_model.fit_classifier. Deterministic: the same labels give the same file. The embedding goes
through a new, empty cache (a temporary folder) every time: a vector the pipeline's cache kept from an earlier
batch can differ from a fresh one by about 2e-7 (it depends on the texts padded beside it), and the fit turns that
into coefficients about 1e-3 apart, so a build from a used cache is not the build a clean clone gets.
Polarity labelled by a blind reader (labelled_set.READER_FILES, and any --reader file in the labelled files' columns,
e.g. one written by benchmarks/reader_labels.py) weighs --reader-weight per row (default labelled_set.READER_WEIGHT,
chosen by grouped CV in benchmarks/polarity_reader.py); the developer's rows weigh 1.
Beside the model it writes `<stem>_inputs.json` (for the shipped file pipeline/data/classify_model_inputs.json): the
file's sha256 and digests of its inputs, which `benchmarks/classifier_inputs.py check` (and tests/test_classify.py)
recompute without embedding, so a change that would stop this command rebuilding the shipped file fails there.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

# The vectors' last bits, and the fit's, follow the code path the CPU's instruction set selects (torch's kernels and
# MKL in the encoder, OpenBLAS in numpy and scipy): here ATEN_CPU_CAPABILITY=default or MKL_CBWR=COMPATIBLE move
# every vector by about 1.4e-7, which the fit turns into coefficients 1e-2 apart. They are pinned to the AVX2 paths
# before numpy or torch load, so that any x86-64 machine with AVX2 should build the same file (checked on one machine
# only; set them otherwise in the environment on one without AVX2).
for _name, _value in (("ATEN_CPU_CAPABILITY", "avx2"), ("MKL_CBWR", "AVX2"), ("ONEDNN_MAX_CPU_ISA", "AVX2"),
                      ("OPENBLAS_CORETYPE", "Haswell")):
    os.environ.setdefault(_name, _value)

from classifier_inputs import training_inputs, write_record  # noqa: E402
from labelled_set import (READER_WEIGHT, ROOT, fingerprint, labelled_lead_in_vectors,  # noqa: E402
                          labelled_section_vectors, labelled_vectors, load_labelled, polarity_weights)

from pipeline.classify_model import MODEL_PATH, cue_matrix, fit_classifier  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--reader", type=Path, action="append", default=[],
                        help="another file of reader-labelled findings in the labelled files' columns")
    parser.add_argument("--reader-weight", type=float, default=READER_WEIGHT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="train_classifier_") as folder:
        cache = Path(folder)  # empty: every vector embedded afresh, in the same batches on every build
        labelled = load_labelled(args.corpus, cache, check_half=True, readers=tuple(args.reader))
        trained_on = f"{len(labelled)} segments of {fingerprint(tuple(args.reader))}"
        if labelled["reader"].any():
            trained_on += f"; {int(labelled['reader'].sum())} reader rows weigh {args.reader_weight:g} in polarity"
        cues = cue_matrix(labelled)
        model = fit_classifier(labelled_vectors(labelled["text"].tolist(), cache),
                               labelled_lead_in_vectors(labelled, cache), cues, labelled,
                               trained_on=trained_on, sections=labelled_section_vectors(labelled, cache),
                               row_weights=polarity_weights(labelled, args.reader_weight))
    model.save(args.out)
    record = write_record(args.out, training_inputs(labelled, args.reader_weight, cues), model.trained_on)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB), trained on {model.trained_on}; "
          f"its inputs' digests in {record.name} (benchmarks/classifier_inputs.py check)")


if __name__ == "__main__":
    main()
