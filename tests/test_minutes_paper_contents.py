"""Issue 15 (forty-first session): a sentence that only points to what a paper covers is meeting furniture
(pipeline.paper_contents); one that says something of the service through the paper stays, and so does a degree put
on what is described ("progress had been too slow"), which pipeline.meeting_talk had read as the meeting's "too".
Our own words, in the shape of real minutes."""

from pipeline.furniture import LINK
from tests.minutes_segments import exclusion_reasons_of as _reasons


def test_a_paper_pointed_to_is_furniture():
    texts = ["The report to Cabinet summarised the key findings of the inspection.",
             "The paper outlined the background.",
             "The findings were set out in the report, the strengths were detailed at paragraphs 4 to 9 and the "
             "areas to improve at paragraphs 10 to 14."]
    assert _reasons(texts) == [LINK] * 3


def test_a_paper_that_says_something_stays():
    texts = ["The report outlined the key findings, which showed that caseloads had fallen.",
             "The report set out that caseloads had fallen to 18.",
             "The report summarised the findings: practice with families was good.",
             "The report summarised the key findings of the inspection, most of them positive.",
             "Weaknesses in supervision were detailed at paragraph 6, because audits had found them in half the files.",
             "The report outlined the areas where progress had been too slow.",
             "The Director outlined the areas where placements were so few that children moved away."]
    assert _reasons(texts) == [""] * len(texts)
