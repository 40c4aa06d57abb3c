"""Load the spaCy pipeline of a language (its pack's ``model`` package); the pack keeps it, so it
loads once per process.

The English package is a byte-for-byte re-upload of Explosion's en_core_web_sm 3.8.0 (see
docs/decisions.md); it is pinned by hash in requirements-models.txt.
"""
from __future__ import annotations

import bisect
import importlib
import itertools

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
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
    words, spaces = token_texts(doc)
    text = _joined(words, spaces)
    start, end = dateline_span(text)
    if end:
        offsets = list(itertools.accumulate((len(w) + s for w, s in zip(words, spaces)), initial=0))
        opening = bisect.bisect_left(offsets, start, 0, len(doc))  # the dateline's first word
        opening = opening if opening < len(doc) else 0
        first = bisect.bisect_left(offsets, end, 0, len(doc))  # the dispatch's first word
        if opening < first < len(doc):
            for tok in doc[opening + 1:first]:
                tok.is_sent_start = False
            doc[first].is_sent_start = True
    if "\n" not in text:  # no token's text holds a line break: nothing below applies
        return doc
    for i, word in enumerate(words[:-1]):
        if "\n" in word:
            doc[i + 1].is_sent_start = True
    return doc


def token_texts(doc: Doc) -> tuple[list[str], list[bool]]:
    """The Doc's token texts and whether a space follows each, read as numbers: no Token made per word."""
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, SPACY]).tolist()
    return [strings[orth] for orth, _ in table], [bool(space) for _, space in table]


def _joined(words: list[str], spaces: list[bool]) -> str:
    """``doc.text`` as spaCy joins it (each token's text, then a space where it has one)."""
    return "".join(f"{w} " if s else w for w, s in zip(words, spaces))


@Language.factory("no_sentence_end_inside_a_phrase",
                  default_config={"joining_tags": [], "name_tags": [], "weekdays": [], "day_parts": []})
def no_sentence_end_inside_a_phrase(nlp: Language, name: str, joining_tags: list[str], name_tags: list[str],
                                    weekdays: list[str], day_parts: list[str]):
    """A sentence never ends on a determiner, a preposition or a conjunction, nor between two words of a
    proper name: the parser's cuts there ("combattants de Boko | Haram lors d'une opération", "BBC News
    La | Russie a lancé") split a name and lose the actors on either side. The tagger's tags (the pack's
    ``joining_tags`` and ``name_tags``) are read before the parser runs; a capitalised word before a proper
    noun is taken for part of its name, whatever its own tag ("Boko" is tagged a noun); a pack whose tagger takes a
    foreign name's words for common nouns ("Haram") lists that tag among its ``name_tags``, as both words must be
    capitalised. Nor does one start on a weekday written in lower case, nor between a weekday and the part of
    the day after it ("ont attaqué | dimanche un détachement", "a frappé lundi | soir une raffinerie"): the cut
    lost the act's day, target and place. Nor between a word in lower case and the proper name after it, with no
    stop between ("entre membres des communautés | Hema et Lendu ont fait quatre morts"): a name is what the
    word before it qualifies."""
    joining, names = frozenset(joining_tags), frozenset(name_tags)
    days, parts = frozenset(w.lower() for w in weekdays), frozenset(fold(w) for w in day_parts)

    def component(doc: Doc) -> Doc:
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, LOWER, POS, TAG, SENT_START, IS_SPACE]).tolist()
        words = [strings[orth] for orth, *_ in table]
        lowers = [strings[low] for _, low, *_ in table]
        tags = [POS_NAMES[pos] or strings[tag] for _, _, pos, tag, *_ in table]  # ``tok.pos_ or tok.tag_``
        for i in range(len(table) - 1):
            # a space's whitespace_ is never a line break: only its own text may hold one
            if table[i + 1][4] == 1 or table[i][5]:
                continue
            word, nxt = words[i], words[i + 1]
            if tags[i] in joining or word[:1].isupper() and nxt[:1].isupper() and tags[i + 1] in names \
                    or word.isalpha() and word.islower() and nxt[:1].isupper() and tags[i + 1] in names \
                    or nxt[:1].islower() and (lowers[i + 1] in days or lowers[i] in days and fold(lowers[i + 1]) in parts):
                doc[i + 1].is_sent_start = False
        return doc

    return component


@Language.factory("weekday_dependents", default_config={"weekdays": [], "day_parts": [], "articles": []})
def weekday_dependents(nlp: Language, name: str, weekdays: list[str], day_parts: list[str], articles: list[str]):
    """A weekday modifies its verb and heads no phrase: the French parser hangs what follows it on the day
    ("ont été tués lundi | par une frappe russe à Kharkiv": the agent and the place made dependents of
    "lundi"), and the act lost its author, its kind and its place. A phrase with a preposition hung on a
    lower-case weekday is hung on the weekday's own head; the day's parts, dates and other days stay. A
    weekday made the root over the verb before it ("a été tué | lundi") gives the verb back its place. A noun
    after an article the parser took for a preposition ("ont mené mardi des frappes") is left where it is."""
    days, parts = frozenset(w.lower() for w in weekdays), frozenset(fold(w) for w in day_parts)
    partitive = frozenset(fold(w) for w in articles)

    def moved(day, child) -> bool:
        return child.i > day.i and child.dep_.startswith(("obl", "nmod")) and child.lower_ not in days \
            and fold(child.lower_) not in parts and not child.like_num and any(c.dep_ == "case" for c in child.children) \
            and not any(c.dep_ == "case" and fold(c.lower_) in partitive for c in child.children)

    def component(doc: Doc) -> Doc:
        if not days or not doc.has_annotation("DEP"):
            return doc
        hung, roots = [], []
        for day in doc:
            if day.text not in days:
                continue
            verb = day.head if day.head.i != day.i else \
                next((c for c in day.children if c.i < day.i and c.pos_ in ("VERB", "AUX")), None)
            if verb is None:
                continue
            if day.head.i == day.i:
                roots.append((verb.i, day.i))
                hung += [(c.i, verb.i) for c in day.children if c.i != verb.i and c.dep_ == "punct"]
            hung += [(child.i, verb.i) for child in day.children if moved(day, child)]
        if hung or roots:
            array = doc.to_array([HEAD, DEP])
            root, mod = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("obl:mod")
            for verb, day in roots:
                array[verb] = (0, root)
                array[day] = (numpy.int64(verb - day).view(numpy.uint64), mod)
            for child, head in hung:
                array[child, 0] = numpy.int64(head - child).view(numpy.uint64)
            doc.from_array([HEAD, DEP], array)
        return doc

    return component


BEFORE_A_VERB = frozenset({"AUX", "ADV", "PART", "PRON"})  # "a", "ne", "y", "l'": what stands between a subject and its verb


@Language.factory("subordinators_on_their_verb", default_config={"marks": []})
def subordinators_on_their_verb(nlp: Language, name: str, marks: list[str]):
    """A subordinator opens its clause: the French parser tags "lorsque", "lorsqu'" as a preposition of the
    clause's subject ("tués mardi lorsqu'|un avion de l'armée a bombardé ..."), or hangs that subject on the main
    verb with it, so the clause had no mark (or no subject) and the victims before it were read as sides of the
    bombing. A mark (the pack's ``subordinators``) hung as a case on a noun is hung on the verb the noun is the
    subject of, or on the next verb of the clause when that verb has no subject of its own (the noun then becomes
    it). Found by the word's id, not a walk over the tokens."""
    ids = frozenset(nlp.vocab.strings.add(v) for w in marks for v in (w, w.capitalize()))

    def clause_verb(mark):
        """(the clause's verb, the noun to make its subject or None, whether the verb headed the main verb)."""
        noun = mark.head
        if noun.dep_.startswith("nsubj"):
            return (noun.head, None, False) if noun.head.i > mark.i else None
        if not noun.dep_.startswith("obl") or noun.head.i > noun.i:
            return None
        verb = next((t for t in noun.doc[noun.right_edge.i + 1:] if t.pos_ not in BEFORE_A_VERB), None)
        if verb is None or verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        main = noun.head
        if verb.head.i == main.i and verb.dep_ in ("advcl", "conj"):
            return verb, noun, False
        # "tués mardi lorsqu'un avion ... a bombardé un puits près de Gao": the parse made the killing hang on the
        # bombing; the main verb gets the bombing's place back
        return (verb, noun, True) if main.head.i == verb.i and main.dep_ == "advcl" else None

    def component(doc: Doc) -> Doc:
        if not ids or not doc.has_annotation("DEP"):
            return doc
        orth = doc.to_array(ORTH)
        hits = [(i, doc[i], clause_verb(doc[i])) for i in numpy.flatnonzero(numpy.isin(orth, list(ids))).tolist()
                if doc[i].dep_ == "case"]
        hits = [(i, h) for i, _, h in hits if h is not None]
        if hits:
            array = doc.to_array([HEAD, DEP])
            mark, subject, clause = (doc.vocab.strings.add(d) for d in ("mark", "nsubj", "advcl"))
            for i, (verb, noun, inverted) in hits:
                array[i] = (numpy.int64(verb.i - i).view(numpy.uint64), mark)
                if noun is not None:
                    array[noun.i] = (numpy.int64(verb.i - noun.i).view(numpy.uint64), subject)
                if inverted:
                    main = noun.head
                    array[main.i] = (numpy.int64(verb.head.i - main.i).view(numpy.uint64) if verb.head.i != verb.i
                                     else 0, doc.vocab.strings.add(verb.dep_))
                    array[verb.i] = (numpy.int64(main.i - verb.i).view(numpy.uint64), clause)
            doc.from_array([HEAD, DEP], array)
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
    nlp.add_pipe("weekday_dependents", after="parser",
                 config={"weekdays": list(lang.time.get("weekdays", {})),
                         "day_parts": list(lang.time.get("day_parts", [])),
                         "articles": sorted(lang.status_cues.get("indefinite_plurals", ()))})
    nlp.add_pipe("subordinators_on_their_verb", after="weekday_dependents",
                 config={"marks": sorted(lang.roles.get("subordinators", ()))})
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
        text = doc.user_data["sitrep.joined"] = _joined(*token_texts(doc))
    return text


def folded_lemmas(doc: Doc) -> frozenset[str]:
    """The folded lemmas of the whole document, gathered once (rules ask whether the article holds a word for
    every trigger)."""
    lemmas = doc.user_data.get("sitrep.lemmas")
    if lemmas is None:
        lemmas = doc.user_data["sitrep.lemmas"] = frozenset(fold(t.lemma_) for t in doc)
    return lemmas


def entities(doc: Doc) -> list[tuple[int, int, str, int, int]]:
    """``doc.ents`` as (first token, end token, label, first character, end character), read once per
    Doc: spaCy makes a Span per entity of the article at every access, and each mention's place reads
    its sentence's (``Span.ents`` is those lying whole within the sentence)."""
    ents = doc.user_data.get("sitrep.ents")
    if ents is None:
        ents = doc.user_data["sitrep.ents"] = [(e.start, e.end, e.label_, e.start_char, e.end_char) for e in doc.ents]
    return ents


def index_sentences(doc: Doc) -> Doc:
    """``doc`` with ``Token.sent`` and ``Span.sent`` answered by bisection in its sentences, listed
    once: spaCy scans the tokens for the sentence's ends at every call, and the stages ask for the
    sentence of a trigger, a cue or an actor thousands of times an article. The sentences are the
    Doc's as they stand: call it once they are final. A Doc with no tokens or no sentence
    boundaries keeps spaCy's own answer (or error)."""
    if len(doc) and doc.has_annotation("SENT_START"):
        _fronted_phrases_joined(doc)
        doc.user_data["sitrep.sent_starts"] = [s.start for s in doc.sents]
        doc.user_data["sitrep.sent_spans"] = _SentenceSpans()
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence
    return doc


CONTINUING = frozenset({",", ";"})  # punctuation that never opens a sentence
FRONTED_TOKENS = 8  # the longest phrase before a comma taken for part of the clause after it


def _fronted_phrases_joined(doc: Doc) -> None:
    """A sentence the parser opens on a comma continues the phrase before it: the French parser cuts a
    fronted place from its clause ("A Kinshasa | , des manifestants ont attaqué mardi ..."), and the act
    then took the place of the sentence before. The phrase's root is hung on the clause's root, so the
    two are one sentence and one tree; a line break or a sentence's end before the comma is left alone."""
    if not doc.has_annotation("DEP"):
        return
    sents = list(doc.sents)
    joins = []
    for before, sent in zip(sents, sents[1:]):
        last = doc[sent.start - 1]
        if doc[sent.start].text in CONTINUING and len(before) <= FRONTED_TOKENS and not last.is_punct \
                and not last.is_space and "\n" not in last.whitespace_:
            joins.append((before.root.i, sent.root.i))
    if not joins:
        return
    array = doc.to_array([HEAD, DEP])
    dep = doc.vocab.strings.add("dep")
    for phrase, clause in joins:
        array[phrase, 0] = numpy.int64(clause - phrase).view(numpy.uint64)
        array[phrase, 1] = dep
    doc.from_array([HEAD, DEP], array)


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
