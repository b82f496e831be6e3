"""Staff parts of broad labels said as the work their findings are on (`pipeline.themes.broad_people`)."""

from pipeline.themes.broad_people import practice_over_staff

ON_CHILDREN = ["Social workers know their children well.", "They visit children regularly and see them alone.",
               "Social workers are tenacious in finding families for children.",
               "Young people say their social worker listens to them.",
               "Social workers present their cases to court confidently."]
ON_STAFF = ["Turnover of social workers is high.", "Social workers say caseloads are too high.",
            "Children have had many social workers.", "Agency social workers fill a third of posts."]


def test_staff_beside_workforce_topics_are_said_as_their_work_with_children():
    children = {"Social workers": ON_CHILDREN, "Workforce churn": ON_STAFF, "Caseloads and workload": ON_STAFF}
    assert practice_over_staff("Social workers, workforce churn and caseloads", children) == \
        "Social work with children, workforce churn and caseloads"


def test_staff_whose_findings_are_on_the_workforce_stay():
    children = {"Social workers": ON_CHILDREN[:3] + ON_STAFF, "Workforce churn": ON_STAFF}
    assert practice_over_staff("Social workers and workforce churn", children) == "Social workers and workforce churn"


def test_staff_beside_no_workforce_topic_stay():
    children = {"Social workers": ON_CHILDREN, "Adoption": ["Adopters are well prepared."]}
    assert practice_over_staff("Social workers and adoption", children) == "Social workers and adoption"
    assert practice_over_staff("Mixed findings: social workers and caseloads", children) == \
        "Mixed findings: social workers and caseloads"


def test_three_in_five_on_children_is_enough():
    texts = ON_CHILDREN[:3] + ["Social workers present their cases to court confidently.",
                               "Social workers use a strengths-based model."]  # 3 of 5
    children = {"Social workers": texts, "Workforce churn": ON_STAFF}
    assert practice_over_staff("Social workers and workforce churn", children) == \
        "Social work with children and workforce churn"
    children = {"Social workers": texts[:2] + texts[3:], "Workforce churn": ON_STAFF}  # 2 of 4
    assert practice_over_staff("Social workers and workforce churn", children) == "Social workers and workforce churn"
