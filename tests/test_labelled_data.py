"""The hand-labelled reference data in tests/data stays usable: right columns, labels from the scheme, no duplicates.

These files score the pipeline (theme agreement, codebook precision/recall, named-theme recall), so a renamed
codebook theme or a hand edit that breaks a row must show here rather than as a silently lower score.
"""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.themes.codebook import load_codebook

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CODES = {t.name for t in load_codebook(ROOT / "models" / "childrens_services_codebook.yaml")}
THEMES = CODES | {"Inspection outcome and improvement plan", "None"}
NAMED = {"caseloads and workload", "chronologies", "police in strategy discussions", "workforce churn",
         "management oversight and supervision"}
BUNDLED_FILES = {p.name for p in (ROOT / "corpus").rglob("*") if p.is_file()}


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, comment="#", keep_default_na=False)


def labels(column: pd.Series) -> list[list[str]]:
    return [[part for part in value.split("|") if part] for value in column]


@pytest.mark.parametrize("name,columns,minimum", [
    ("labelled_themes_heldout.csv", ["doc", "text", "theme"], 250),
    ("labelled_themes_more.csv", ["doc", "text", "theme"], 100),
    ("codebook_coded.csv", ["doc", "text", "codes"], 500),
    ("codebook_coded_targeted.csv", ["doc", "text", "codes", "found_by"], 100),
    ("codebook_coded_fresh.csv", ["doc", "text", "codes", "drawn", "set"], 300),
    ("codebook_coded_heldout2.csv", ["doc", "text", "codes", "drawn"], 150),
    ("codebook_coded_heldout3.csv", ["doc", "text", "codes", "drawn"], 160),
    ("codebook_coded_targeted_six.csv", ["doc", "text", "codes", "found_by"], 60),
    ("codebook_coded_targeted_weak.csv", ["doc", "text", "codes", "found_by"], 50),
    ("named_themes.csv", ["doc", "text", "named_theme", "found_by"], 500),
])
def test_labelled_file_has_its_columns_a_sampling_header_and_no_duplicates(name, columns, minimum):
    header = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("default_rng" in line or "seed" in line for line in header), "the header must say how it was sampled"
    table = read(name)
    assert list(table.columns) == columns
    assert len(table) >= minimum
    assert not table.duplicated(["doc", "text"]).any()
    assert (table["text"].str.strip() != "").all() and (table["doc"] != "").all()


@pytest.mark.parametrize("name", ["labelled_themes.csv", "labelled_themes_heldout.csv", "labelled_themes_more.csv"])
def test_reference_themes_come_from_the_scheme(name):
    assert set(read(name)["theme"]) <= THEMES


def test_held_out_themes_are_from_reports_outside_the_bundled_corpus_and_the_top_up_from_inside_it():
    assert not set(read("labelled_themes_heldout.csv")["doc"]) & BUNDLED_FILES
    assert set(read("labelled_themes_more.csv")["doc"]) <= BUNDLED_FILES
    held_out = read("labelled_themes_heldout.csv")
    assert held_out["doc"].value_counts().max() <= 8 and held_out["doc"].nunique() >= 50


def test_bundled_and_held_out_theme_sets_do_not_overlap_and_together_cover_twenty_themes():
    frames = [read(n) for n in ("labelled_themes.csv", "labelled_themes_more.csv", "labelled_themes_heldout.csv")]
    keys = [set(zip(f["doc"], f["text"])) for f in frames]
    assert not (keys[0] & keys[1]) and not (keys[0] & keys[2]) and not (keys[1] & keys[2])
    counts = pd.concat(frames)["theme"].value_counts().drop("None", errors="ignore")
    assert (counts >= 8).sum() >= 20 and sum(len(k) for k in keys) >= 400


@pytest.mark.parametrize("name", ["codebook_coded.csv", "codebook_coded_targeted.csv", "codebook_coded_fresh.csv",
                                  "codebook_coded_targeted_bundled.csv", "codebook_coded_heldout2.csv",
                                  "codebook_coded_targeted_weak.csv", "codebook_coded_heldout3.csv",
                                  "codebook_coded_targeted_six.csv"])
def test_codes_are_codebook_theme_names_at_most_three_and_distinct(name):
    for codes in labels(read(name)["codes"]):
        assert set(codes) <= CODES and len(codes) <= 3 and len(set(codes)) == len(codes)


def test_codebook_coded_is_about_half_bundled_and_half_shared_and_apart_from_the_targeted_rows():
    coded, targeted = read("codebook_coded.csv"), read("codebook_coded_targeted.csv")
    bundled = coded["doc"].isin(BUNDLED_FILES).mean()
    assert 0.3 <= bundled <= 0.7
    assert not set(zip(coded["doc"], coded["text"])) & set(zip(targeted["doc"], targeted["text"]))


def test_named_themes_have_thirty_positives_each_including_some_found_at_random():
    table = read("named_themes.csv")
    rows = [(found_by, n) for found_by, names in zip(table["found_by"], labels(table["named_theme"])) for n in names]
    assert {n for _, n in rows} <= NAMED
    for theme in NAMED:
        assert sum(n == theme for _, n in rows) >= 30, theme
        assert any(n == theme and f.startswith("random") for f, n in rows), theme


def test_fresh_codebook_rows_are_new_findings_of_shared_reports_split_by_document_into_training_and_held_out():
    fresh = read("codebook_coded_fresh.csv")
    earlier = pd.concat([read(n) for n in ("codebook_coded.csv", "codebook_coded_targeted.csv",
                                           "codebook_coded_targeted_bundled.csv")])
    assert not set(fresh["text"]) & set(earlier["text"]) and not set(fresh["doc"]) & BUNDLED_FILES
    assert set(fresh["set"]) == {"training", "heldout"} and (fresh.groupby("doc")["set"].nunique() == 1).all()
    keyword = fresh.loc[fresh["drawn"] != "random", "drawn"]
    assert keyword.str.startswith("keyword: ").all() and set(keyword.str.removeprefix("keyword: ")) <= CODES
    held_out = fresh[(fresh["set"] == "heldout") & (fresh["drawn"] == "random")]
    assert len(held_out) >= 200 and held_out["doc"].nunique() >= 50


def test_second_held_out_rows_are_new_random_findings_of_the_held_out_reports_and_the_weak_code_rows_of_the_others():
    second, weak = read("codebook_coded_heldout2.csv"), read("codebook_coded_targeted_weak.csv")
    fresh = read("codebook_coded_fresh.csv")
    earlier = pd.concat([read(n) for n in ("codebook_coded.csv", "codebook_coded_targeted.csv",
                                           "codebook_coded_targeted_bundled.csv", "codebook_coded_fresh.csv")])
    assert not set(second["text"]) & set(earlier["text"]) and not set(weak["text"]) & set(earlier["text"])
    assert not set(second["text"]) & set(weak["text"]) and (second["drawn"] == "random").all()
    assert set(second["doc"]) == set(fresh.loc[fresh["set"] == "heldout", "doc"])  # never trained on
    assert set(weak["doc"]) <= set(fresh.loc[fresh["set"] == "training", "doc"])
    assert (second["doc"].value_counts() == 3).all()


def test_third_held_out_rows_are_new_random_findings_three_of_each_held_out_report():
    third, fresh = read("codebook_coded_heldout3.csv"), read("codebook_coded_fresh.csv")
    others = [p.name for p in DATA.glob("codebook_coded*.csv") if p.name != "codebook_coded_heldout3.csv"]
    earlier = pd.concat([read(n) for n in others])
    normal = lambda texts: {" ".join(t.lower().split()) for t in texts}  # noqa: E731
    assert not normal(third["text"]) & normal(earlier["text"]) and (third["drawn"] == "random").all()
    assert set(third["doc"]) == set(fresh.loc[fresh["set"] == "heldout", "doc"])  # never trained on
    assert (third["doc"].value_counts() == 3).all() and len(third) >= 160
    pooled = pd.concat([third, read("codebook_coded_heldout2.csv"),
                        fresh[(fresh["set"] == "heldout") & (fresh["drawn"] == "random")]])
    assert len(pooled) >= 500 and not pooled.duplicated(["doc", "text"]).any()


def test_six_weak_code_rows_are_new_findings_of_the_training_reports_found_by_their_code_words():
    six, fresh = read("codebook_coded_targeted_six.csv"), read("codebook_coded_fresh.csv")
    others = [p.name for p in DATA.glob("codebook_coded*.csv") if p.name != "codebook_coded_targeted_six.csv"]
    earlier = pd.concat([read(n) for n in others])
    normal = lambda texts: {" ".join(t.lower().split()) for t in texts}  # noqa: E731
    assert not normal(six["text"]) & normal(earlier["text"])
    assert set(six["doc"]) <= set(fresh.loc[fresh["set"] == "training", "doc"])  # never a held-out report
    searched = six["found_by"].str.removeprefix("search4_")
    assert set(searched) <= CODES and (searched.value_counts() == 10).all()
