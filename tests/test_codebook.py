from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.themes.codebook import CodebookTheme, code_with_codebook, codebook_centres, load_codebook
from pipeline.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "childrens_services_codebook.yaml"


def test_shipped_codebook_loads_and_covers_the_recurring_themes():
    names = {t.name.lower() for t in load_codebook(SHIPPED)}
    assert len(names) >= 20
    for word in ("caseload", "chronolog", "police", "recruitment", "management oversight", "voice of the child",
                 "threshold", "early help", "domestic abuse", "care leavers", "disabled", "health"):
        assert any(word in name for name in names), word


@pytest.mark.parametrize("text,problem", [("themes: []", "needs a list"), ("themes:\n  - description: x", "no name"),
                                          ("themes:\n  - name: A\n  - name: A", "twice"), ("themes: [", "YAML")])
def test_bad_codebooks_are_explained(tmp_path, text, problem):
    path = tmp_path / "book.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_codebook(path)


def test_findings_fit_the_codebook_or_are_discovered(tmp_path, hashing_embedder):
    path = tmp_path / "book.yaml"
    path.write_text("themes:\n"
                    "  - name: caseloads\n    group: workforce\n    description: caseloads workload\n"
                    "    examples: [high caseloads heavy workload]\n"
                    "  - name: police\n    group: partners\n    description: police strategy discussions\n"
                    "    examples: [police attend strategy discussions]\n")
    book = load_codebook(path)
    texts = (["high caseloads heavy workload"] * 6 + ["police attend strategy discussions"] * 6
             + [f"adoption panel matching adopters {i}" for i in range(12)])
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(len(texts))], "text": texts,
                             "authority": ["Walsall", "Wirral"] * (len(texts) // 2)})
    vectors = hashing_embedder.embed(texts)
    result = code_with_codebook(findings, vectors, book, codebook_centres(book, hashing_embedder), threshold=0.5,
                               n_themes=2)
    ids = result.assignment["theme_id"].to_numpy()
    assert set(ids[:6]) == {0} and set(ids[6:12]) == {1}
    assert (ids[12:] >= 2).all()  # what the codebook misses is discovered, not dropped
    sources = result.themes.set_index("theme_id")["source"]
    assert sources[0] == "codebook" and (sources[sources.index >= 2] == "discovered").all()
    assert result.themes.loc[result.themes.source == "discovered", "label"].str.startswith("(discovered)").all()
    assert len(result.centroids) == len(result.themes)
    assert result.assignment["theme_id"].notna().all()


def test_threshold_must_be_a_similarity(hashing_embedder):
    with pytest.raises(ConfigError, match="threshold"):
        code_with_codebook(pd.DataFrame({"finding_id": ["a"], "text": ["x"], "authority": ["A"]}),
                          np.ones((1, 64), dtype=np.float32), [], np.ones((0, 64), dtype=np.float32), threshold=1.5)


def test_up_to_three_codes_per_finding_each_at_its_own_threshold():
    from pipeline.themes.codebook import code_findings

    similarity = np.array([[0.9, 0.5, 0.45, 0.44], [0.3, 0.2, 0.1, 0.0], [0.5, 0.55, 0.2, 0.2]])
    rows, codes, values = code_findings(similarity, np.array([0.6, 0.5, 0.4, 0.4]))
    assert list(zip(rows, codes)) == [(0, 0), (0, 1), (0, 2), (2, 1)]  # at most 3; row 2's code 0 is under 0.6
    assert list(values) == [0.9, 0.5, 0.45, 0.55]


def test_calibrated_thresholds_are_read_for_their_embedding_model_only(tmp_path):
    from pipeline.themes.codebook import load_thresholds

    book = tmp_path / "book.yaml"
    book.write_text("themes:\n  - name: caseloads\n    examples: [high caseloads]\n  - name: police\n")
    (tmp_path / "book_thresholds.csv").write_text("code,threshold,embedding_model\ncaseloads,0.55,model-a\n")
    themes = load_codebook(book)
    assert list(load_thresholds(book, themes, "model-a#onnx", 0.4)) == [0.55, 0.4]
    assert list(load_thresholds(book, themes, "model-b", 0.4)) == [0.4, 0.4]


def test_finding_codes_list_every_code_of_a_finding(hashing_embedder):
    themes = [CodebookTheme("caseloads", "", ("caseloads",)), CodebookTheme("workload", "", ("workload",))]
    texts = ["caseloads workload"] * 4 + ["unrelated adoption text"] * 12
    findings = pd.DataFrame({"finding_id": [f"f{i}" for i in range(16)], "text": texts, "authority": ["A"] * 16})
    result = code_with_codebook(findings, hashing_embedder.embed(texts), themes,
                                codebook_centres(themes, hashing_embedder), threshold=np.array([0.3, 0.3]))
    assert list(result.codes.columns) == ["finding_id", "code", "similarity"]
    assert set(result.codes.loc[result.codes.finding_id == "f0", "code"]) == {"caseloads", "workload"}
    assert (result.codes["similarity"] >= 0.3).all()
