"""Segmentation of arbitrary text never crashes and always returns exact slices of its input."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.segment import segment_document

PIECES = st.sampled_from(["\n", "\n\n", "• ", "· ", "Ø ", "- ", "12. ", "4.1 ", "Grade 4 (inadequate)\n",
                          "Contents\n", "Overview\t3\n", ". ", "? ", "© Crown copyright ", "www.x.uk ", "\t",
                          "Social workers visit children regularly", "the police", "\u00a0", "\uf0b7 ", "  "])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_segments_are_slices_of_arbitrary_text(text):
    doc = {"doc_id": "d", "file": "f.txt", "authority": "A", "doc_type": "other", "date": "", "text": text}
    rows = segment_document(doc)
    previous_end = 0
    for row in rows:
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert text[row["start"]:row["end"]] == row["text"]
        assert row["start"] >= previous_end  # in reading order, never overlapping
        previous_end = row["end"]
