"""What a paper covers, said of the paper and nothing more: meeting furniture of council minutes (issue 15).

Minutes often say which parts of a paper the meeting had before it: "The report summarised the key findings of the
inspection.", "the Council's strengths were detailed at paragraphs 6 to 15 and areas for development at paragraphs
16 to 23". Such a sentence points to the paper; it says nothing of the service, and a reader of set Y37 (forty-first
session, two readers under docs/blind_reads.md's words) called each one furniture. A paper that says something stays:
"The report outlined the findings, which showed caseloads had fallen", "The report outlined the areas where progress
had been too slow". Read by pipeline.meeting_phrases (reason: a document link or what a paper holds).
"""

from __future__ import annotations

from pipeline.furniture_reasons import any_of

PAPER_CONTENTS = any_of(
    # the whole sentence is the paper and its contents' kind
    r"^(the|this) (submitted |attached |accompanying |covering )?(report|paper|presentation)( to (the )?[\w]+)? "
    r"(summarised|summarized|outlined|detailed|set out|described) the (key |main |principal )?(findings|details|"
    r"content|contents|purpose|background)( of (the|this|that) ([\w-]+ ){0,3}(inspection|visit|review|report|letter))?"
    r"\.?$",
    # where in the paper a part of it is ("were detailed at paragraphs 6 to 15"), with no clause that says something
    r"^(?![^!?]*\b(that|which|where|showing|showed|shows|because|although|but)\b)[^!?]*\b(were|was|are|is) "
    r"(outlined|detailed|set out|included|summarised|summarized|described) (at|in) paragraphs? \d",
)
