"""Parse only the stretches that need it, into one Doc over the whole article text.

The tokenizer runs over the whole text and cuts it into units: paragraphs (a line break ends a
sentence), or the sentences of a paragraph too long to parse whole for the sake of one, drawn by
the model's own sentence recogniser (``senter``, shipped disabled: a small tagger that agrees with
the parser's boundaries on most texts at a few percent of its cost). A first pass over each unit's
token texts decides what it needs: the statistical pipeline (tagger, parser, lemmatizer, NER) for
runs of units that may hold a trigger, entities only for units naming a known place, nothing for
the rest. Annotations are copied back onto the article's tokens, so token indices and character
offsets are those of the full text. A unit left out keeps its tokens and its sentence boundaries
(flat trees rooted at each sentence's first token) but no tags or lemmas, so the trigger matcher
finds nothing in it; string-based stages (actors, dates) still read it. Places named in units
given entities count for an article's main place and country.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.models import paragraph_boundaries

ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
ENT_ATTRS = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
MAX_PARAGRAPH_TOKENS = 150  # longer paragraphs (or unbroken texts) are selected sentence by sentence
MAX_NAME_TOKENS = 3  # "Deir ez-Zor", "New York City": a place name a sentence may hold


@dataclass
class ParseStats:
    tokens: int = 0
    parsed: int = 0  # given the whole pipeline
    named: int = 0  # given named entity recognition only


@dataclass(frozen=True)
class Unit:
    start: int  # token indices, end exclusive
    end: int
    sentence: bool  # one sentence of a long paragraph, rather than a whole paragraph


def _names(doc: Doc, unit: Unit, is_name: Callable[[str], bool]) -> bool:
    """Whether a run of capitalised tokens of the unit is a known name. A stop word alone ("He",
    "In", "US") never is: the geoparser drops such mentions, whatever the entity recogniser says."""
    for i in range(unit.start, unit.end):
        if not doc[i].text[:1].isupper():
            continue
        for n in range(1, MAX_NAME_TOKENS + 1):
            if i + n > unit.end or not doc[i + n - 1].text[:1].isupper():
                break
            if not (n == 1 and doc[i].is_stop) and is_name(doc[i:i + n].text):
                return True
    return False


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ending at a line break, as ``paragraph_boundaries`` draws them."""
    out, start = [], 0
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


class _Parts:
    """Stretches of the article as Docs of their own, and the sentences the recogniser draws in them."""

    def __init__(self, nlp: Language, doc: Doc):
        self.nlp = nlp
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]

    def docs(self, runs) -> Iterator[Doc]:
        return (Doc(self.nlp.vocab, words=self.words[a:b], spaces=self.spaces[a:b]) for a, b in runs)

    def sentences(self, runs) -> Iterator[list[tuple[int, int]]]:
        """For each run, its sentences as token ranges of the article."""
        senter = self.nlp.get_pipe("senter")
        for (a, _), part in zip(runs, senter.pipe(self.docs(runs))):
            yield [(a + s.start, a + s.end) for s in paragraph_boundaries(part).sents]


def _units(parts: _Parts, doc: Doc) -> list[Unit]:
    paragraphs = _paragraphs(doc)
    units = [Unit(a, b, False) for a, b in paragraphs if b - a <= MAX_PARAGRAPH_TOKENS]
    long = [(a, b) for a, b in paragraphs if b - a > MAX_PARAGRAPH_TOKENS]
    for sents in parts.sentences(long):
        units.extend(Unit(a, b, True) for a, b in sents)
    return sorted(units, key=lambda u: u.start)


def _join(units: list[Unit]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for unit in units:
        if runs and runs[-1][1] == unit.start:
            runs[-1] = (runs[-1][0], unit.end)
        else:
            runs.append((unit.start, unit.end))
    return runs


@dataclass
class Selection:
    """An article cut into units by what they need: the first pass's verdict, before any parse."""
    doc: Doc  # tokens only
    parts: _Parts
    full: list[Unit]  # may hold a trigger: the whole pipeline
    named: list[Unit]  # name a known place: entities only
    bare: list[Unit]  # nothing


def select(nlp: Language, text: str, may_trigger: Callable[[list[str]], bool],
           is_name: Callable[[str], bool] | None = None) -> Selection:
    """Units whose token texts ``may_trigger`` accepts need the whole pipeline, those where
    ``is_name`` accepts a capitalised phrase need entities, the rest nothing."""
    doc = nlp.make_doc(text)
    parts = _Parts(nlp, doc)
    selection = Selection(doc, parts, [], [], [])
    for unit in _units(parts, doc):
        if may_trigger([t.text for t in doc[unit.start:unit.end] if not t.is_space]):
            selection.full.append(unit)
        elif is_name is not None and _names(doc, unit, is_name):
            selection.named.append(unit)
        else:
            selection.bare.append(unit)
    return selection


def parse(nlp: Language, selection: Selection, stats: ParseStats | None = None) -> Doc:
    """The article as one Doc, each unit annotated as its selection says."""
    doc, parts = selection.doc, selection.parts
    full_runs, named_runs = _join(selection.full), _join(selection.named)
    if stats is not None:
        stats.tokens += len(doc)
        stats.parsed += sum(b - a for a, b in full_runs)
        stats.named += sum(b - a for a, b in named_runs)
    if full_runs == [(0, len(doc))]:
        return nlp(doc)
    array = numpy.zeros((len(doc), len(ATTRS)), dtype=numpy.uint64)
    heads = numpy.zeros(len(doc), dtype=numpy.int64)
    root, dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")
    array[:, ATTRS.index("DEP")] = dep
    unparsed = sorted(selection.named + selection.bare, key=lambda u: u.start)
    paragraphs = [(u.start, u.end) for u in unparsed if not u.sentence]
    sentences = [(u.start, u.end) for u in unparsed if u.sentence]
    for sents in parts.sentences(paragraphs):
        sentences.extend(sents)
    for a, b in sentences:
        heads[a:b] = a - numpy.arange(a, b)
        array[a, ATTRS.index("DEP")] = root
    array[:, ATTRS.index("HEAD")] = heads.view(numpy.uint64)
    for (a, b), part in zip(full_runs, nlp.pipe(parts.docs(full_runs))):
        array[a:b] = part.to_array(ATTRS)
    ents = [ATTRS.index(name) for name in ENT_ATTRS]
    for (a, b), part in zip(named_runs, nlp.get_pipe("ner").pipe(parts.docs(named_runs))):
        array[a:b, ents] = part.to_array(ENT_ATTRS)
    doc = Doc(nlp.vocab, words=parts.words, spaces=parts.spaces)
    return doc.from_array(ATTRS, array)

