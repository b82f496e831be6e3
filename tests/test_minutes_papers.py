"""What a paper or a presentation at a meeting covers, named but not said (issue 15, branch furniture15k).

A describing clause runs on as a list the parser hangs on the main verb ("... summarised its main messages, the
strengths and the areas to develop"), a clause sits inside the paper's title ("a report of the Director which set
out ..."), a talk is about a topic ("spoke about the figures ... as set out in the dashboard"), an agenda's "The Panel
is invited to discuss ...", a link to a report, the outcome of an inspection noted with its appendix. Each furniture
case fails on main; the same shapes that say something about the service stay. All sentences are our own words."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments


def _kind(text: str) -> str:
    frame = pd.DataFrame({"text": [text], "section": [""], "doc_type": ["committee_minutes"], "lead_in": [""]})
    return classify_segments(frame)["kind"].iloc[0]


@pytest.mark.parametrize("text", [
    # a describing clause whose list the parser hangs on the main verb
    "Councillor Amos, Cabinet Member for Children, introduced the report which gave an overview of the focused visit "
    "and summarised the main messages, strengths of practice and priorities for development identified by inspectors.",
    "The Chief Officer of the Family Support Trust delivered a presentation to the Panel emphasising the work of the "
    "Trust over the last year, the impact of staff shortages on the Trust and the work of the Trust in the year ahead.",
    # a describing clause inside the paper's title, running on with an infinitive
    "The Working Group received a report of the Assistant Director of Children's Services which outlined work "
    "undertaken by the service and where relevant its partners to act on the recommendations from Ofsted following "
    "their visit to the county in 2022.",
    # a talk about a topic, pointed to where it is written
    "Officers spoke about the detailed figures, headlines and actions being taken to close the gaps, as set out in "
    "the quarterly performance dashboard.",
    # a link to a paper
    "There is a link to the inspectorate's full letter in the appendices.",
    # the agenda's invitation to the body
    "The Panel is invited to discuss the inspection letter and suggest topics to feed into its work programme.",
    # what someone went through "in detail", named without being said
    "The Head of Early Help presented the item and continued to explain the assessment process for families in "
    "detail.",
    # the outcome of an inspection noted where it is set out
    "The Board noted the outcome of the joint targeted area inspection set out in Appendix B to the report.",
])
def test_papers_named_but_not_said_are_furniture(text):
    assert _kind(text) == "procedural", text


@pytest.mark.parametrize("text", [
    "The Director introduced the report which outlined the plan, and members were concerned that drift had returned.",
    "The Head of Fostering presented slides highlighting that twelve new carers had been approved during the year.",
    "The Panel considered the report, which showed that the service had cut agency use by a third since the inspection.",
    "Officers spoke about the sharp rise in referrals from schools since September.",
    "The Head of Service explained the serious delays in assessments in detail.",
    "The Head of Service described in detail how social workers had cut the wait for child protection assessments.",
    "Officers talked about why the number of children missing from care had doubled.",
    "The Board noted the disappointing outcome of the joint targeted area inspection.",
    "The outcome of the inspection was that services for care leavers require improvement.",
    "Members asked that the inspection letter be discussed with the young people's forum before the next meeting.",
])
def test_the_same_shapes_saying_something_stay(text):
    assert _kind(text) != "procedural", text


@pytest.mark.parametrize("text", [
    "Councillor Lee asked that the minutes of the item on fostering be amended to include the figure for new carers "
    "given at the meeting.",
    "Add a further paragraph: the review of the youth offer would be taken by the new board in the autumn.",
    "There had been no requests for call-in of the decisions taken since the last meeting.",
    # how the meeting was held, its courtesies, items moved to another item, a heading kept with its full stop, a
    # paper's purpose
    "By agreement of the chairs, the meeting was held as an informal virtual meeting because of the snow; the remote "
    "meeting protocol therefore did not apply.",
    "The Director noted that the chair of the partnership was about to step down and the Leader agreed it would be "
    "entirely fitting for a letter of thanks to be sent to him.",
    "Further to item 5, the figures asked for on waiting times would be reported under item 9 at this meeting.",
    "Background to the Focused Visit.",
    "The Head of Service reminded Members that the Panel had looked at the area inspection in the spring, and told "
    "them that this report was to provide an update on the work done in the two quarters since.",
])
def test_changes_to_the_record_and_call_in_are_furniture(text):
    assert _kind(text) == "procedural", text


@pytest.mark.parametrize("text", [
    "Members asked that the inspection findings be shared with foster carers at their next forum.",
    "Councillor Lee asked that the plan be amended to include targets for the number of new foster carers.",
    "Background checks on new foster carers were completed on time in nine cases out of ten.",
    "The report showed that the meeting of the family panel was held late in a third of cases.",
    "(1) the inspection findings be noted (2) the improvement plan be endorsed as the response to them and (3) a "
    "letter of thanks be sent to the outgoing chair of the partnership.",
])
def test_requests_about_the_service_stay(text):
    assert _kind(text) != "procedural", text


@pytest.mark.parametrize("text", [
    # what the inspectorate did or said is no act of the meeting, though no service word is in it
    "Inspectors praised the hard work of officers.",
    "Ofsted's inspectors had recognised the preparation and thanked officers for the speed of their replies.",
])
def test_what_the_inspectorate_did_stays(text):
    assert _kind(text) != "procedural", text
