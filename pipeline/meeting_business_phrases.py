"""The agenda's business as furniture, wherever it stands in a council document: what the body is asked to do, an
item's title, purpose or emptiness, the procedure of motions and decision records, and papers promised to the meeting
with nothing in them that judges. Rows of the phrase table (reason, pattern) that pipeline.meeting_phrases assembles;
first match decides."""

from __future__ import annotations

from pipeline.furniture_reasons import AGENDA, ATTENDANCE, DECLARATIONS, HEADING, PROCEDURE
from pipeline.furniture_reasons import any_of as _any
from pipeline.meeting_arrangements import AMENDS

# What a promise of a paper to the meeting may name, and what keeps it a finding (round 15): a word that judges, a
# change or a trouble, or a reason ("A report on why the delays had grown will come to the next meeting").
_PAPER_KINDS = (r"((further|full|fuller|detailed|written|verbal|oral|short|brief|progress|final|regular|quarterly|"
                r"annual|six[- ]monthly|monthly|updated|follow[- ]up|separate|formal|more) )*")
_PAPER_WORDS = (r"reports?|updates?|briefings?|briefing notes?|presentations?|papers?|information|details|copy|copies|"
                r"items?|notes?|slides|summary|summaries|overviews?")
_PAPERS = f"({_PAPER_WORDS})"
_MEETING_DEST = (r"(meetings?|committee|sub[- ]committee|board|panel|cabinet|members|councillors|commission|forum|"
                 r"agenda|work programme|council)")
PROMISE_SAYS = (r"(?![^.!?]*\b(concern\w*|worr\w*|increas\w*|decreas\w*|ris(e|es|ing|en)|fell|fall(s|en|ing)?|"
                r"delay\w*|fail\w*|positive|negative|poor|strong|weak|inadequate|outstanding|because|why|shortfalls?|"
                r"pressures?|deteriorat\w*|declin\w*|gaps?|shortages?)\b)"
                # (a body of the service is not the meeting: "Updates would go to the Improvement Board monthly")
                r"(?![^.!?]*\b(improvement|safeguarding|partnership|transformation|programme) (board|partnership|"
                r"group)\b)")


# The agenda's business and the papers promised to the meeting (reason, pattern), in the order the table reads them.
BUSINESS_PHRASES = [
    # the agenda's request to the body, in the present tense the minute does not use ("The Committee is asked to: a)
    # consider the report; b) review progress ..."; round 21)
    (AGENDA, _any(r"^(the )?([\w-]+ ){0,3}(committee|panel|board|cabinet|commission|sub-committee|forum|members)( is| are) "
                  r"(asked|requested|recommended|invited) to\b")),
    # a declaration made without the word ("In the interests of transparency Councillor A stated that she works
    # for a children's charity"; round 21)
    (DECLARATIONS, _any(r"^in the interests? of (openness and )?transparency,? (councillor|cllr|mr|mrs|ms|dr|the|[A-Z])")),
    # (round 21) the body's chair and vice-chair confirmed or elected ("It was RESOLVED that the Chair and Vice Chair be
    # confirmed as Cllr A and Cllr B respectively"); a welcome extended to someone; the body's own work programme
    # ("The Scrutiny Manager presented a suggested draft work programme ...", with the body or its items named); a
    # presentation appended to the minutes
    (ATTENDANCE, _any(r"^(it was )?(resolved|agreed)\b[^.!?]{0,40}\b(the )?(chair(man|woman|person)?|vice[- ]chair(man|woman|"
                      r"person)?)( and (the )?vice[- ]chair(man|woman|person)?)? (be|was|were) (confirmed|appointed|elected)"
                      r" as\b",
                      r"\b(extended|offered|gave) (a |his |her |their )?(warm )?welcome to\b")),
    # (not where the sentence names whom the service is for: "ensure children in care are at the centre of work
    # programme planning" asks something of the service)
    # (nor where a review is added to it, which asks for one: "agreed to add a review of placements to its work
    # programme"; nor the agenda's own "To review the work programme", which is agenda text by where it stands)
    (PROCEDURE, _any(r"^(?![^.!?]*\bto (review|consider|note|agree|receive|approve|discuss)\b)(?=[^.!?]*\b(committee|panel|scrutiny|select|members|items?|meetings?|agenda)\b)(?![^.!?]*"
                     r"\b(children|child|young people|families|carers?|leavers|cla|lac|looked after|add|adds|added|adding|"
                     r"include|includes|included|schedule|schedules|scheduled)\b)[^.!?]*\bwork programme\b",
                     r"\b(powerpoint|presentation|slides?)\b[^.!?]{0,80}\b(is|are|was|were|has been|have been|will be) "
                     r"(included|attached|appended|published) (in|to|with) (the )?([\w-]+ ){0,3}minutes\b")),
    # a lead-in to the points made, its colon or semicolon kept ("During the discussion the following
    # points were made;"); the points themselves stay
    (PROCEDURE, _any(r"^[^.!?]{0,200}\bthe following ([\w-]+ ){0,2}(points?|comments?|matters?|issues?|actions?|"
                     r"information|questions?|observations?|responses?)\b[^.!?]{0,60}[:;]\s*-?$",
                     # the same with no noun of its own, who asked being all it says ("In response to questions from
                     # Councillor Hale, the following was noted:"; furniture69): not what inspectors found
                     r"^((in response to|following|in answer to|responding to) ([\w-]+ ){0,2}(questions?|queries|"
                     r"comments?|points?) (from|by|of) [^.!?:;]{1,80}, )?(it was noted that )?the following (was|were) "
                     r"(noted|raised|reported|confirmed|clarified|discussed|explained|said|stated|made|heard|"
                     r"advised|covered|shared|highlighted|recorded|mentioned|discussed)"
                     # (its items may follow a full stop: "..., the following was noted." - the lead's Y41)
                     r"(?! by (ofsted|(the )?inspectors?|(the )?inspectorate))[^.!?:;]{0,60}[:;.]\s*-?$")),
    # a heading that kept its full stop ("Background to the ILACS Short Inspection.")
    (HEADING, _any(r"^(background|introduction|context)( (to|of) [^.!?]{0,80})?\.?$",
                   # an inspection's name as an item title ("Ofsted Focused Visit to Children's Services in Westbrook,
                   # March 2023."): no verb of its own
                   r"^(the )?(ofsted |ilacs |joint targeted area |local area send |send )?(inspection|re-inspection|"
                   r"monitoring visit|focused visit)s? (of|into|to) (?!(consider|receive|note|review|approve|agree|discuss|"
                   r"update|understand|hear)\b)(?![^.!?]*\b(was|were|is|are|had|has|have|found|finds|"
                   r"showed|shows|judged|rated|provided|took|identified|highlighted|noted|said|concluded|stated)\b)"
                   r"[^.!?]{0,200}\.?$")),
    # a paper's purpose said in the minute ("informed them that this report was to provide an update on ...")
    (AGENDA, _any(r"\b(this|the) (report|paper|item|presentation) (was|is) (intended )?to (provide|give)( members| the "
                  r"(committee|panel|board|cabinet))? (an? )?(update|overview|summary|briefing)\b")),
    # a decision record's "Reasons:" field when it only says the meeting was told ("Reasons: To formally notify the
    # Cabinet of the progress made ...", "This report formally notifies the Cabinet of the outcome of the inspection")
    (PROCEDURE, _any(r"^\|?\s*reasons?( for (the )?decisions?)?\s*:?\s*\|?\s*(to|this report) (formally )?(notify|notifies|"
                     r"inform|informs|update|updates|brief|briefs)\b[^.!?]{0,200}\.?$")),
    # the procedure of a council meeting on motions: standing orders, moving and seconding, votes and their count
    # (a meeting's procedure rule cited by its number, "as set out in Procedure Rule 16", as a standing order is; not
    # the courts' "Family Procedure Rules 2010": furn39, TUNING on set Y36)
    (PROCEDURE, _any(r"\bstanding orders? \d", r"^(proposed|moved|seconded) by (councillor|cllr|mr|mrs|ms|the)\b",
                     r"(?<!family )(?<!civil )\bprocedure rule \d{1,2}(\.\d{1,2})?\b(?!\.?\d)",
                     r"\b(the )?(motion|amendment) was (therefore )?(lost|carried|withdrawn)\b",
                     # the vote put and the motion carried as amended, an amendment moved (what it changes is the
                     # motion's text; the resolution as carried is the substance): use37 audit
                     r"\b(substantive )?(motion|amendment)(, as amended,)? (was|be) (then |duly )?put to the (vote|meeting)\b",
                     r"^resolved\s*:?\s*that the (substantive )?motion(, as amended,)? be (carried|agreed|adopted|approved)\b",
                     r"^(she|he|they|councillor \w+|cllr \w+) (then )?moved an amendment\b(?![^.!?]*" + AMENDS + ")",
                     r"\b(card|recorded|named) vote\b", r"\bnotices? of motion (had been|were|was|have been) (received|"
                     r"submitted|circulated)\b",
                     # how the item's cover report is classed ("the report should be classified as Key", "an error
                     # on the cover report")
                     r"\b(classified|designated|treated) as an? key decision\b", r"\b(classified|designated) as key\b",
                     r"\ban error (on|in) the cover(ing)? report\b")),
    # the agenda's promise of a paper ("X will submit a written report on ...", "Cabinet will be asked to consider ...")
    (AGENDA, _any(r"\bwill (submit|present|introduce|provide|give|bring) (a |an |the )?(written |verbal |oral |short )?"
                  r"(report|update|presentation|briefing)\b[^.!?]{0,300}\.?$",
                  r"\b(will|would) (also )?be asked to (consider|note|approve|agree|endorse|comment on)\b[^.!?]{0,200}\.?$",
                  # a paper to be sent round after the meeting ("she would circulate the presentation to members")
                  r"\b(will|would) (circulate|share|send|forward|email|e-mail) (a |the )?(copy of the |copies of the )?"
                  r"(presentation|slides|slide deck)\b")),
    # an item with nothing in it ("Urgent Matters There were none.", "None received."), its title glued on or not
    (PROCEDURE, _any(r"^[^.!?]{0,60}?\b(there (were|was|had been) (none|no (other |further )?(items?|business|matters?))|"
                     r"none (were |was )?(received|declared|raised|reported|submitted))\.?$",
                     r"^there (were|was|had been) no (actions|matters|issues) arising\b",
                     # "Urgent matters Minutes: There were no items notified in advance."; not "There were no
                     # matters of concern raised by inspectors"
                     r"^([^.!?]{0,100}\bminutes\s*:\s*)?there (were|was|had been) no (other |further |urgent )?(items?|"
                     r"matters?|business)( (arising|notified|raised|reported|submitted|received|to report|to consider|"
                     r"for consideration))?( in advance)?( or urgent)?( from (the|this|that) (previous |last )?"
                     r"meeting[^.!?]{0,30})?\.?$",
                     # the scrutiny of executive decisions, not called in
                     r"\bno (requests?|notices?) (for|of) (a )?call[- ]?in\b",
                     # a decision record's empty field ("Alternative options considered: There are no alternative
                     # options.")
                     r"^(\d+[.)]? )?there (are|were|was|is) no (other )?altern?ative options?( considered)?\.?$")),
    (AGENDA, _any(r"^to (receive|consider|note|review|scrutinise|comment on|discuss|update)\b(?!.*[.!?]\s+\S)",
                  # an agenda pack's entry, its pages in brackets ("Early Help - presented by the Service Lead (Pages
                  # 9 - 16)"): every such unit of the tuning pages was agenda text (7 of 7)
                  r"\(pages? \d{1,3}( ?[-–] ?\d{1,3})?\)",
                  # a purpose line ("To understand the findings of the joint inspection and the partnership's
                  # response"); not a purpose clause opening a finding ("To understand the rise, the service commissioned a review")
                  r"^to (understand|hear|examine|explore|learn about|seek assurance)\b(?![^.!?]*, (a|an|the|we|it|this|"
                  r"they|officers|members|there)\b)(?!.*[.!?]\s+\S)",
                  # the agenda's "<body> to <act>", a subject and an infinitive with no finite verb: "The Board to
                  # receive initial feedback on ...", "Cabinet to consider the improvement plan"
                  r"^(the )?([\w’'-]+ ){0,3}(board|committee|sub[- ]committee|panel|cabinet|council|commission|forum|"
                  r"members|group|"
                  r"partnership|meeting) to (receive|consider|note|review|scrutinise|comment on|discuss|agree|approve|"
                  r"endorse|be (updated|briefed|informed))\b(?!.*[.!?]\s+\S)",
                  r"^an? report (on|about|providing|updating)\b[^.!?]{0,160}\.?$",
                  r"\b(report|item|paper),? the purpose of which (was|is) to\b",
                  r"\b(are|is) (asked|recommended|invited|requested) to (note|consider|agree|approve|endorse|discuss|"
                  r"comment on|review|scrutini[sz]e)\b",
                  # the same recorded after the meeting, of the body itself ("Cabinet was asked to agree the
                  # timetable", "Members were asked to note the progress"); not "The Director was asked to
                  # bring a report", which asks for something
                  r"^(the )?([\w’'-]+ ){0,3}(cabinet|committee|sub[- ]committee|board|panel|council|commission|forum|"
                  r"members)( members)? (was|were|had been) (asked|recommended|invited|requested) to (note|consider|"
                  r"agree|approve|endorse|discuss|comment on|review|scrutini[sz]e)\b",
                  # an item's title set out as a line of plain-text minutes ("Update on the recovery plan since the
                  # visit"): no verb and no word that judges; a verb saying what the paper found is a sentence ("The
                  # report on the visit highlighted four areas for improvement": furn39, TUNING on set Y36)
                  r"^(an? |the )?(progress |verbal |written |annual |quarterly )?(update|report|briefing|presentation|"
                  r"overview)s? (on|about|regarding|from|in relation to)\b(?![^.!?]*\b(is|are|was|were|has|have|had|will|"
                  r"would|should|could|can|may|must|did|does|do|found|finds|showed|shows|judged|rated|identified|"
                  r"identifies|highlighted|highlights|concluded|concludes)\b)(?![^.!?]*\b(positive|negative|good|poor|strong|weak|"
                  r"excellent|improved|declin\w*|concern\w*|significant|serious|outstanding|inadequate|welcome)\b)"
                  r"[^.!?]{0,200}\.?$",
                  r"^for the [\w ]{0,40} to (provide|give|present)\b(?!.*[.!?]\s+\S)")),
    (PROCEDURE, _any(r"^(resolved[:,\s-]*)?(that )?the (report|update|presentation|minutes)( and [\w ]{1,40})? be "
                     r"(noted|received)\.?$")),
    # what will come to the meeting itself, promised with a modal (issue 15, round 15): a paper that will be brought
    # to a meeting ("Further updates would be submitted to the Committee when appropriate", "A report will come back
    # to the next meeting"), members who will be given or sent one ("Members would be given a briefing on the
    # framework"), someone who will send or bring one to them ("The Director would provide members with a copy of the
    # slides", "She would bring a report to the Panel in March"), and nothing in it that judges or names a change or a
    # trouble (PROMISE_SAYS): "A report on the delays in health assessments will come to the next meeting" stays
    (AGENDA, _any(
        PROMISE_SAYS + r"^(a |an |the |any |all )?" + _PAPER_KINDS + _PAPERS + r"\b([^.!?;]{0,120}?)? (will|would|shall|"
        r"could|should|is to|are to|was to|were to)( also| then| now| in due course)? (be )?(submitted|brought|presented|"
        r"provided|given|circulated|sent|shared|reported|taken|considered|received|tabled|made available|scheduled|"
        r"added|included|come|return|go|fed)( back)? (to|at|before|with|on|for|in|into)\b[^.!?;]{0,80}\b" + _MEETING_DEST +
        r"\b[^.!?;]{0,60}\.?$",
        PROMISE_SAYS + r"^(the )?(all )?(members|councillors|committee|board|panel|cabinet|commission|sub[- ]committee)"
        r"( members)? (will|would|shall|could)( also| then)? (be (given|provided with|sent|shown|offered|circulated|"
        r"emailed|e-mailed)|receive|see|have sight of) (a |an |the |any |all )?" + _PAPER_KINDS + _PAPERS +
        r"\b[^.!?;]{0,160}\.?$",
        PROMISE_SAYS + r"^(the )?(all )?(members|councillors|committee|board|panel|cabinet|commission|sub[- ]committee)"
        r"( members)? (will|would|shall)( also| then| continue to)? be (updated|briefed|kept (informed|updated|"
        r"briefed|appraised|apprised))\b[^.!?;]{0,160}\.?$",
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to|offered to)( also| then)? (provide|give|send|circulate|"
        r"share|forward|email|e-mail|supply)( to)? (the |all )?(members|councillors|committee members|board members|panel "
        r"members|the (committee|board|panel|cabinet|commission|sub[- ]committee))( members)?( with)? (a |an |the |any |"
        r"further |more )*" + _PAPER_KINDS + r"(breakdown|figures|data|responses?|answers?|reply|replies|" + _PAPER_WORDS +
        r")\b",
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to)( also| then)? (bring|present|submit|take|provide|give)"
        r"( back)? (a |an |the )?" + _PAPER_KINDS + _PAPERS + r"\b[^.!?;]{0,120}\b(to|at|before) (the |a |its |their )?"
        r"(next|future|following|later|subsequent|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|[a-z]+ \d{4}) ([\w’' ]{0,40} )?(meeting|committee|board|panel|cabinet)\b",
        # reporting back to the meeting, or with no one named ("would report back on the outcome"); not "would report
        # back to Ofsted on progress"
        PROMISE_SAYS + r"\b(would|will|shall|agreed to|undertook to)( also)? (report|feed) back( to (the |this |its |"
        r"all )?(next |future |following )?([\w’' ]{0,40} )?" + _MEETING_DEST + r"\b)?(?! to\b)[^.!?;]{0,160}\.?$",
    )),
]
