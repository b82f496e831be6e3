"""Meeting furniture wherever it stands in a council document: the phrase table (reason, pattern), first match decides.

Read by pipeline.furniture.exclusion_reasons; the reasons are those of pipeline.furniture_reasons. The rows are kept
by what they describe, in the order the table reads them: the meeting's record (pipeline.meeting_record_phrases), the
agenda's business and promised papers (pipeline.meeting_business_phrases), its notices and invitations
(pipeline.meeting_notice_phrases).
"""

from __future__ import annotations

from pipeline.meeting_business_phrases import BUSINESS_PHRASES
from pipeline.meeting_notice_phrases import NOTICE_PHRASES
from pipeline.meeting_record_phrases import RECORD_PHRASES

# Meeting furniture wherever it stands in a council document (reason, pattern), first match decides.
MEETING_FURNITURE = RECORD_PHRASES + BUSINESS_PHRASES + NOTICE_PHRASES
