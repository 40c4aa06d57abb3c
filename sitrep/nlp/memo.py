"""Memos for two of spaCy's components that work word by word in Python: the same annotations, each
worked out once per process for a given word and tagging.

spaCy's rule lemmatizer caches only the forms its rules rewrite (a singular noun, an infinitive, a word
out of its tables is worked out again at each occurrence, through a loop that builds a Token per word),
and the attribute ruler's Matcher tries its 179 English patterns at every token: together they were a
seventh of the parse. Both read nothing of a token beyond what the memo's key holds, so the answers are
the same (``tests/nlp/test_memo.py``). A memo that outgrows ``MAX_ENTRIES`` starts again.

The rule lemmatizer's index of known words (``lemma_index``: 57,528 English nouns) is a list, so each form
its rules make was looked up word by word (about 2 ms for a miss): each list is given a set beside it.
"""
from __future__ import annotations

import re

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

MAX_ENTRIES = 500_000  # a few hundred bytes each: memory stays bounded over an archive's vocabulary
MISSES_FOR_WHOLE_DOC = 0.7  # past this share of unknown words, the ruler's single-word patterns run over the Doc


class _LemmaMemo:
    """A rule lemmatizer giving each (form, part of speech, morphology) the lemma spaCy's gives it, worked
    out once. spaCy's rule lemmatizers read nothing else of a token. Lemmas already set (by the attribute
    ruler) are kept, as spaCy keeps them."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated or self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        memo, strings = _bounded(self._sitrep_memo), doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if self.overwrite or lemma == 0:
                known = memo.get((orth, pos, morph))
                if known is None:
                    known = memo[orth, pos, morph] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = known
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class _IndexedWords(list):
    """A list of words that answers ``in`` from a set of the same words: the rule lemmatizers ask only
    whether a form is in the index, and every other use still sees the list."""

    def __init__(self, words):
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words

    def __reduce__(self):
        return list, (list(self),)


def _index_words(lemmatizer) -> None:
    """Give each part of speech's list in the lemmatizer's ``lemma_index`` a set to be searched by."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexedWords):
            table[key] = _IndexedWords(words)


class _RulerMemo:
    """An attribute ruler that finds the patterns of one word matching each word once per combination of
    the attributes its patterns read (lower-case form, tag, dependency...), in Python where every pattern's
    test allows (``_OneWordPatterns``), and runs only its patterns of several words over the whole Doc. The
    matches, sorted as spaCy sorts them, set the same attributes in the same order as spaCy's own
    ``set_annotations``."""

    def match(self, doc: Doc):
        if self._sitrep_split is None or self._sitrep_split[0] != len(self.attrs):  # patterns added since
            self._sitrep_memo.clear()
            self._sitrep_split = len(self.attrs), _split_patterns(self)
        if self._sitrep_split[1] is None:
            return super().match(doc)
        single, several, attrs = self._sitrep_split[1]
        memo, strings = _bounded(self._sitrep_memo), self.vocab.strings
        keys = list(map(tuple, doc.to_array(attrs).tolist()))
        unknown = [i for i, key in enumerate(keys) if key not in memo]
        if isinstance(single, _OneWordPatterns):
            for i in unknown:
                if keys[i] not in memo:
                    memo[keys[i]] = tuple((int(strings[m_id]), m_id) for m_id in single(keys[i]))
        elif len(unknown) > MISSES_FOR_WHOLE_DOC * len(keys):
            found: list[list[int]] = [[] for _ in keys]
            for m_id, start, _ in single(doc, allow_missing=True):
                found[start].append(m_id)
            for key, ids in zip(keys, found):
                memo[key] = tuple((int(strings[m_id]), m_id) for m_id in ids)
        else:
            for i in unknown:
                if keys[i] in memo:  # a new word seen twice in the Doc
                    continue
                memo[keys[i]] = tuple((int(strings[m_id]), m_id) for m_id, _, _ in single(doc[i:i + 1], allow_missing=True))
        matches = [(n, m_id, i, i + 1) for i, key in enumerate(keys) for n, m_id in memo[key]]
        if several is not None:
            matches.extend((int(strings[m_id]), m_id, s, e) for m_id, s, e in several(doc, allow_missing=True))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """spaCy's, in the same order, without a Span made and indexed twice per match: a one-word
        match sets its word (index 0 or -1 of a one-word Span), made once per call; others go to spaCy's."""
        words: dict[int, object] = {}
        for match in matches:
            attr_id, _, start, end = match
            if end - start == 1 and self.indices[attr_id] in (0, -1):
                word = words.get(start)
                if word is None:
                    word = words[start] = doc[start]
                set_token_attrs(word, self.attrs[attr_id])
            else:
                super().set_annotations(doc, [match])


LEXICAL_FLAGS = {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE", "IS_UPPER",
                 "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT",
                 "IS_RIGHT_PUNCT", "IS_CURRENCY"}
STRING_ATTRS = {"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LEMMA", "TAG", "POS", "DEP", "ENT_TYPE"}


class _OneWordPatterns:
    """The ruler's patterns of one word tried on a word's attributes (its memo key) in Python, with spaCy's
    Matcher's answers for a one-word Doc: a value equal to the word's, its value IN or NOT_IN a list, a REGEX
    searched in its string. Each pattern is looked up by one of its equalities, so a word tries only the few
    patterns that may hold; a Matcher call per new word cost about 29 us, most of it the call itself."""

    def __init__(self, entries, names: list[str], strings):
        self.strings = strings
        where = {name: k for k, name in enumerate(names)}
        tried = [(m_id, [_tests(spec, where, strings) for spec in specs]) for m_id, specs in entries]
        counts: dict[int, int] = {}
        for _, alternatives in tried:
            for tests in alternatives:
                for k, kind, _ in tests:
                    if kind == "==":
                        counts[k] = counts.get(k, 0) + 1
        self.indexes: dict[int, dict[int, list]] = {}
        self.always: list = []
        for n, (m_id, alternatives) in enumerate(tried):
            for tests in alternatives:
                equal = [(counts[k], -k, value) for k, kind, value in tests if kind == "=="]
                if not equal:
                    self.always.append((n, m_id, tests))
                    continue
                _, first, value = max(equal)  # the equality most patterns have, the key's first on a tie
                self.indexes.setdefault(-first, {}).setdefault(value, []).append((n, m_id, tests))

    def __call__(self, key: tuple[int, ...]) -> list[int]:
        """The keys (``m_id``) of the patterns the word matches, in the ruler's order."""
        found: dict[int, int] = {}
        for k, index in self.indexes.items():
            for n, m_id, tests in index.get(key[k], ()):
                if n not in found and self._holds(tests, key):
                    found[n] = m_id
        for n, m_id, tests in self.always:
            if n not in found and self._holds(tests, key):
                found[n] = m_id
        return [found[n] for n in sorted(found)]

    def _holds(self, tests, key) -> bool:
        for k, kind, value in tests:
            word = key[k]
            if kind == "==":
                if word != value:
                    return False
            elif kind == "IN":
                if word not in value:
                    return False
            elif kind == "NOT_IN":
                if word in value:
                    return False
            elif not value.search(self.strings[word]):
                return False
        return True


def _tests(spec: dict, where: dict[str, int], strings) -> list[tuple]:
    """One pattern's token spec as (position in the key, kind, value) tests; ValueError for a spec these
    tests cannot answer as the Matcher would."""
    tests = []
    for name, value in spec.items():
        if name not in where or name not in STRING_ATTRS | LEXICAL_FLAGS:
            raise ValueError(name)
        k = where[name]
        if isinstance(value, bool) and name in LEXICAL_FLAGS:
            tests.append((k, "==", int(value)))
        elif isinstance(value, str) and name in STRING_ATTRS:
            tests.append((k, "==", strings.add(value)))
        elif isinstance(value, dict) and name in STRING_ATTRS and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                tests.append((k, op, frozenset(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append((k, "REGEX", re.compile(arg)))
            else:
                raise ValueError(op)
        else:
            raise ValueError(name)
    return tests


def _bounded(memo: dict) -> dict:
    if len(memo) > MAX_ENTRIES:
        memo.clear()
    return memo


def _split_patterns(ruler):
    """The ruler's patterns of one word and of several as two Matchers, under the ruler's own keys, and
    the attributes they read; None where a pattern has an operator or reads an extension (its length or
    its answer would not follow from the word's own attributes)."""
    single, several = Matcher(ruler.vocab, validate=False), Matcher(ruler.vocab, validate=False)
    names: set[str] = set()
    ones = []
    for n, entry in enumerate(ruler.patterns):
        key = ruler.vocab.strings.add(str(n))
        for pattern in entry["patterns"]:
            for token in pattern:
                names.update(token)
        if one := [p for p in entry["patterns"] if len(p) == 1]:
            single.add(key, one)
            ones.append((key, [p[0] for p in one]))
        if more := [p for p in entry["patterns"] if len(p) > 1]:
            several.add(key, more)
    if len(ruler.patterns) != len(ruler.attrs) or names - set(IDS) or {"OP", "_"} & names or not names:
        return None
    try:
        single = _OneWordPatterns(ones, sorted(names), ruler.vocab.strings)
    except ValueError:  # a pattern only the Matcher answers: it tries them all
        pass
    return single, several if len(several) else None, [IDS[name] for name in sorted(names)]


def _give(component, mixin, name: str) -> None:
    if not isinstance(component, mixin):
        component.__class__ = type(f"{name}{type(component).__name__}", (mixin, type(component)), {})
    component._sitrep_memo = {}


def memoise(nlp: Language) -> Language:
    """Give the pipeline's rule lemmatizer and attribute ruler their memos."""
    if "lemmatizer" in nlp.pipe_names:
        _give(nlp.get_pipe("lemmatizer"), _LemmaMemo, "Memoised")
        _index_words(nlp.get_pipe("lemmatizer"))
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        _give(ruler, _RulerMemo, "Memoised")
        ruler._sitrep_split = None
    return nlp
