"""Load the spaCy pipeline of a language (its pack's ``model`` package); the pack keeps it, so it
loads once per process.

The English package is a byte-for-byte re-upload of Explosion's en_core_web_sm 3.8.0 (see
docs/decisions.md); it is pinned by hash in requirements-models.txt.
"""
from __future__ import annotations

import bisect
import importlib

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.errors import SitrepError
from sitrep.lang import LanguagePack, pack
from sitrep.nlp.memo import memoise
from sitrep.nlp.patterns import with_kept_patterns
from sitrep.text import dateline_span, fold


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: news headlines, captions and paragraphs never run on. A wire
    dateline ("Beyrouth, 4 novembre (AFP) –") is a sentence of its own: the parser, reading its town
    and date as the first clause, would cut the dispatch's first sentence in the wrong place."""
    text = doc.text
    start, end = dateline_span(text)
    if end:
        opening = next((tok.i for tok in doc if tok.idx >= start), 0)  # the dateline's first word
        first = next((tok.i for tok in doc if tok.idx >= end), len(doc))  # the dispatch's first word
        if opening < first < len(doc):
            for tok in doc[opening + 1:first]:
                tok.is_sent_start = False
            doc[first].is_sent_start = True
    if "\n" not in text:  # no token's text or space holds a line break: nothing below applies
        return doc
    for tok in doc[:-1]:
        if "\n" in tok.text or (tok.is_space and "\n" in tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("no_sentence_end_inside_a_phrase",
                  default_config={"joining_tags": [], "name_tags": [], "weekdays": [], "day_parts": []})
def no_sentence_end_inside_a_phrase(nlp: Language, name: str, joining_tags: list[str], name_tags: list[str],
                                    weekdays: list[str], day_parts: list[str]):
    """A sentence never ends on a determiner, a preposition or a conjunction, nor between two words of a
    proper name: the parser's cuts there ("combattants de Boko | Haram lors d'une opération", "BBC News
    La | Russie a lancé") split a name and lose the actors on either side. The tagger's tags (the pack's
    ``joining_tags`` and ``name_tags``) are read before the parser runs; a capitalised word before a proper
    noun is taken for part of its name, whatever its own tag ("Boko" is tagged a noun). Nor does one start on
    a weekday written in lower case, nor between a weekday and the part of the day after it ("ont attaqué |
    dimanche un détachement", "a frappé lundi | soir une raffinerie"): the cut lost the act's day, target and
    place."""
    joining, names = frozenset(joining_tags), frozenset(name_tags)
    days, parts = frozenset(w.lower() for w in weekdays), frozenset(fold(w) for w in day_parts)

    def tag(tok) -> str:
        return tok.pos_ or tok.tag_

    def component(doc: Doc) -> Doc:
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if nxt.is_sent_start or tok.is_space or "\n" in tok.whitespace_:
                continue
            if tag(tok) in joining or tok.text[:1].isupper() and nxt.text[:1].isupper() and tag(nxt) in names \
                    or nxt.text[:1].islower() and (nxt.lower_ in days or tok.lower_ in days and fold(nxt.lower_) in parts):
                nxt.is_sent_start = False
        return doc

    return component


def load_pipeline(lang: str | LanguagePack):
    """The spaCy Language of a language (code or pack); one instance per process, kept by its pack
    and shared by every stage."""
    return pack(lang).nlp


def build_pipeline(lang: LanguagePack):
    """Load the language's model package (the pack's ``model``) with sitrep's sentence rule."""
    try:
        module = importlib.import_module(lang.model)
    except ImportError as exc:
        raise SitrepError("E016", model=lang.model, lang=lang.code) from exc
    nlp = with_kept_patterns(lang.code, module.load)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("no_sentence_end_inside_a_phrase", before="parser",
                 config={"joining_tags": list(lang.joining_tags), "name_tags": list(lang.name_tags),
                         "weekdays": list(lang.time.get("weekdays", {})),
                         "day_parts": list(lang.time.get("day_parts", []))})
    return memoise(nlp)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from the tokens at every access, and
    the stages slice it for every evidence span and actor context."""
    text = doc.user_data.get("sitrep.text")
    if text is None:
        text = doc.user_data["sitrep.text"] = joined_text(doc)
    return text


def joined_text(doc: Doc) -> str:
    """``doc.text`` exactly as spaCy joins it from the tokens (no-break spaces made plain, where
    ``doc_text`` may give the article as written), joined once per Doc: spaCy rebuilds it at every
    access, and every mention's place and date read it."""
    text = doc.user_data.get("sitrep.joined")
    if text is None:
        text = doc.user_data["sitrep.joined"] = doc.text
    return text


def index_sentences(doc: Doc) -> Doc:
    """``doc`` with ``Token.sent`` and ``Span.sent`` answered by bisection in its sentences, listed
    once: spaCy scans the tokens for the sentence's ends at every call, and the stages ask for the
    sentence of a trigger, a cue or an actor thousands of times an article. The sentences are the
    Doc's as they stand: call it once they are final. A Doc with no tokens or no sentence
    boundaries keeps spaCy's own answer (or error)."""
    if len(doc) and doc.has_annotation("SENT_START"):
        doc.user_data["sitrep.sent_starts"] = [s.start for s in doc.sents]
        doc.user_data["sitrep.sent_spans"] = _SentenceSpans()
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence
    return doc


def _sentence(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, as spaCy's ``doc.sents`` gives it; each sentence's Span is
    made once (no stage changes a sentence's label or id, and Spans compare by value)."""
    starts = doc.user_data["sitrep.sent_starts"]
    k = bisect.bisect_right(starts, i) - 1
    spans = doc.user_data["sitrep.sent_spans"]
    span = spans.get(k)
    if span is None:
        span = spans[k] = Span(doc, starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc))
    return span


class _SentenceSpans(dict):
    """The sentence Spans made so far, by sentence number. A copy of the Doc starts with none: a Span
    belongs to the Doc it was made on."""

    def __deepcopy__(self, memo) -> "_SentenceSpans":
        return _SentenceSpans()

    def __reduce__(self):
        return _SentenceSpans, ()


def _token_sentence(token) -> Span:
    return _sentence(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    """The sentence of the span's first token: spaCy's ``Span.sent`` for a span across sentences."""
    return _sentence(span.doc, span.start)


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's joined text rather than joined anew from the span's tokens."""
    return joined_text(span.doc)[span.start_char:span.end_char]
