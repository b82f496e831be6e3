import pandas as pd

from pipeline.views import HEADLINE, Selection, countable, documents_frame, select


def _documents():
    return pd.DataFrame({"doc_id": ["r1", "r2", "m1"], "authority": ["X", "X", "X"],
                         "doc_type": ["inspection_report", "inspection_report", "committee_minutes"],
                         "date": ["2016-01-20", "2019-05-08", "2019"],
                         "published": ["", "2019-06-01", ""]})


def _findings():
    return pd.DataFrame({"finding_id": list("abcdef"), "doc_id": ["r1", "r1", "r2", "r2", "m1", "m1"],
                         "doc_type": ["inspection_report"] * 4 + ["committee_minutes"] * 2,
                         "kind": ["finding", "action", "finding", "finding", "finding", "finding"],
                         "voice": ["inspectorate"] * 4 + ["council"] * 2, "polarity": "concern",
                         "duplicate_of": ["", "", "", "c", "", ""], "stock": ["", "", "", "", "true", ""]})


def test_documents_frame_uses_published_and_judgement_frameworks():
    judgements = pd.DataFrame({"doc_id": ["r1", "r2"], "framework": ["SIF 2013-2017", "ILACS"]})
    frame = documents_frame(_documents(), judgements).set_index("doc_id")
    assert frame.loc["r2", "when"] == "2019-06-01" and frame.loc["r1", "when"] == "2016-01-20"
    assert frame.loc["r1", "framework"] == "SIF 2013-2017" and frame.loc["m1", "framework"] == ""


def test_headline_is_like_for_like_and_duplicates_count_once():
    frame = documents_frame(_documents())
    assert list(countable(_findings())["finding_id"]) == ["a", "b", "c", "f"]
    assert list(select(_findings(), frame, HEADLINE)["finding_id"]) == ["a", "c"]


def test_framework_and_period_restrictions():
    judgements = pd.DataFrame({"doc_id": ["r1", "r2"], "framework": ["SIF 2013-2017", "ILACS"]})
    frame = documents_frame(_documents(), judgements)
    sif = Selection(frameworks=("sif",))
    assert set(select(_findings(), frame, sif)["doc_id"]) == {"r1"}
    assert set(select(_findings(), frame, Selection(date_from="2019"))["doc_id"]) == {"r2", "m1"}
    # m1 is dated only "2019": kept while its year overlaps the period.
    assert set(select(_findings(), frame, Selection(date_to="2019-05"))["doc_id"]) == {"r1", "m1"}
    assert set(select(_findings(), frame, Selection(date_from="2019-06"))["doc_id"]) == {"r2", "m1"}
    assert set(select(_findings(), frame, Selection(date_to="2018"))["doc_id"]) == {"r1"}
    assert Selection(frameworks=("ILACS",), date_from="2018").suffix() == "__framework-ILACS__from-2018"
    assert HEADLINE.suffix() == "__kind-finding__voice-inspectorate__doctype-inspection_report"


def test_matrix_views_list_the_selection_as_data_whatever_the_framework_is_called(tmp_path):
    from pipeline.views import listed_fields, listed_selection

    names = ["ILACS", "SIF, 2013-2017", "joint; area", 'the "new" framework', " padded ", "a, b; c, \"d\"", "",
             '["ILACS"]']
    rows = [listed_fields(Selection(kinds=("finding",), frameworks=(name, "ILACS"), date_from="2018"))
            for name in names] + [listed_fields(Selection()), listed_fields(HEADLINE)]
    path = tmp_path / "matrix_views.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    read = pd.read_csv(path, keep_default_na=False, dtype=str)  # through a file, as the report reads it
    for i, name in enumerate(names):
        assert listed_selection(read.iloc[i]) == Selection(kinds=("finding",), frameworks=(name, "ILACS"),
                                                           date_from="2018"), name
    assert listed_selection(read.iloc[len(names)]) == Selection()
    assert listed_selection(read.iloc[-1]) == HEADLINE
    # A listing from before the columns (or a row an older version wrote beside newer ones) lists no selection.
    assert listed_selection({"selection": "framework ILACS"}) is None
    assert listed_selection({**rows[0], "kinds": ""}) is None
    assert listed_selection({**rows[0], "frameworks": '"ILACS"'}) is None
    # The words stay for people, quoted where a value holds a comma, a semicolon or a double quote.
    assert Selection(frameworks=("SIF, 2013",)).describe() == 'framework "SIF, 2013"'
    # The file suffix stays a plain file name whatever the name holds.
    assert Selection(frameworks=("SIF, 2013/14",)).suffix() == "__framework-SIF--2013-14"


def test_a_whole_framework_name_keeps_that_framework_only():
    judgements = pd.DataFrame({"doc_id": ["r1", "r2"], "framework": ["ILACS", "ILACS, 2023 revision"]})
    frame = documents_frame(_documents(), judgements)
    assert set(select(_findings(), frame, Selection(frameworks=("ILACS",)))["doc_id"]) == {"r1"}
    assert set(select(_findings(), frame, Selection(frameworks=("ilacs, 2023 revision",)))["doc_id"]) == {"r2"}
    assert set(select(_findings(), frame, Selection(frameworks=("2023",)))["doc_id"]) == {"r2"}
