"""Texts that lost their punctuation, or are longer than spaCy takes at once, are cut into bounded
sentences whose offsets are those of the original text."""
from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline
from sitrep.nlp.selective import MAX_UNIT_TOKENS, PARSE_TOKENS, parse, select
from sitrep.types import Article

CLAUSE = "rebels of the M23 attacked the army in Goma and Sake killing 12 civilians on Monday according to the police"
EVENT = "Gunmen attacked a police post in Gao on Monday and killed two officers, a local official said.\n"
IDLE = "The council met on Tuesday to discuss the budget for the coming year and the new roads.\n"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en")


def _attacked(words: list[str]) -> bool:
    return "attacked" in words


def _maps_back(doc, text: str) -> bool:
    return doc.text == text and all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_a_text_without_punctuation_is_cut_into_bounded_sentences_that_map_back(nlp):
    text = " ".join([CLAUSE] * 300)  # one line of 6,000 words with no mark at all
    selection = select(nlp, text, _attacked)
    units = selection.full + selection.named + selection.bare
    assert max(u.end - u.start for u in units) <= MAX_UNIT_TOKENS
    doc = parse(nlp, selection)
    assert _maps_back(doc, text)
    assert len(list(doc.sents)) >= len(doc) / MAX_UNIT_TOKENS
    assert max(len(s) for s in doc.sents) <= MAX_UNIT_TOKENS
    assert all(t.pos_ for t in doc if t.text == "attacked")  # every piece was parsed


def test_a_long_sentence_is_cut_after_a_clause_mark(nlp):
    text = ", ".join([CLAUSE] * 40) + "."
    selection = select(nlp, text, _attacked)
    assert selection.parts.cuts and all(selection.parts.words[i - 1] == "," for i in selection.parts.cuts)
    doc = parse(nlp, selection)
    assert _maps_back(doc, text)
    assert max(len(s) for s in doc.sents) <= MAX_UNIT_TOKENS


def test_a_text_longer_than_spacys_limit_is_parsed_in_pieces_with_its_offsets(nlp):
    text = IDLE * (nlp.max_length // len(IDLE) + 1) + EVENT
    assert len(text) > nlp.max_length
    selection = select(nlp, text, _attacked)
    doc = parse(nlp, selection)
    assert _maps_back(doc, text)
    attacked = doc[-20:][[t.text for t in doc[-20:]].index("attacked")]
    assert attacked.idx > nlp.max_length and attacked.pos_ == "VERB" and attacked.lemma_ == "attack"


def test_a_long_run_of_event_sentences_goes_to_spacy_in_bounded_pieces(nlp):
    text = EVENT * (3 * PARSE_TOKENS // 18)
    sizes = []
    selection = select(nlp, text, _attacked)
    pipe = nlp.pipe

    def counted(docs):
        for doc in pipe(docs):
            sizes.append(len(doc))
            yield doc

    nlp.pipe = counted
    try:
        doc = parse(nlp, selection)
    finally:
        del nlp.pipe
    assert _maps_back(doc, text)
    assert sum(sizes) == len(doc) and len(sizes) >= 3 and max(sizes) <= PARSE_TOKENS


def test_the_pipeline_codes_an_article_longer_than_spacys_limit(pipeline):
    text = IDLE * (1_000_000 // len(IDLE) + 1) + EVENT
    events = pipeline.code(Article("long", text, lang="en"))
    assert events and events[0].trigger.start > 1_000_000
    assert all(text[ev.start:ev.end] == ev.text for e in events for ev in e.evidence)
