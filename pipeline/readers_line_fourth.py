"""Polarity patterns of the readers' line, fourth part (issue 17, twenty-eighth round on; docs/polarity_labelling.md).

`pipeline.readers_line`, `pipeline.readers_line_more` and `pipeline.readers_line_third` hold the earlier rounds'
shapes; this module holds those read from the errors of blind sample 33 (tuning material once scored). Each is a
regular-expression source joined into the word lists of `pipeline.polarity_patterns` (STRENGTH, CONCERN,
NOT_A_CONCERN) through the tuples at the end, where the counts of strength and concern words decide a finding's
polarity (in `pipeline.classify`). Each was checked on every labelled file for rows it changes
(docs/measurements.md).
"""

from __future__ import annotations

# Twenty-eighth round (blind sample 33, now tuning material).

# A finding said to be an improvement on the last inspection ("This is an improvement from the last inspection of
# the service"): a judgement of progress without a praise word, a strength (joined into STRENGTH).
IMPROVED_ON_LAST = (r"\b(an?|this|a marked|a clear|a significant|a considerable|a notable) (\w+ )?improvement "
                    r"(from|on|since|compared with|compared to) (the )?(last|previous|prior|earlier|most recent) "
                    r"(inspection|visit|focused visit|monitoring visit|judgement)\b")

# A problem said to remain ("despite much effective activity to reduce absence, this remains an issue"): the
# shortfall still there, a concern (joined into CONCERN).
PROBLEM_REMAINS = (r"\b(this|it|that|which|these|they) (still )?(remains?|remained|continues? to be|continued to be|"
                   r"is still|are still) (an? )?(significant |key |ongoing |particular |persistent )?(issues?|"
                   r"problems?|concerns?|weakness(es)?)\b")

# A shortfall written with a contracted negation ("Care leavers don’t have access to their health histories"), as
# typeset reports write it, with a curly apostrophe, which the earlier negation words read only in its straight form:
# a concern (joined into CONCERN). A quoted plea ("Don’t make decisions about us") is not matched: the verb must be
# one of having, getting, knowing or including.
CONTRACTED_SHORTFALL = (r"\b(don|doesn|didn|haven|hasn|aren|isn|weren|wasn)['’]t (always |consistently |yet |"
                        r"routinely |all )?(have|has|had|receive|received|get|got|know|understand|benefit|include|"
                        r"reflect|receiving|getting|benefiting|included|reflected)\b")

# A delay said to be kept down ("the transfer of health arrangements can be expedited and delay in continuity is
# minimised"): a problem averted, a strength (joined into STRENGTH and NOT_A_CONCERN, "delay" being a concern word).
# An aim ("so that delays are minimised", "to ensure that ...") is not matched.
DELAY_MINIMISED = (r"(?<!\bso that )(?<!\bensure that )(?<!\bensures that )(?<!\bensuring that )(?<!\bensure )"
                   r"\b(delays?|drift)\b( (\w+ ){0,4}?)(is|are|was|were|has been|have been|is being|are being) "
                   r"(\w+ )?(minimised|minimized|kept to a minimum|avoided)\b")

# A gap found and now being filled ("A gap in training for school governors was identified and is now being met"):
# a weakness dealt with, a strength (joined into STRENGTH and NOT_A_CONCERN).
GAP_BEING_MET = (r"\bgaps?\b[^.;]{0,60}?\b(was|were|has been|have been) (identified|recognised|found)\b[^.;]{0,20}?"
                 r"\b(is|are|has been|have been) (now )?(being )?(met|filled|addressed|closed|bridged)\b")

# Good and poor work named together as what a body learns from ("to gain an understanding of both good and poor
# examples of work"): the range seen, not a shortfall (joined into NOT_A_CONCERN).
GOOD_AND_POOR = (r"\b(good|positive|strong|effective|best) and (poor|weak|bad|poorer|weaker|less effective|"
                 r"ineffective) (examples?|practice|work|quality)\b")

# Work that goes on until young people no longer want or need it ("continue to work with most of these young people
# until they no longer want a service"): the end of a service by choice, not a shortfall (joined into NOT_A_CONCERN).
NO_LONGER_WANTED = r"\b(until|when|once) (they|he|she|young people|children) no longer (want|wants|need|needs|require)"

# The twenty-eighth round's shapes as pipeline.polarity_patterns joins them.
STRENGTH_FOURTH = (IMPROVED_ON_LAST, DELAY_MINIMISED, GAP_BEING_MET)
CONCERN_FOURTH = (PROBLEM_REMAINS, CONTRACTED_SHORTFALL)
NOT_A_CONCERN_FOURTH = (DELAY_MINIMISED, GAP_BEING_MET, GOOD_AND_POOR, NO_LONGER_WANTED)
