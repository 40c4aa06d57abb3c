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

No sentence is longer than ``MAX_UNIT_TOKENS``: every later stage reads around each trigger within
its sentence, so a text that lost its punctuation would otherwise cost the square of its length.
A longer stretch is cut where a sentence or a clause ends, else after that many tokens, and the
parser is told of the cut. spaCy is given at most ``PARSE_TOKENS`` tokens at a time and the
tokenizer at most ``TOKENIZE_CHARS`` characters, so memory stays flat on a long text and spaCy's
own length limit never applies.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.models import index_sentences, paragraph_boundaries

ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
ENT_ATTRS = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
MAX_PARAGRAPH_TOKENS = 150  # longer paragraphs (or unbroken texts) are selected sentence by sentence
MAX_NAME_TOKENS = 3  # "Deir ez-Zor", "New York City": a place name a sentence may hold
MAX_UNIT_TOKENS = 150  # the longest sentence of the shared corpora has 122 tokens; longer is lost punctuation
MIN_PIECE_TOKENS = 50  # a cut leaves at least this much before it: pieces long enough to hold a clause
PARSE_TOKENS = 5_000  # tokens per spaCy call (about 30 KB; shared-set articles have under 2,000): memory grows with it
TOKENIZE_CHARS = 200_000  # characters per tokenizer call at most: spaCy refuses over nlp.max_length
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!!", "!?"})  # a cut here loses nothing
CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", "«", "»", '"', "“", "”"})  # nor much here
_WHITESPACE_THEN_WORD = re.compile(r"\s(?=\S)")

Checkpoint = Callable[[], None]

# French typography's no-break spaces ("de\u00a0projectiles", "\u00ab\u202fX\u202f\u00bb") are spaces to the
# tokenizer, which would make each a token of its own, splitting trigger phrases and misleading the tagger;
# one space each, so every offset holds. The typographic apostrophe ("l\u2019assassinat d\u2019une dizaine") is the
# ASCII one the models learnt: with it they tag "l\u2019" a noun and "d\u2019" an adverb and the clause falls apart.
NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2019": "'"})


def _no_checkpoint() -> None:
    return None


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


def tokenize(nlp: Language, text: str, checkpoint: Checkpoint = _no_checkpoint) -> Doc:
    """``nlp.make_doc(text)``, for a text of any length: a long one is tokenized in pieces cut
    after whitespace, where the tokenizer would start a new token anyway."""
    text = text.translate(NO_BREAK_SPACES)
    if len(text) <= TOKENIZE_CHARS:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    start = 0
    while start < len(text):
        end = _piece_end(text, start)
        for tok in nlp.make_doc(text[start:end]):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
        start = end
        checkpoint()
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _piece_end(text: str, start: int) -> int:
    """Where the piece of ``text`` from ``start`` ends: at the last word following whitespace in the
    second half of the ``TOKENIZE_CHARS`` after it (a text with no whitespace there is cut blind)."""
    limit = start + TOKENIZE_CHARS
    if limit >= len(text):
        return len(text)
    last = None
    for last in _WHITESPACE_THEN_WORD.finditer(text, limit - TOKENIZE_CHARS // 2, limit):
        pass
    return last.end() if last is not None else limit


def _rank(word: str) -> int:
    """How good a place to cut the text is right after this token: a sentence end or a line break
    (2), the end of a clause (1), neither (0)."""
    if word in SENTENCE_ENDS or "\n" in word:
        return 2
    return 1 if word in CLAUSE_ENDS else 0


def _cut(words: list[str], a: int, b: int) -> list[int]:
    """Where tokens ``a``..``b`` are cut so that no piece is longer than ``MAX_UNIT_TOKENS``: after
    the last sentence end of each window, else its last clause end, else at its end."""
    starts = []
    while b - a > MAX_UNIT_TOKENS:
        best, rank = a + MAX_UNIT_TOKENS, 0
        for s in range(a + MAX_UNIT_TOKENS, a + MIN_PIECE_TOKENS - 1, -1):
            r = _rank(words[s - 1])
            if r > rank:
                best, rank = s, r
                if rank == 2:
                    break
        starts.append(best)
        a = best
    return starts


def _cuts(words: list[str]) -> list[int]:
    """Where stretches running longer than ``MAX_UNIT_TOKENS`` without a sentence end are cut."""
    out, start = [], 0
    for i, w in enumerate(words):
        if _rank(w) == 2:
            if i + 1 - start > MAX_UNIT_TOKENS:
                out.extend(_cut(words, start, i + 1))
            start = i + 1
    if len(words) - start > MAX_UNIT_TOKENS:
        out.extend(_cut(words, start, len(words)))
    return out


def _split(a: int, b: int, at: list[int]) -> list[tuple[int, int]]:
    """Tokens ``a``..``b`` split at the sorted positions ``at`` that fall inside."""
    inside = at[bisect.bisect_right(at, a):bisect.bisect_left(at, b)]
    bounds = [a, *inside, b]
    return list(zip(bounds, bounds[1:]))


def _chunks(a: int, b: int, bounds: list[int], limit: int) -> list[tuple[int, int]]:
    """Tokens ``a``..``b`` in pieces of at most ``limit`` tokens, cut at the sorted ``bounds``
    (one where none falls within ``limit``)."""
    out = []
    while b - a > limit:
        k = bisect.bisect_right(bounds, a + limit) - 1
        end = bounds[k] if k >= 0 and bounds[k] > a else a + limit
        out.append((a, end))
        a = end
    out.append((a, b))
    return out


def _names(doc: Doc, words: list[str], unit: Unit, is_name: Callable[[str], bool]) -> bool:
    """Whether a run of capitalised tokens of the unit is a known name. A stop word alone ("He",
    "In", "US") never is: the geoparser drops such mentions, whatever the entity recogniser says.
    ``words``: the Doc's token texts, read without making a Token per word."""
    for i in range(unit.start, unit.end):
        if not words[i][:1].isupper():
            continue
        for n in range(1, MAX_NAME_TOKENS + 1):
            if i + n > unit.end or not words[i + n - 1][:1].isupper():
                break
            if not (n == 1 and doc[i].is_stop) and is_name(doc[i:i + n].text):
                return True
    return False


def _paragraphs(words: list[str]) -> list[tuple[int, int]]:
    """Token ranges ending at a line break, as ``paragraph_boundaries`` draws them."""
    out, start = [], 0
    for i, w in enumerate(words):
        if "\n" in w:
            out.append((start, i + 1))
            start = i + 1
    if start < len(words):
        out.append((start, len(words)))
    return out


class _Parts:
    """Stretches of the article as Docs of their own, and the sentences the recogniser draws in them.

    ``cuts`` are the tokens where a cut opens a sentence; ``bounds`` every place the text may be
    cut without splitting a sentence the parser could see (sentence ends, line breaks, cuts)."""

    def __init__(self, nlp: Language, doc: Doc, checkpoint: Checkpoint):
        self.nlp = nlp
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, SPACY]).tolist()  # read as numbers: no Token made per word
        self.words = [strings[orth] for orth, _ in table]
        self.spaces = [bool(space) for _, space in table]
        self.checkpoint = checkpoint
        self.cuts = _cuts(self.words)
        self.bounds = sorted({i + 1 for i, w in enumerate(self.words) if _rank(w) == 2} | set(self.cuts))

    def doc(self, a: int, b: int, starts: list[int] = ()) -> Doc:
        """Tokens ``a``..``b`` as a Doc; the parser will open a sentence at each of ``starts``."""
        inside = set(starts[bisect.bisect_right(starts, a):bisect.bisect_left(starts, b)])
        sent_starts = [True if a + i in inside else None for i in range(b - a)] if inside else None
        return Doc(self.nlp.vocab, words=self.words[a:b], spaces=self.spaces[a:b], sent_starts=sent_starts)

    def docs(self, runs, starts: list[int] = ()) -> Iterator[Doc]:
        return (self.doc(a, b, starts) for a, b in runs)

    def annotated(self, pipe: Callable, runs: list[tuple[int, int]], starts: list[int] = ()) \
            -> Iterator[tuple[tuple[int, int], Doc]]:
        """Each run with the Doc ``pipe`` made of it, given ``PARSE_TOKENS`` tokens at a time at most."""
        group: list[tuple[int, int]] = []
        size = 0
        for run in [*runs, None]:
            if run is None or group and size + run[1] - run[0] > PARSE_TOKENS:
                yield from zip(group, pipe(self.docs(group, starts)))
                self.checkpoint()
                group, size = [], 0
            if run is not None:
                group.append(run)
                size += run[1] - run[0]

    def sentences(self, runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """For each run, its sentences as token ranges of the article, none longer than ``MAX_UNIT_TOKENS``."""
        pieces = [(n, c) for n, (a, b) in enumerate(runs) for c in _chunks(a, b, self.bounds, PARSE_TOKENS)]
        out: list[list[tuple[int, int]]] = [[] for _ in runs]
        annotated = self.annotated(self.nlp.get_pipe("senter").pipe, [c for _, c in pieces])
        for (n, _), ((c, _), part) in zip(pieces, annotated):
            for s in paragraph_boundaries(part).sents:
                out[n].extend(self._capped(c + s.start, c + s.end))
        return out

    def _capped(self, a: int, b: int) -> list[tuple[int, int]]:
        """Tokens ``a``..``b`` cut at the article's cuts, and a piece still too long cut anew (its cuts kept)."""
        out = []
        for c, d in _split(a, b, self.cuts):
            extra = _cut(self.words, c, d)
            for s in extra:
                bisect.insort(self.cuts, s)
            out.extend(_split(c, d, extra))
        return out


def _units(parts: _Parts) -> list[Unit]:
    units, long = [], []
    for a, b in _paragraphs(parts.words):
        for c, d in _split(a, b, parts.cuts):
            if d - c <= MAX_PARAGRAPH_TOKENS:
                units.append(Unit(c, d, False))
            else:
                long.append((c, d))
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
    starts: list[int] = field(default_factory=list)  # every unit's first token, in order


def select(nlp: Language, text: str, may_trigger: Callable[[list[str]], bool],
           is_name: Callable[[str], bool] | None = None, checkpoint: Checkpoint = _no_checkpoint) -> Selection:
    """Units whose token texts ``may_trigger`` accepts need the whole pipeline, those where
    ``is_name`` accepts a capitalised phrase need entities, the rest nothing. ``checkpoint`` is
    called now and then, here and in ``parse``; it may raise to stop the work."""
    doc = tokenize(nlp, text, checkpoint)
    parts = _Parts(nlp, doc, checkpoint)
    units = _units(parts)
    selection = Selection(doc, parts, [], [], [], [u.start for u in units])
    for unit in units:
        checkpoint()
        # the words that are no space (spaCy's is_space is str.isspace), read without building Tokens
        if may_trigger([w for w in parts.words[unit.start:unit.end] if not w.isspace()]):
            selection.full.append(unit)
        elif is_name is not None and _names(doc, parts.words, unit, is_name):
            selection.named.append(unit)
        else:
            selection.bare.append(unit)
    return selection


def _runs(units: list[Unit], starts: list[int]) -> list[tuple[int, int]]:
    """Adjacent units joined, in runs of at most ``PARSE_TOKENS`` tokens cut between units."""
    return [c for a, b in _join(units) for c in _chunks(a, b, starts, PARSE_TOKENS)]


def _longest_sentence(doc: Doc) -> int:
    return max((len(s) for s in doc.sents), default=0)


def parse(nlp: Language, selection: Selection, stats: ParseStats | None = None) -> Doc:
    """The article as one Doc, each unit annotated as its selection says (calling the selection's
    checkpoint between pieces)."""
    doc, parts = selection.doc, selection.parts
    full_runs, named_runs = _runs(selection.full, selection.starts), _runs(selection.named, selection.starts)
    if stats is not None:
        stats.tokens += len(doc)
        stats.parsed += sum(b - a for a, b in full_runs)
        stats.named += sum(b - a for a, b in named_runs)
    if full_runs == [(0, len(doc))] and not parts.cuts:
        whole = nlp(doc)
        if _longest_sentence(whole) <= MAX_UNIT_TOKENS:
            return index_sentences(whole)
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
    for (a, b), part in parts.annotated(nlp.pipe, full_runs, parts.cuts):
        array[a:b] = part.to_array(ATTRS)
        for s in part.sents:
            if len(s) > MAX_UNIT_TOKENS:  # the parser ran sentences together: parse it again, cut between units
                again = nlp(parts.doc(a + s.start, a + s.end, selection.starts))
                array[a + s.start:a + s.end] = again.to_array(ATTRS)
    ents = [ATTRS.index(name) for name in ENT_ATTRS]
    for (a, b), part in parts.annotated(nlp.get_pipe("ner").pipe, named_runs):
        array[a:b, ents] = part.to_array(ENT_ATTRS)
    doc = Doc(nlp.vocab, words=parts.words, spaces=parts.spaces)
    return index_sentences(doc.from_array(ATTRS, array))
