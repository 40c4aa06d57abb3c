"""``paragraph_boundaries``: a line break opens a sentence, a wire dateline is a sentence of its own, and a
text with no line break is left as the parser and the dateline rule cut it."""
from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline
from sitrep.nlp.models import _joined, joined_text, paragraph_boundaries, token_texts


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en")


def test_a_line_break_opens_a_sentence(nlp):
    doc = paragraph_boundaries(nlp.make_doc("Fishermen quarrelled over nets\nThe harbour master called the coast guard"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


def test_a_text_without_line_breaks_gets_only_its_dateline_cut(nlp):
    doc = paragraph_boundaries(nlp.make_doc("LAGOS, May 3 (Reuters) - Fishermen quarrelled over nets at dawn"))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Fishermen"]
    plain = paragraph_boundaries(nlp.make_doc("Fishermen quarrelled over nets at dawn near the old harbour"))
    assert not any(t.is_sent_start for t in plain[1:])


@pytest.mark.parametrize("text", ["", "Goats.", "Two  spaces,\n\nblank lines \n and a tail  ", "KANO, June 9 (AFP) -\nTraders shut the stalls"])
def test_the_text_joined_from_the_token_arrays_is_spacys(nlp, text):
    doc = nlp.make_doc(text)
    assert joined_text(doc) == doc.text
    assert _joined(*token_texts(doc)) == doc.text
