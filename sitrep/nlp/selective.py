"""Parse only the sentences that need it, into one Doc over the whole article text.

The tokenizer and the model's own sentence recogniser (``senter``, shipped disabled: a small
tagger that agrees with the parser's sentence boundaries on most texts at a few percent of its
cost) run over the whole text; the statistical pipeline (tagger, parser, lemmatizer, NER) runs
only over runs of consecutive paragraphs or sentences that the first pass kept. Their annotations are copied back onto the article's tokens, so token indices and
character offsets are those of the full text. A sentence left out keeps its tokens and its
boundaries (a flat tree rooted at its first token) but no tags or lemmas, so the trigger matcher
finds nothing in it; string-based stages (actors, dates) still read it. A sentence naming a known
place also gets entities, which the geoparser weighs: places named anywhere set an article's
main place and country.
"""
from __future__ import annotations

from collections.abc import Callable
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


def _names(sent, is_name: Callable[[str], bool]) -> bool:
    """Whether a run of capitalised tokens of ``sent`` is a known name."""
    toks = list(sent)
    for i, tok in enumerate(toks):
        if not tok.text[:1].isupper():
            continue
        for n in range(1, MAX_NAME_TOKENS + 1):
            if i + n > len(toks) or not toks[i + n - 1].text[:1].isupper():
                break
            if is_name(sent.doc[tok.i:tok.i + n].text):
                return True
    return False


def _units(doc: Doc) -> list:
    """Paragraphs, or the sentences of a paragraph too long to parse whole for the sake of one.

    A paragraph parsed whole gets the sentence boundaries and parse it would get inside the
    article (a line break ends a sentence in both); a sentence parsed alone may lose a boundary
    the parser would have drawn from its neighbours."""
    paragraphs: list[list] = []
    for sent in doc.sents:
        if not paragraphs or (sent.start > 0 and "\n" in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_):
            paragraphs.append([])
        paragraphs[-1].append(sent)
    units = []
    for sents in paragraphs:
        if sents[-1].end - sents[0].start <= MAX_PARAGRAPH_TOKENS:
            units.append(doc[sents[0].start:sents[-1].end])
        else:
            units.extend(sents)
    return units


def _runs(doc: Doc, trigger: Callable[[str], bool], is_name: Callable[[str], bool] | None):
    """Token ranges of consecutive units that need the whole pipeline, and of those that only
    need entities (a known name but no trigger word)."""
    full: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    for unit in _units(doc):
        if any(trigger(t.text) for t in unit if not t.is_space):
            runs = full
        elif is_name is not None and _names(unit, is_name):
            runs = named
        else:
            continue
        if runs and runs[-1][1] == unit.start:
            runs[-1] = (runs[-1][0], unit.end)
        else:
            runs.append((unit.start, unit.end))
    return full, named


def parse_selected(nlp: Language, text: str, trigger: Callable[[str], bool],
                   is_name: Callable[[str], bool] | None = None, stats: ParseStats | None = None) -> Doc:
    """``text`` as one Doc, fully annotated in the sentences where ``trigger`` accepts a token, with
    entities only in those where ``is_name`` accepts a capitalised phrase, bare elsewhere."""
    doc = paragraph_boundaries(nlp.get_pipe("senter")(nlp.make_doc(text)))
    full, named = _runs(doc, trigger, is_name)
    if stats is not None:
        stats.tokens += len(doc)
        stats.parsed += sum(b - a for a, b in full)
        stats.named += sum(b - a for a, b in named)
    if full == [(0, len(doc))]:
        return nlp(text)
    root, dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")
    array = numpy.zeros((len(doc), len(ATTRS)), dtype=numpy.uint64)
    heads = numpy.zeros(len(doc), dtype=numpy.int64)
    array[:, ATTRS.index("DEP")] = dep
    for sent in doc.sents:
        heads[sent.start:sent.end] = sent.start - numpy.arange(sent.start, sent.end)
        array[sent.start, ATTRS.index("DEP")] = root
    array[:, ATTRS.index("HEAD")] = heads.view(numpy.uint64)
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]

    def parts(runs):
        return (Doc(nlp.vocab, words=words[a:b], spaces=spaces[a:b]) for a, b in runs)

    for (a, b), part in zip(full, nlp.pipe(parts(full))):
        array[a:b] = part.to_array(ATTRS)
    ents = [ATTRS.index(name) for name in ENT_ATTRS]
    for (a, b), part in zip(named, nlp.get_pipe("ner").pipe(parts(named))):
        array[a:b, ents] = part.to_array(ENT_ATTRS)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    return doc.from_array(ATTRS, array)
