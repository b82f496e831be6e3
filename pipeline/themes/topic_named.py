"""Whether a theme's label names its topic: the labels `pipeline.themes.naming` gives a theme of no single topic
("Mixed findings, some on X", "Mixed findings: A, B and C", "Mixed findings, no common topic", "Statistics, mixed
topics") and the kind of text a theme of no field topic holds (`mixed_topics.KINDS`: "Context and statistics",
"General judgements on work with young people") say no subject. The report lists such themes apart, and the themes
stage warns when they hold much of a run."""

from __future__ import annotations

import re

NO_TOPIC = re.compile(r"^(?:Mixed findings\b|Statistics, mixed topics$|Context and statistics(?:, further findings)?$"
                      r"|General judgements on )")


def names_topic(label) -> bool:
    """Whether a theme's label names its topic, not a mix ("Mixed findings, some on referrals")."""
    return not NO_TOPIC.match(str(label).strip())
