"""What the themes and embed stages say on the console: fewer themes than asked and why, one broad theme holding
most findings, progress while embedding; scikit-learn's warning about repeated rows stays off the console."""

import time
import warnings

import numpy as np
import pandas as pd
import pytest

from pipeline.config import RunConfig
from pipeline.stages.context import RunContext
from pipeline.stages.embed import Progress
from pipeline.stages.themes import _fewer, crowded_broad, mixed_held
from pipeline.themes.cluster import _kmeans


@pytest.mark.parametrize("n_themes,made,said", [(20, 15, "(asked 20, made 15: 5 fewer, as mixed sub-themes"),
                                                (20, 20, ""), ("auto", 7, "")])
def test_fewer_themes_than_asked_are_counted_and_explained(tmp_path, n_themes, made, said):
    ctx = RunContext(tmp_path, RunConfig(n_themes=n_themes))
    text = _fewer(ctx, made)
    assert text.startswith(f" {said}") if said else text == ""


def test_fewer_themes_is_not_said_when_a_codebook_or_a_saved_model_decides_the_count(tmp_path):
    book = tmp_path / "book.yaml"
    assert _fewer(RunContext(tmp_path, RunConfig(n_themes=20, codebook=str(book))), 12) == ""
    assert _fewer(RunContext(tmp_path, RunConfig(n_themes=20), theme_model=tmp_path), 12) == ""


def test_edits_are_named_among_the_reasons(tmp_path):
    assert "your edits merge some" in _fewer(RunContext(tmp_path, RunConfig(n_themes=9, edits_file="e.csv")), 6)


def _broad(sizes):
    return pd.DataFrame({"theme_id": range(len(sizes)), "label": [f"broad {i}" for i in range(len(sizes))],
                         "keywords": "", "size": sizes})


def test_a_broad_theme_of_most_findings_is_warned_about_with_its_share():
    said = crowded_broad(_broad([70, 20, 10]))
    assert said.startswith('warning: one broad theme, "broad 0", holds 70% of the findings (70 of 100)')
    assert "--broad N" in said


@pytest.mark.parametrize("sizes", [[50, 30, 20], [34, 33, 33], []])
def test_no_warning_when_no_broad_theme_holds_more_than_half(sizes):
    assert crowded_broad(_broad(sizes)) == ""


def test_a_single_broad_theme_of_every_finding_is_warned_about():
    """One broad theme holding all findings (a small --themes can give it) is the most crowded case, not none."""
    assert crowded_broad(_broad([100])).startswith('warning: one broad theme, "broad 0", holds 100% of the findings')


def test_sub_themes_of_no_single_topic_holding_over_a_quarter_are_warned_about():
    themes = pd.DataFrame({"label": ["Caseloads and workload", "Mixed findings, some on referrals",
                                     "General judgements on work with children", "Pathway plans"],
                           "size": [40, 20, 15, 25]})
    said = mixed_held(themes)
    assert said.startswith("warning: 2 sub-theme(s) of no single topic") and "35% of the findings (35 of 100)" in said
    assert mixed_held(themes.assign(size=[60, 10, 10, 20])) == ""  # a fifth: no warning
    assert mixed_held(themes.iloc[[0, 3]]) == ""


class _Model:
    model_id, batch_size = "tiny", 8

    def embed(self, texts):
        return np.arange(len(texts), dtype=np.float32)[:, None] * np.ones((1, 3), dtype=np.float32)


class _SlowModel(_Model):
    def embed(self, texts):
        time.sleep(0.25)
        return super().embed(texts)


def test_progress_is_said_while_the_model_works_and_vectors_are_the_models():
    said = []
    with Progress(_SlowModel(), said.append, up_to=300, every=0.1) as progress:
        parts = [progress.embed(["a text"] * 100) for _ in range(3)]
    assert progress.model_id == "tiny" and progress.batch_size == 8
    assert all(np.array_equal(part, _Model().embed(["a text"] * 100)) for part in parts)
    assert len(said) >= 3  # about one every 0.1 s over 0.75 s
    assert said[0].startswith("embedding: 0 of up to 300 findings done after 0 s, part 1 of up to 1 under way")
    assert said[-1].startswith("embedding: 200 of up to 300") or said[-1].startswith("embedding: 300 of up to 300")


def test_the_line_counts_the_parts_the_model_takes_so_a_long_first_part_is_not_read_as_a_hang():
    from pipeline.stages.embed import EMBED_PART

    progress = Progress(_Model(), [].append, up_to=2 * EMBED_PART + 1)
    assert progress.line().endswith("after 0 s")  # nothing under way yet
    progress.embed(["a"] * EMBED_PART)
    progress.embed(["a"] * 5)
    assert "findings done" in progress.line() and progress.line().endswith("part 2 of up to 3 under way")
    assert progress.line().startswith(f"embedding: {EMBED_PART + 5:,} of up to {2 * EMBED_PART + 1:,}")


def test_a_quick_embedding_says_nothing():
    said = []
    with Progress(_Model(), said.append, up_to=10, every=15) as progress:
        progress.embed(["a"] * 10)
    assert said == []


def test_repeated_rows_give_fewer_clusters_without_a_scikit_learn_warning():
    rows = np.repeat(np.eye(3, dtype=np.float32), 40, axis=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        labels = _kmeans(rows, 10)
    assert len(set(labels)) == 3
    assert not [w for w in caught if "distinct clusters" in str(w.message)]
