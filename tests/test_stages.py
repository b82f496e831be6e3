"""The stages over a run folder with a small corpus and the hashing embedder (the real model is in test_end_to_end)."""

import json

import numpy as np
import pandas as pd
import pytest

import pipeline.segment
from pipeline import schema, stages
from pipeline.config import RunConfig
from pipeline.errors import PipelineError
from pipeline.pages import with_pages
from pipeline.runfolder import findings_key, load_findings, load_segments, source_of
from pipeline.stages import RunContext, summary
from tests.conftest import run_small

TOPICS = [
    "Social workers carry high caseloads and workloads are heavy.",
    "Police attendance at strategy discussions is poor.",
    "Chronologies are missing from case files.",
    "Managers do not record their oversight of casework.",
]


@pytest.fixture
def run_dir(tmp_path, hashing_embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for authority, team in (("Walsall", "northern"), ("Wirral", "coastal"), ("West Sussex", "rural")):
        # Each council's wording differs by more than its name, or every finding would be stock text.
        body = "\n\n".join(f"{i}. In the {team} teams of {authority}, {t.lower()}"
                             for i, t in enumerate(TOPICS * 3, start=1))
        (corpus / f"{authority.lower().replace(' ', '-')}_minutes.txt").write_text(
            f"{authority} Council\n\nMinutes of the Children's Scrutiny Committee, 12 March 2019\n\n{body}\n\n"
            "The Chair thanked the Director for her report.\n", encoding="utf-8")
    (corpus / "walsall_thanks.txt").write_text(  # a document with nothing but meeting business
        "Walsall Council\n\nMinutes of the Children's Scrutiny Committee, 12 March 2019\n\n"
        "The Chair thanked the Director for her report.\n", encoding="utf-8")
    ctx = run_small(corpus, tmp_path / "run", RunConfig(n_themes=4, cache_dir=str(tmp_path / "cache")),
                    hashing_embedder)
    return ctx.run_dir, ctx.config


def _context(out, config, hashing_embedder, say=lambda m: None):
    ctx = RunContext(out, config, say=say)
    ctx.use_embedder(hashing_embedder)
    return ctx


def test_a_run_folder_has_every_table(run_dir):
    out, _ = run_dir
    for name in ("documents.csv", "documents.parquet", "segments.parquet", "findings.csv", "findings.parquet",
                 "excluded.csv", "judgements.csv", "vectors.npy", "classes.parquet", "themes.csv", "broad_themes.csv", "matrix_authority_theme.csv",
                 "matrix_authority_theme_share.csv", "matrix_document_theme.csv", "run.json"):
        assert (out / name).exists(), name
    findings = load_findings(out)
    assert findings["theme_id"].notna().all()
    assert set(findings["authority"]) == {"Walsall", "Wirral", "West Sussex"}
    excluded = pd.read_csv(out / "excluded.csv")
    assert excluded["text"].str.contains("thanked").all()
    record = json.loads((out / "run.json").read_text())
    assert record["counts"]["themes"] == 4 and "Run folder" in summary(out)


def test_filtered_matrix_is_written_beside_the_full_one(run_dir):
    out, config = run_dir
    ctx = RunContext(out, config, say=lambda m: None)
    stages.matrix.run(ctx, kinds=("finding",), voices=("council",))
    assert (out / "matrix_authority_theme__kind-finding__voice-council.csv").exists()
    with pytest.raises(PipelineError, match="no findings match"):
        stages.matrix.run(ctx, voices=("other",), polarities=("strength",), kinds=("context",))


@pytest.mark.parametrize("stage", ["classify", "themes"])
def test_stages_refuse_vectors_of_other_findings(run_dir, hashing_embedder, stage):
    out, config = run_dir
    load_segments(out).iloc[:-1].to_parquet(out / "segments.parquet")
    with pytest.raises(PipelineError, match="run the embed stage again"):
        getattr(stages, stage).run(_context(out, config, hashing_embedder))


@pytest.mark.parametrize("stage", ["classify", "themes", "track"])
def test_stages_refuse_vectors_of_the_exact_texts_from_an_older_version(run_dir, hashing_embedder, stage):
    from pipeline.runfolder import record_source

    out, config = run_dir
    record_source(out, schema.VECTORS, findings_key(load_segments(out)))  # how an older version noted vectors.npy
    with pytest.raises(PipelineError, match="older version from the exact texts"):
        getattr(stages, stage).run(_context(out, config, hashing_embedder))


def test_the_vectors_are_of_the_clustering_texts_encoded_once(run_dir, hashing_embedder):
    from pipeline.themes.cluster_text import clustering_texts, read_glossary

    out, _ = run_dir
    findings = load_segments(out)
    masked = clustering_texts(findings["text"].tolist(), read_glossary())
    changed = [i for i, (a, b) in enumerate(zip(findings["text"], masked)) if a != b]
    assert changed  # the fixture's texts name places: masking changes some
    vectors = np.load(out / "vectors.npy")
    assert np.allclose(vectors, hashing_embedder.embed(masked), atol=1e-6)
    assert not np.allclose(vectors[changed], hashing_embedder.embed(findings["text"].iloc[changed].tolist()))
    assert json.loads((out / "run.json").read_text())["vectors_text"].startswith(schema.CLUSTERING_TEXT)


def test_a_document_with_no_findings_is_accounted_for(run_dir):
    out, _ = run_dir
    inputs = {entry["file"]: entry for entry in json.loads((out / "run.json").read_text())["inputs"]}
    assert inputs["walsall_thanks.txt"]["status"] == "ingested"
    assert inputs["walsall_thanks.txt"]["findings"] == 0
    assert "no findings" in inputs["walsall_thanks.txt"]["note"]
    assert inputs["wirral_minutes.txt"]["findings"] == len(TOPICS) * 3


def test_findings_keep_their_lead_in_in_parquet_only(run_dir):
    out, _ = run_dir
    assert "lead_in" in load_findings(out).columns
    assert "lead_in" not in pd.read_csv(out / "findings.csv").columns
    record = json.loads((out / "run.json").read_text())
    assert record["classifier"] == record["furniture"] == "rules"  # hashing vectors: rules only
    from pipeline.runfolder import is_run_folder

    assert is_run_folder(out)  # a second run into the same folder is allowed


def test_every_file_a_stage_writes_is_one_a_later_run_may_replace():
    from pathlib import Path

    from pipeline.runfolder import RUN_FILE_SUFFIXES

    for module in (*stages.STAGES, stages.report):
        for name in module.WRITES:
            assert Path(name).suffix in RUN_FILE_SUFFIXES, (module.__name__, name)


def test_unchanged_themes_are_reused_and_refitted_when_a_parameter_changes(run_dir, hashing_embedder):
    out, config = run_dir
    said = []
    stages.themes.run(_context(out, config, hashing_embedder, said.append))
    assert any("reused" in line for line in said)
    said.clear()
    changed = RunConfig(n_themes=3, cache_dir=config.cache_dir)
    stages.themes.run(_context(out, changed, hashing_embedder, said.append))
    assert not any("reused" in line for line in said)
    assert json.loads((out / "run.json").read_text())["counts"]["themes"] == 3


def test_segments_are_cached_per_document_and_equal_a_fresh_segmentation(run_dir, monkeypatch):
    out, config = run_dir
    first = load_segments(out)

    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged document was segmented again")

    monkeypatch.setattr(pipeline.segment, "read_document", refuse)
    again = stages.segment.run(RunContext(out, config, say=lambda m: None))
    pd.testing.assert_frame_equal(again, first)
    monkeypatch.undo()
    documents = pd.read_parquet(out / "documents.parquet")
    fresh = with_pages(pipeline.segment.segment(documents).segments, documents)
    kept = fresh[fresh["kind"].isin(config.kinds)].drop(columns=["reason"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, first)


def test_the_segment_stage_keeps_each_findings_rule_cues_for_the_learned_classifier(run_dir):
    from pipeline.classify_model import cue_matrix

    out, _ = run_dir
    findings = load_segments(out)
    cues = np.load(out / "cues.npy")
    assert cues.shape == (len(findings), cue_matrix(findings.iloc[:1]).shape[1])
    np.testing.assert_array_equal(cues, cue_matrix(findings))
    assert source_of(out, schema.CUES) == findings_key(findings)


def test_each_run_folder_file_has_one_writing_stage():
    written = [name for module in (*stages.STAGES, stages.report) for name in module.WRITES]
    assert len(written) == len(set(written))
    for module in stages.STAGES:
        earlier = {name for other in stages.STAGES[:stages.STAGES.index(module)] for name in other.WRITES}
        assert set(module.READS) <= earlier, module.__name__


def test_the_track_stage_reads_back_an_unchanged_result_and_recomputes_a_changed_one(run_dir, hashing_embedder,
                                                                                     monkeypatch):
    out, config = run_dir
    first = stages.track.run(_context(out, config, hashing_embedder))
    before = (out / "tracker.csv").read_bytes()

    def must_not_match(*args, **kwargs):
        raise AssertionError("the tracker matched again although nothing it reads changed")

    monkeypatch.setattr(stages.track, "track", must_not_match)
    again = stages.track.run(_context(out, config, hashing_embedder))
    assert (out / "tracker.csv").read_bytes() == before and again[0].equals(first[0])
    findings = load_findings(out)
    findings.loc[findings.index[0], "polarity"] = "concern" if findings["polarity"].iloc[0] != "concern" else "strength"
    findings.to_parquet(out / "findings.parquet", index=False)
    with pytest.raises(AssertionError, match="matched again"):  # a finding changed: the stage computes again
        stages.track.run(_context(out, config, hashing_embedder))


def test_the_tracker_reuses_the_clustering_text_only_when_masked_with_its_own_glossary(run_dir, hashing_embedder,
                                                                                       tmp_path, monkeypatch):
    import pipeline.tracker.words

    out, config = run_dir
    findings = load_findings(out)
    assert schema.CLUSTERING_TEXT in findings.columns and source_of(out, schema.CLUSTERING_TEXT)
    masked = []  # every list of texts the tracker masks itself
    real = pipeline.tracker.words.lexical_texts
    monkeypatch.setattr(pipeline.tracker.words, "lexical_texts", lambda texts, glossary: masked.append(len(texts)) or
                        real(texts, glossary))
    same = RunConfig(**{**config.to_dict(), "cache_dir": str(tmp_path / "cache2")})
    stages.track.run(_context(out, same, hashing_embedder))
    assert len(findings) not in masked  # the themes stage's clustering text was reused
    glossary = tmp_path / "glossary.csv"  # a glossary the themes stage did not mask with
    glossary.write_text("abbreviation,expansion\nteams,social work units\n", encoding="utf-8")
    other = RunConfig(**{**same.to_dict(), "glossary": str(glossary)})
    with pytest.raises(PipelineError, match="run the embed stage again"):  # vectors.npy masked with the other
        stages.track.run(_context(out, other, hashing_embedder))
    stages.embed.run(_context(out, other, hashing_embedder))
    stages.track.run(_context(out, other, hashing_embedder))
    assert len(findings) in masked  # masked again, with the tracker's own glossary


def test_the_matrix_stage_reads_back_unchanged_tables_and_recomputes_changed_ones(run_dir, hashing_embedder,
                                                                                  monkeypatch):
    out, config = run_dir
    stages.matrix.run(_context(out, config, hashing_embedder))
    before = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}

    def must_not_count(*args, **kwargs):
        raise AssertionError("the tables were computed again although nothing they count changed")

    monkeypatch.setattr(stages.matrix, "all_tables", must_not_count)
    stages.matrix.run(_context(out, config, hashing_embedder))
    assert {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))} == before
    other_seed = RunConfig(**{**config.to_dict(), "seed": config.seed + 1})
    with pytest.raises(AssertionError, match="computed again"):  # another seed draws other bootstraps
        stages.matrix.run(_context(out, other_seed, hashing_embedder))
    findings = load_findings(out)
    findings.loc[findings.index[0], "theme_id"] = findings["theme_id"].iloc[-1]
    findings.to_parquet(out / "findings.parquet", index=False)
    with pytest.raises(AssertionError, match="computed again"):  # a counted finding changed
        stages.matrix.run(_context(out, config, hashing_embedder))


def test_imported_code_follows_the_imports_of_the_package_to_its_files():
    from pipeline.code_files import MACHINERY, code_of, imported_code

    code = imported_code(("tracker/table.py",))
    assert code == tuple(sorted(code)) and "tracker/table.py" in code
    # directly (tracker/table.py imports both), transitively (responses -> words), and inside a function
    # (cluster_text imports the gazetteer where it masks authority names)
    assert {"tracker/responses.py", "themes/cluster_text.py", "tracker/words.py", "gazetteer.py"} <= set(code)
    # `from pipeline import schema` is the module schema.py, not the package's __init__.py; a package's __init__.py
    # run only because one of its modules is imported is not counted, nor what it alone imports
    assert "schema.py" in code and "__init__.py" not in code and "themes/__init__.py" not in code
    assert "themes/discover.py" not in code
    assert imported_code(("errors.py",)) == ("errors.py",)
    # the data files a counted module names (the gazetteer reads the authorities' names)
    assert "data/authorities.csv" in imported_code(("gazetteer.py",))
    # a result's code list leaves out the cache's own machinery
    assert "cache.py" in imported_code(("embed.py",)) and not set(MACHINERY) & set(code_of(("embed.py",)))


def test_the_track_stages_code_is_the_tracker_and_every_module_it_imports():
    from pathlib import Path

    root = Path(stages.track.__file__).parents[1]
    code = stages.track.track_code()
    tracker = {f"tracker/{p.name}" for p in (root / "tracker").glob("*.py")}
    assert tracker | {"recommendations.py", "stages/track.py", "judgements.py", "themes/cluster_text.py",
                      "themes/concepts.py", "gazetteer.py", "embed.py", "onnx_backend.py", "data/glossary.csv",
                      "data/authorities.csv", "data/topic_concepts.csv", "data/field_themes.csv"} <= set(code)
    assert all((root / name).is_file() for name in code)


def test_the_themes_stage_marks_repeats_and_masks_once_for_unchanged_findings(run_dir, hashing_embedder,
                                                                              monkeypatch):
    out, config = run_dir
    first = load_findings(out)

    def must_not_mark(*args, **kwargs):
        raise AssertionError("repeats were marked again although the findings did not change")

    monkeypatch.setattr(stages.themes, "mark_for_themes", must_not_mark)
    stages.themes.run(_context(out, config, hashing_embedder))
    pd.testing.assert_frame_equal(load_findings(out), first)
    glossary = out.parent / "more_glossary.csv"  # another glossary masks otherwise: marked again
    glossary.write_text("abbreviation,expansion\nteams,social work units\n", encoding="utf-8")
    other = _context(out, RunConfig(**{**config.to_dict(), "glossary": str(glossary)}), hashing_embedder)
    stages.embed.run(other)  # vectors.npy holds the clustering texts: masked with the new glossary first
    with pytest.raises(AssertionError, match="marked again"):
        stages.themes.run(other)


def _code_lists():
    """Each cached or taken-over output: its code list, the modules it is made by, and files it must name."""
    from pathlib import Path

    from pipeline import embed, ingest, segment
    from pipeline.code_files import code_of
    from pipeline.report import REPORT_CODE

    themes = [f"themes/{p.name}" for p in sorted((Path(segment.__file__).parent / "themes").glob("*.py"))]
    tracker = [f"tracker/{p.name}" for p in sorted((Path(segment.__file__).parent / "tracker").glob("*.py"))]
    embedding = ["embed.py", "onnx_backend.py", "onnx_int8.py", "data/int8_ranges.json"]
    return {
        "ingest text": (code_of(ingest.TEXT_CODE), ["readers.py"], ["readers.py", "errors.py"]),
        "embeddings": (code_of(embed.EMBED_CODE), ["embed.py"], embedding),
        "segments": (code_of(segment.SEGMENT_CODE), ["segment.py"],
                     ["structure.py", "classify.py", "kind_patterns.py", "polarity_patterns.py", "voice_patterns.py",
                      "judgements.py", "minutes_layout.py", "data/glossary.csv"]),
        "classes": (code_of(stages.classify.CLASSIFY_CODE), ["classify_model.py", "embed.py"],
                    ["classify.py", "polarity_patterns.py", "data/classify_model.npz", "data/glossary.csv",
                     *embedding]),
        "theme inputs": (code_of(stages.themes.MARKING_CODE), ["themes/cluster_text.py", "themes/repeats.py"],
                         ["gazetteer.py", "data/authorities.csv", "data/glossary.csv", *embedding]),
        "themes": (code_of(stages.themes.THEME_CODE), themes,
                   ["data/synonyms.csv", "data/field_themes.csv", "data/topic_concepts.csv", "nlp.py", *embedding]),
        "tracker": (stages.track.track_code(), ["recommendations.py", *tracker], embedding),
        "matrix": (code_of(stages.matrix.MATRIX_CODE), ["comparison_tables.py"],
                   ["compare.py", "grade_themes.py", "inspections.py", "uncertainty.py", "views.py"]),
        "workbook": (code_of(REPORT_CODE["workbook.xlsx"]), ["report/workbook.py"], ["report/xlsx.py", "display.py"]),
        "qdpx": (code_of(REPORT_CODE["project.qdpx"]), ["report/qdpx.py"], ["display.py", "runfolder.py"]),
    }


@pytest.mark.parametrize("cached", sorted(_code_lists()))
def test_every_cached_output_is_keyed_by_all_the_code_and_data_that_make_it(cached):
    """A cached or taken-over output whose key leaves out a module it is made by or a data file it reads would be
    reused after that code changed: an old wording or result kept. The lists are read from the imports
    (pipeline.code_files); checked here against what Python loads when it imports the modules the output is made
    by, and against files each must name."""
    import subprocess
    import sys
    from pathlib import Path

    from pipeline.code_files import MACHINERY, imported_code

    listed, roots, named = _code_lists()[cached]
    assert set(named) <= set(listed), sorted(set(named) - set(listed))
    root = Path(stages.__file__).parents[1]
    assert all((root / name).is_file() for name in listed)
    modules = ["pipeline." + name.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for name in roots]
    loaded = subprocess.run([sys.executable, "-c", f"import sys, {', '.join(modules)}; "
                             "print(' '.join(m for m in sys.modules if m.startswith('pipeline.')))"],
                            capture_output=True, text=True, check=True).stdout.split()
    paths = [name.removeprefix("pipeline.").replace(".", "/") for name in loaded]
    # Not required: package __init__ files and what they alone load (Python runs them because one of their modules is
    # imported), and the cache's machinery.
    inits = tuple(f"{path}/__init__.py" for path in paths if (root / path / "__init__.py").exists())
    spared = set(imported_code(inits)) | set(MACHINERY)
    missing = sorted(f"{path}.py" for path in paths if f"{path}.py" not in set(listed) | spared
                     and not (root / path / "__init__.py").exists())
    assert not missing, missing
