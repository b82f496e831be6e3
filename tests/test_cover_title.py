"""An inspection report's title from its cover, joined over the PDF's line breaks (pipeline.cover_title)."""

import pytest

from pipeline.cover_title import cover_title
from pipeline.ingest import infer_doc_type


@pytest.mark.parametrize("cover, title", [
    # the council's name above a title wrapped over two lines, a second title after a lone "and"
    ("Newtown Borough\nInspection of services for children in need of help and\nprotection, children looked after "
     "and care leavers\nand\nReview of the local board\nInspection date: 1 March 2016\n",
     "Newtown Borough: Inspection of services for children in need of help and protection, children looked after "
     "and care leavers"),
    # a title naming its council, wrapped over three lines: no name put before it
    ("Inspection of City of Newtown\nMetropolitan Borough Council local\nauthority children's services\n\n"
     "Inspection dates: 2 to 13 May 2022\n",
     "Inspection of City of Newtown Metropolitan Borough Council local authority children's services"),
    # the council's name below the title, and a name wrapped over two lines above it
    ("Inspection of looked after children\nservices\nNewshire County Council\n\nInspection dates: 1 - 5 July 2013\n",
     "Newshire County Council: Inspection of looked after children services"),
    ("Royal Borough of Newton upon\nSea\n\nInspection of children's social care services\n\nInspection dates: x\n",
     "Royal Borough of Newton upon Sea: Inspection of children's social care services"),
])
def test_the_cover_title_is_joined_over_its_lines_with_the_councils_name(cover, title):
    assert cover_title(cover) == title


def test_no_title_when_no_line_near_the_top_opens_an_inspections_title():
    assert cover_title("Children's Scrutiny Committee\n\nReport of the Director\n\n12 March 2019\n\nPurpose\n\n"
                       "Inspection of services\n") == ""
    assert cover_title("Ofsted inspection of services\n\nThe report was published.\n") == ""


def test_ingest_titles_an_inspection_report_by_its_cover_and_other_documents_by_their_first_line(tmp_path):
    from pipeline.ingest import ingest

    report = ("Inspection of Newtown local\nauthority children's services\n\nInspection dates: 1 to 5 May 2023\n\n"
              "Ofsted inspected the services. Leaders know their services well.\n")
    minutes = ("Newtown Council Cabinet\n\nMinutes of the meeting held on 4 June 2023\n\n"
               "Inspection of Newtown local authority children's services\n\nMembers noted the Ofsted report.\n")
    (tmp_path / "report.txt").write_text(report)
    (tmp_path / "minutes.txt").write_text(minutes)
    assert infer_doc_type(report) == "inspection_report"
    titles = dict(zip(*[ingest(tmp_path).documents[c] for c in ("file", "title")]))
    assert titles["report.txt"] == "Inspection of Newtown local authority children's services"
    assert titles["minutes.txt"] == "Newtown Council Cabinet"


def test_minutes_opening_with_the_councils_name_alone_are_titled_by_the_body_that_met():
    from pipeline.ingest import _title

    opening = "DERBYSHIRE COUNTY COUNCIL\n\nCABINET\n\nMinutes of the meeting held on 2 March 2016\n"
    assert _title(opening) == "DERBYSHIRE COUNTY COUNCIL: CABINET"
    assert _title("London Borough of Bromley\nChildren's Services Select Committee\nPresent: Councillor A") == \
        "London Borough of Bromley: Children's Services Select Committee"
    # the next line is the meeting's particulars, not a body: the council's name stays alone
    assert _title("Walsall Council\n\nMinutes of the Cabinet, 4 May 2016\n") == "Walsall Council"
    # a first line that is no council's name alone is the title as it is
    assert _title("Corporate Parenting Panel\nMinutes of 3 June 2019\n") == "Corporate Parenting Panel"
