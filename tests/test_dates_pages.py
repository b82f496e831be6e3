"""Dates a document states about itself (publication, inspection start and end) and PDF page numbers of findings:
small fixtures, and real reports of each framework from ../shared against the publication dates of their
manifests."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.gazetteer import infer_dates
from pipeline.ingest import ingest
from pipeline.pages import page_of, with_pages
from pipeline.readers import read_document
from tests.test_judgements import SHARED, needs_shared

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.mark.parametrize("text,published,start,end", [
    # the publication date mid-line, after the inspection dates on the same line
    ("Anyshire\nInspection date: 2 June 2014 – 25 June 2014 Report published: 8 August 2014\n",
     "2014-08-08", "2014-06-02", "2014-06-25"),
    ("Inspection date: 14 January – 5 February 2014\nThe overall judgement is good\n", "", "2014-01-14", "2014-02-05"),
    ("Inspection date: 6 to 30 July 2015\nReport published: 15 September 2015\n", "2015-09-15", "2015-07-06",
     "2015-07-30"),
    ("Inspection date: 12/09/2016 to 06/10/2016\nReport published: 25/11/2016\n", "2016-11-25", "2016-09-12",
     "2016-10-06"),
    # two periods, the second wrapped onto the next line
    ("Inspection dates: 19 November-11 December 2013 and 28 – 30\nJanuary 2014\nThe overall judgement", "",
     "2013-11-19", "2014-01-30"),
    ("Inspection of looked after children\nInspection dates: 15 – 19 July 2013\nReporting inspector A Person HMI\n"
     "Published: 23 August 2013\n", "2013-08-23", "2013-07-15", "2013-07-19"),
    ("Inspection date: 28 July 2016\n", "", "2016-07-28", "2016-07-28"),
])
def test_stated_dates(text, published, start, end):
    dates = infer_dates(text)
    assert (dates.published, dates.inspection_start, dates.inspection_end) == (published, start, end)
    assert dates.date == (published or end)
    assert dates.how == ("publication date" if published else "end of inspection dates")


def test_a_previous_publication_in_prose_is_not_the_publication_date():
    text = ("Inspection dates: 4 to 15 October 2021\n\nThe last inspection report was published in July 2012. "
            "It was published: 31 July 2012 by Ofsted.")
    assert infer_dates(text).published == ""


def test_the_day_a_pdf_was_made_dates_a_report_that_states_no_publication():
    text = "Inspection dates: 18 to 29 September 2023\nLead inspector: A Person\n"
    assert infer_dates(text, file_made="2024-02-01").date == "2024-02-01"
    assert infer_dates(text, file_made="2024-02-01").how == "PDF made after the inspection"
    # a file made before the inspection ended, or years later (a re-saved copy), is not the published report
    assert infer_dates(text, file_made="2023-09-01").date == "2023-09-29"
    assert infer_dates(text, file_made="2026-01-01").date == "2023-09-29"
    # minutes state no inspection dates: the PDF's date never replaces their meeting date
    assert infer_dates("Children's Scrutiny Committee\n12 October 2016\n", file_made="2017-03-01").date == "2016-10-12"


def _published(folder: str) -> dict:
    manifest = pd.read_csv(SHARED / folder / "manifest.csv", dtype=str, keep_default_na=False)
    return {f: date(2000 + int(p[6:8]), int(p[3:5]), int(p[0:2])) for f, p in zip(manifest["file"],
                                                                                manifest["published"])}


@needs_shared
@pytest.mark.parametrize("folder,file", [
    ("ofsted_reports_sif", "bolton_2014-mar-21.pdf"),  # states no publication date: end of inspection
    ("ofsted_reports_sif", "sheffield_2014-feb-21.pdf"),  # two inspection periods over two lines
    ("ofsted_reports_sif", "redbridge_2016-nov-25.pdf"),  # numeric dates
    ("ofsted_reports_sif", "medway_2013-aug-23.pdf"),  # 2013 looked after children inspection
    ("ofsted_reports", "devon_2025-may-13.pdf"),  # ILACS, two periods, published four months after
    ("ofsted_reports", "east-sussex_2018-sep-04.pdf"),  # ILACS short, 2018
    ("ofsted_reports", "bexley_2023-mar-24.pdf"),  # ILACS, 2023 framework
])
def test_real_reports_are_dated_within_62_days_of_publication(folder, file):
    read = read_document(SHARED / folder / file)
    dates = infer_dates(read.text, file_made=read.made)
    published = _published(folder)[file]
    assert abs((date.fromisoformat(dates.date) - published).days) <= 62
    assert dates.inspection_start <= dates.inspection_end < published.isoformat()
    if dates.published:
        assert dates.published == published.isoformat()


def test_page_of_offsets():
    starts = [0, 100, 100, 250]  # page 2 is empty: it starts where page 3 does
    assert [page_of(starts, o) for o in (0, 99, 100, 249, 250, 999)] == [1, 1, 3, 3, 4, 4]
    assert page_of([], 5) is None


def test_with_pages_leaves_documents_without_pages_empty():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "page_starts": [[0, 10], []]})
    segments = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [3, 12, 4]})
    pages = with_pages(segments, documents)["page"]
    assert pages.iloc[0] == 1 and pages.iloc[1] == 2 and pd.isna(pages.iloc[2])


def test_pdf_pages_point_at_their_own_text():
    import pypdfium2 as pdfium

    path = CORPUS / "wirral_2024-feb-02.pdf"
    read = read_document(path)
    pdf = pdfium.PdfDocument(str(path))
    raw = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    pdf.close()
    assert len(read.page_starts) == len(raw) and read.page_starts == sorted(read.page_starts)
    assert read.made and read.made.startswith("2024")
    for number, start in enumerate(read.page_starts, start=1):
        words = " ".join(read.text[start:start + 400].split()[:5])
        if words and raw[number - 1]:
            assert words in raw[number - 1], (number, words)


def test_ingest_records_the_dates_and_where_the_date_came_from(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.pdf").write_bytes((CORPUS / "wirral_2024-feb-02.pdf").read_bytes())
    (corpus / "minutes.txt").write_text("Children's Scrutiny Committee minutes, 12 October 2016.\n\n"
                                        "Members asked about caseloads in the assessment teams.\n")
    result = ingest(corpus)
    documents = result.documents.set_index("file")
    assert documents.loc["report.pdf", "inspection_end"] == "2023-09-29"
    assert documents.loc["report.pdf", "date"] == "2024-02-01"  # the day the PDF was made; published 2 February
    assert documents.loc["report.pdf", "published"] == ""  # the report does not state it
    assert len(documents.loc["report.pdf", "page_starts"]) > 5 and len(documents.loc["minutes.txt", "page_starts"]) == 0
    date_from = {entry["file"]: entry["date_from"] for entry in result.inputs}
    assert date_from == {"report.pdf": "PDF made after the inspection", "minutes.txt": "date at the top"}


def test_a_stated_publication_date_wins_over_the_day_the_pdf_was_made():
    # left62: a report that prints when it was published is dated by that, not by its file's creation (made days before)
    text = "Inspection dates: 18 to 29 September 2023\nReport published: 7 November 2023\nLead inspector: A Person\n"
    dates = infer_dates(text, file_made="2023-11-03")
    assert (dates.published, dates.date, dates.how) == ("2023-11-07", "2023-11-07", "publication date")
