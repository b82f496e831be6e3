"""Meeting business the rules had kept (issue 15, round 15, branch furniture18): a paper promised to the meeting
with a modal ("would be submitted to the Committee", "Members would be given a briefing"), a council's summons and
the requisition that called the meeting, a petition's procedure and title, a disclosure of interest form, a rule
for disclosures, a web page's own text and links, a paper moved ("proposed and introduced the report"). Kept: the
same shapes when the promise is to the service's people or bodies, names a change or a trouble, or goes to the
inspectorate; a request or a proposal that asks for something; what a petition asked for. All sentences are our own
words."""

import pytest

from pipeline.ingest import infer_doc_type
from tests.minutes_segments import KEPT, minutes_kinds

FURNITURE = [
    # a paper promised to the meeting
    "Further updates on the matter would be submitted to the Children's, Young People and Learning Cabinet "
    "Committee when appropriate.",
    "Members would be kept informed of progress.",
    "The Director undertook to send members a breakdown of the figures by locality.",
    "She would report back to the committee on the outcome.",
    # a council's summons and the requisition that called the meeting
    "You are hereby summoned to attend a meeting of the Borough Council to be held in the Civic Hall.",
    "Following a requisition signed by five members, the Mayor had agreed that an extraordinary meeting of the Council "
    "should be held.",
    # a petition's procedure and its title
    "The petition was referred to the Director of Children's Services for a written response within 28 days.",
    "Petition regarding the opening hours of the Northgate family hub",
    "A petition was presented by Councillor Osei on behalf of local parents.",
    # a disclosure of interest form, a rule for disclosures
    "Members will be asked to confirm that their disclosure of interest forms are up to date.",
    "Any other disclosures that members may wish to make during the meeting should be made orally.",
    # a web page's own text and links
    "The decisions taken at this meeting can be found on the decisions page of the council's website.",
    "Please click here to view the webcast of the meeting.",
    # a paper moved
    "The cabinet member proposed and introduced the report.",
]

KEPT_TEXTS = [
    # the same promises to the service's people or bodies, or about a change, or to the inspectorate
    "Social workers would be kept informed of changes to the practice model.",
    "Foster carers will receive a copy of the new handbook at the next support group.",
    "Copies of the leaflet on short breaks will be given to every family at the hubs.",
    "The service would report back to Ofsted on progress against each recommendation.",
    "Information on the local offer will be sent to all care leavers by their personal advisers.",
    "Members would be given more say in how the fostering service recruits carers.",
    # a request or a proposal that asks for something
    "The Chair proposed that a task group be set up to look at the delays in health assessments.",
    "She proposed a review of the placement sufficiency strategy.",
    "Councillor Lee proposed an update to the threshold guidance for schools.",
    # what a petition asked for
    "The petition asked the Council to keep the Northgate family hub open on Saturdays.",
    # a rule for the service, not for the meeting
    "Any concerns about a child's safety should be made known to the front door service at once.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_promises_summonses_petitions_and_site_text_are_furniture(text):
    assert minutes_kinds([text])[0] == "procedural", text


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_the_same_shapes_about_the_service_stay(text):
    assert minutes_kinds([text])[0] in KEPT, text


def test_a_summons_is_read_as_the_record_of_a_meeting():
    notice = ("To all Members of the Council\n\nYou are hereby summoned to attend an extraordinary meeting.\n\n"
              "1. Apologies for absence\n\n2. Children's services: the Ofsted inspection\n")
    assert infer_doc_type(notice) == "committee_minutes"
    assert infer_doc_type("The inspection of children's services found that practice was good.\n") != \
        "committee_minutes"
