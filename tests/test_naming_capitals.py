"""A label's first letter written as a capital, the rest left as written (`pipeline.themes.capitals`)."""

from pipeline.themes.capitals import capitalised


def test_first_letter_raised_rest_kept():
    assert capitalised("pathway plans for care leavers") == "Pathway plans for care leavers"
    assert capitalised("police in strategy discussions with the MASH") == "Police in strategy discussions with the MASH"


def test_acronyms_capitals_and_empty_text_unchanged():
    assert capitalised("IRO caseloads") == "IRO caseloads"
    assert capitalised("") == ""
    assert capitalised("16-17-year-olds who are homeless") == "16-17-year-olds who are homeless"


def test_only_the_first_letter_changes():
    assert capitalised("children in care (CIC)") == "Children in care (CIC)"
