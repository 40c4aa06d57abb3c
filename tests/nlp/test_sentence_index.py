"""A parsed article answers ``Token.sent`` and ``Span.sent`` from its sentences listed once: the same
sentences spaCy gives, found without rescanning the tokens at every call."""
from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline
from sitrep.nlp.models import index_sentences
from sitrep.nlp.selective import parse, select

TEXT = ("Armed men attacked a market in Tessalit on Friday.\nThe mayor said three traders were killed "
        "and the town council met on Saturday to discuss the new road. Police arrested two suspects near "
        "the river crossing on Sunday, a local radio reported.")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en")


def _spacy_sentences(doc):
    """What spaCy answers with no hook: every token's sentence and every short span's."""
    hooks = doc.user_token_hooks.pop("sent", None), doc.user_span_hooks.pop("sent", None)
    try:
        return [(t.sent.start, t.sent.end) for t in doc], \
            [(doc[i:j].sent.start, doc[i:j].sent.end) for i in range(len(doc)) for j in (i + 1, min(len(doc), i + 4))]
    finally:
        if hooks[0] is not None:
            doc.user_token_hooks["sent"], doc.user_span_hooks["sent"] = hooks


def test_the_parsed_article_gives_every_token_and_span_the_sentence_spacy_gives(nlp):
    doc = parse(nlp, select(nlp, TEXT, lambda words: "attacked" in words or "arrested" in words))
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    tokens, spans = _spacy_sentences(doc)
    assert len({s for s in tokens}) >= 3
    assert [(t.sent.start, t.sent.end) for t in doc] == tokens
    assert [(doc[i:j].sent.start, doc[i:j].sent.end) for i in range(len(doc))
            for j in (i + 1, min(len(doc), i + 4))] == spans
    assert doc[3].sent.text.strip() == "Armed men attacked a market in Tessalit on Friday."


def test_a_doc_with_no_sentence_boundaries_keeps_spacys_answer(nlp):
    doc = nlp.make_doc("no parse here at all")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
    with pytest.raises(ValueError):
        _ = doc[1].sent


def test_a_sentence_span_is_made_once_and_equals_a_fresh_one(nlp):
    doc = parse(nlp, select(nlp, TEXT, lambda words: "attacked" in words or "arrested" in words))
    tokens, _ = _spacy_sentences(doc)
    first = [t.sent for t in doc]
    assert [(s.start, s.end) for s in first] == tokens
    assert all(t.sent is s for t, s in zip(doc, first))  # the memo answers the second time
    assert doc[2:5].sent is doc[3].sent
    copy = doc.copy()  # a copy's sentences are its own Spans
    assert all(t.sent.doc is copy for t in copy)
    assert [(t.sent.start, t.sent.end) for t in copy] == tokens
