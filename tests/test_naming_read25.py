"""Label rule after blind read 25: a broad theme's "Mixed findings: A, B and C", written from its sub-themes'
topics, gives way to the mixed label of its own that names a part of it when few of its findings write about
A, B or C."""

import numpy as np

from pipeline.themes.broad_names import broad_from_children, parts_share
from pipeline.themes.coverage import Coverage

CHILDREN = [("Mixed findings, no common topic", 300), ("Mixed findings, some on family networks", 200),
            ("Life story", 120), ("Parents and parenting", 110)]
OWN = "Mixed findings, one in eight on voice and participation of children"


def test_parts_that_few_findings_write_about_give_way_to_the_broad_themes_own_part():
    listing = "Mixed findings: family networks, life story, parents and parenting"
    assert broad_from_children(OWN, CHILDREN) == listing  # nothing known of the findings: the parts are listed
    assert broad_from_children(OWN, CHILDREN, held=lambda parts: 0.15) == OWN
    assert broad_from_children(OWN, CHILDREN, held=lambda parts: 0.35) == listing
    # a label of its own that names nothing says less than the parts do
    assert broad_from_children("Mixed findings, no common topic", CHILDREN, held=lambda parts: 0.15) == listing


def test_parts_share_counts_findings_that_write_any_part():
    texts = ["Life story work is done with every child.", "Parents and parenting support is offered.",
             "Parenting classes help parents.", "The board meets monthly.", "Audits are completed on time.",
             "Family networks are explored early.", "Staff feel supported.", "Ofsted visited in May."]
    covers = Coverage(texts, np.zeros(len(texts), dtype=int))
    assert parts_share(covers, 0, ["Life story", "Parents and parenting"]) == 3 / 8
    assert parts_share(covers, 0, ["Family networks", "Life story"]) == 2 / 8
    assert parts_share(covers, 0, ["Improvement plans"]) == 0.0
