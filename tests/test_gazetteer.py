from pathlib import Path

import pandas as pd
import pytest

from pipeline.gazetteer import canonical_authority, infer_authority, infer_date, load_authorities

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_gazetteer_covers_english_childrens_services_authorities():
    table = load_authorities()
    assert len(table) >= 150 and table["name"].is_unique and table["slug"].is_unique
    for name in ("Walsall", "West Sussex", "Wirral", "North Yorkshire", "Cumberland", "Westmorland and Furness",
                 "Bournemouth, Christchurch and Poole", "City of London", "Isles of Scilly"):
        assert name in set(table["name"])


@pytest.mark.parametrize("given,expected", [
    ("Wirral Council", "Wirral"), ("Metropolitan Borough of Wirral", "Wirral"), ("brighton & hove", "Brighton and Hove"),
    ("Hull", "Kingston upon Hull"), ("County Durham", "Durham"), ("BCP", "Bournemouth, Christchurch and Poole"),
    ("London Corporation", "City of London"), ("West Sussex County Council", "West Sussex"),
    ("Atlantis", None), ("", None),
])
def test_canonical_names(given, expected):
    assert canonical_authority(given) == expected


def test_every_shared_report_slug_is_in_the_gazetteer():
    files = list(SHARED.glob("*/*.pdf"))
    if not files:
        pytest.skip("../shared is not beside the checkout")
    slugs = set(load_authorities()["slug"])
    assert {f.name.rsplit("_", 1)[0] for f in files} <= slugs


def test_authority_from_title_not_passing_mentions():
    text = ("Council – 24 September 2012\n\nNotice of motion – Ofsted Inspection of Walsall Council's service\n\n"
            "To build partnerships with Liverpool, Oldham and Newcastle-on-Tyne. West Midlands Police attended.")
    assert infer_authority(text)[0] == "Walsall"
    assert infer_authority("no place here")[0] is None


def test_seed_authorities_agree_with_the_manifest():
    manifest = pd.read_csv(CORPUS / "manifest.csv", dtype=str)
    seeds = manifest[manifest["file"].str.endswith(".txt")]
    found = [infer_authority((CORPUS / f).read_text())[0] for f in seeds["file"]]
    agree = sum(a == b for a, b in zip(found, seeds["authority"]))
    assert agree >= len(seeds) - 1  # the West Sussex minutes name their council only as "WSCC"
    assert all(a in (b, None) for a, b in zip(found, seeds["authority"]))


@pytest.mark.parametrize("text,expected,how", [
    ("Inspection of Walsall\n\nInspection dates: 11 – 22 June 2012\n\nPublished: 31 July 2012", "2012-07-31",
     "publication"),
    ("Inspection of Wirral\nInspection dates: 18 to 29 September 2023\nLead inspector", "2023-09-29", "inspection"),
    ("Council – 24 September 2012\n\nNotice of motion", "2012-09-24", "top"),
    ("Minutes 2019-04-05 of the committee", "2019-04-05", "top"),
    ("Annual report 2016 on services", "2016", "year"),
])
def test_dates(text, expected, how):
    found, explanation = infer_date(text)
    assert found == expected and how in explanation


def test_no_date():
    assert infer_date("nothing here")[0] is None
