"""Find place-name mentions: spaCy's LOC/GPE entities, plus capitalised names the gazetteer knows.

NER misses small towns and names inside organisation names ("Rapides Parish Sheriff's Office"),
and tags some actors as places (French "Daech"). The gazetteer matcher recovers the former when
the name is big enough, announced by a preposition ("in", "à", "province du", "village de") or a
conflict locality of ``localities.tsv`` (Kiwanja, Minembwe, Tawila); the per-language
``nonplaces`` list and the caller's ``exclude`` spans (actor mentions) remove the latter.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sitrep.geo.build import ADMIN1, ADMIN2, AREA, CITY, COUNTRY
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.langdata import LangData
from sitrep.geo.normalise import name_key

PLACE_LABELS = {"GPE", "LOC"}
BLOCK_LABELS = {"PERSON", "PER", "DATE", "TIME", "MONEY", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
CONNECTORS = {"of", "de", "du", "des", "la", "le", "el", "al", "-", "'", "’", "sur", "upon", "on", "en", "am", "an",
              "der", "y", "do", "da", "dos", "and", "&"}
DETERMINERS = {"the", "la", "le", "les", "l'", "l’"}
MAX_TOKENS = 6
LOCAL_MIN_LEN = 5  # shorter locality names (Bol, Kas, Muse) are also words and first names


@dataclass
class Mention:
    start: int
    end: int
    text: str
    source: str  # ner | gazetteer | demonym
    announced: bool = False  # a preposition or admin word announces a place
    target: str | None = None  # the name a demonym stands for


def _capitalised(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and any(c.isalpha() for c in t)


def _announced(doc: Doc, i: int, data: LangData) -> bool:
    """Whether the words before token ``i`` announce a place ("in", "near", "province du")."""
    before = doc[max(0, i - 4):i].text.lower()
    before = before.replace("’", "'")
    return any(before.endswith(w) or before.endswith(w + " ") for w in data.before) or \
        (i > 0 and doc[i - 1].text.lower().rstrip("'’").endswith(("d", "l")) and doc[i - 1].text.endswith(("'", "’")))


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in {".", "!", "?", ":", "\"", "“", "«", "—", "-", "(", ";"} or "\n" in prev.whitespace_


def _strong(gaz: Gazetteer, ids, min_pop: int) -> bool:
    return any(gaz.feature[i] in (COUNTRY, ADMIN1, AREA) or gaz.population[i] >= min_pop for i in ids)


def _trim(doc: Doc, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and doc[start].text.lower() in DETERMINERS:
        start += 1
    while end > start and doc[end - 1].text in {"'s", "’s", "'", "’", ".", ","}:
        end -= 1
    return doc[start:end]


def find_mentions(doc: Doc, gaz: Gazetteer, data: LangData, exclude=(), demonyms: bool = True) -> list[Mention]:
    """Toponym mentions in ``doc``, sorted, not overlapping each other or ``exclude``."""
    mentions: list[Mention] = []
    taken = bytearray(len(doc))
    ent_label = [""] * len(doc)
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ent_label[t] = ent.label_
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(doc, ent)
            if len(span) and _capitalised(span[0]) and not all(t.is_stop for t in span):
                ids = gaz.ids(span.text)
                if not ids and len(span) > 1:
                    continue  # left to the gazetteer matcher, which finds the known part
                mentions.append(Mention(span.start_char, span.end_char, span.text, "ner",
                                        _announced(doc, span.start, data)))
                taken[span.start:span.end] = b"\x01" * len(span)
        elif ent.label_ == "NORP" and demonyms and data.demonyms:
            target = data.demonyms.get(ent.text) or data.demonyms.get(ent.text.rstrip("s"))
            if target:
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "demonym", target=target))
                taken[ent.start:ent.end] = b"\x01" * len(ent)
    person_words = {t.text for e in doc.ents if e.label_ in ("PERSON", "PER") and len(e) > 1 for t in e}
    compass = {w.lower() for w in data.relative["directions"]} | \
        {w.lower() for w in data.relative["direction_adjectives"].values()}
    i = 0
    while i < len(doc):
        if taken[i] or not _capitalised(doc[i]):
            i += 1
            continue
        match = named = None
        for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            if any(taken[span.start:span.end]) or not _capitalised(span[-1]):
                continue
            if any(not _capitalised(t) and t.text.lower() not in CONNECTORS for t in span):
                continue
            if n > 1 and name_key(span.text) in data.nonplaces:
                named = span  # "Croix-Rouge": a name that is no place, though "Croix" alone is a town
                break
            if gaz.has(span.text):
                match = span
                break
        if named is not None:
            i = named.end
            continue
        if match is None:
            if demonyms and data.demonyms and doc[i].text in data.demonyms and ent_label[i] not in ("PERSON", "PER"):
                mentions.append(Mention(doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text, "demonym",
                                        target=data.demonyms[doc[i].text]))
            i += 1
            continue
        if match.text.lower() not in compass and match.text not in person_words and \
                _accept(doc, match, gaz, data, ent_label):
            mentions.append(Mention(match.start_char, match.end_char, match.text, "gazetteer",
                                    _announced(doc, match.start, data)))
            taken[match.start:match.end] = b"\x01" * len(match)
            i = match.end
        else:
            i += 1
    blocked = [(s, e) for s, e in exclude]
    keep = []
    for m in sorted(mentions, key=lambda m: m.start):
        if name_key(m.text) in data.nonplaces:
            continue
        if any(m.start < e and s < m.end for s, e in blocked):
            continue
        keep.append(m)
    return keep


def _accept(doc: Doc, span: Span, gaz: Gazetteer, data: LangData, ent_label: list[str]) -> bool:
    """Whether a capitalised gazetteer match outside place entities is a place name."""
    ids = gaz.ids(span.text)
    label = ent_label[span.start]
    key = name_key(span.text)
    if key in data.nonplaces or len(key) < 2:
        return False
    announced = _announced(doc, span.start, data)
    single = len(span) == 1
    tok = span[0]
    if single and (tok.is_stop or tok.text.isupper() and len(tok.text) <= 3 and not _strong(gaz, ids, 10**6)):
        return False
    local = gaz.is_local(span.text) and len(key) >= LOCAL_MIN_LEN
    if label in BLOCK_LABELS:
        whole = any(e.start == span.start and e.end == span.end for e in doc.ents)
        if whole and label in ("PERSON", "PER") and single:  # the small English model's "Alexandria"
            # the French model takes unknown African and Arabic town names for people ("Tawila")
            return _strong(gaz, ids, 5000) or local and (announced or data.lang == "fr")
        return whole and announced and _strong(gaz, ids, 10**5)
    if single and tok.pos_ not in ("PROPN", "") and not _strong(gaz, ids, 10**5):
        return False
    if label:  # inside an organisation or other name: only well-known places
        return _strong(gaz, ids, 20000) or (announced and _strong(gaz, ids, 1000)) or \
            any(gaz.feature[i] == ADMIN2 for i in ids)
    local = local and tok.pos_ in ("PROPN", "")
    if _sentence_initial(doc, span.start) and not _strong(gaz, ids, 50000) and not local:
        return False
    if announced or local:
        return True
    return _strong(gaz, ids, 20000) or any(gaz.feature[i] == ADMIN2 for i in ids) or \
        (span.end < len(doc) and doc[span.end].text == "," and span.end + 1 < len(doc)
         and _capitalised(doc[span.end + 1]) and gaz.has(doc[span.end + 1].text)) or \
        any(gaz.feature[i] == CITY and gaz.population[i] >= 1000 for i in ids) and not single
