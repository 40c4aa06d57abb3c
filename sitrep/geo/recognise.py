"""Find place-name mentions: spaCy's LOC/GPE entities, plus capitalised names the gazetteer knows.

NER misses small towns and names inside organisation names ("Rapides Parish Sheriff's Office"),
and tags some actors as places (French "Daech"). The gazetteer matcher recovers the former when
the name is big enough, announced by a preposition ("in", "à", "province du", "village de") or a
conflict locality of ``localities.tsv`` (Kiwanja, Minembwe, Tawila); the language pack's
``nonplaces`` list and the caller's ``exclude`` spans (actor mentions) remove the latter.

A capitalised word is a place name only if the place is big enough for the way the text names it:
the cut-offs below are populations, lower where the context vouches for a place.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Span, Token

from sitrep.geo.build import ADMIN1, ADMIN2, AREA, CITY, COUNTRY, DATA, PLACE_WORDS, read_tsv
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalise import first_piece, name_key
from sitrep.lang import LanguagePack
from sitrep.nlp.models import joined_text
from sitrep.normalise.actors import ethnic_group, ethnic_groups
from sitrep.text import fold

PLACE_LABELS = {"GPE", "LOC"}
JOINABLE_LABELS = PLACE_LABELS | {"ORG", "FAC", "NORP"}  # a place name the model split may end (or start) as these
BLOCK_LABELS = {"PERSON", "PER", "DATE", "TIME", "MONEY", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
CONNECTORS = frozenset(PLACE_WORDS["connectors"])
DETERMINERS = frozenset(PLACE_WORDS["determiners"])
TRAILING = frozenset(PLACE_WORDS["trailing"])
ELIDED_ARTICLES = tuple(PLACE_WORDS["elided_articles"])
APOSTROPHES = "'’"  # the signs that elide an article onto the next word
GENERIC_HEADS = frozenset(PLACE_WORDS["generic_heads"])
NAME_JOINTS = frozenset(PLACE_WORDS["name_joints"])
COMPASS_JOINTS = frozenset(PLACE_WORDS["compass_joints"])
BOUND_HEADS = frozenset(PLACE_WORDS["bound_heads"])
STREET_HEADS = frozenset(PLACE_WORDS["street_heads"])
GENERIC_NOUNS = frozenset(PLACE_WORDS["generic_nouns"])
DASHES = frozenset({"-", "–", "—"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
PARTICLE_MAX_LEN = 3  # "e", "i", "ul", "al": the short lowercase joints of hyphenated Persian and Arabic names
UNKNOWN_PART_MIN_LEN = 3  # a shorter capitalised piece of a hyphenated word ("D-Texas", "U-Boot") is no name part
LEAD_TAGS = {"ADP", "DET"}  # a preposition or article the model may take into the entity after it
NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"}  # "Kabul Tuesday": no longer name
MAX_TOKENS = 6  # the longest run of tokens tried as one name ("Bosnia and Herzegovina", "Deir ez - Zor")
LOCAL_MIN_LEN = 5  # shorter locality names (Bol, Kas, Muse) are also words and first names
ANNOUNCE_WINDOW = 4  # tokens before a name where its announcing words sit ("dans la province du")
ACRONYM_MAX_LEN = 3
DATELINE_TOKENS = 3  # an all-caps town this near a text's start is a dateline ("GOMA, 3 mai")
CAPS_WINDOW = 10  # tokens each side that show whether the text around an all-caps word is lowercase
ACRONYM_MIN_POP = 10**6  # an all-caps word of 3 letters or fewer is an acronym ("UN", "MSF"), not a smaller town
PERSON_TAGGED_MIN_POP = 5000  # a one-word "person" of the model that is a town of this size is the town ("Alexandria")
OTHER_TAGGED_MIN_POP = 10**5  # a name the model tags as a date, event or law is a place only announced and this big
DAY_TAGGED_MIN_POP = 50_000  # a lone name, no calendar word, the model tags as a day ("near Turbat on Monday")
COMMON_WORD_MIN_POP = 10**5  # a word not tagged as a proper noun ("Nice", "Bar") is a place only if a city this big
IN_NAME_MIN_POP = 20000  # a place inside an organisation's name ("Goma Police") is named for a well-known town
IN_NAME_ANNOUNCED_MIN_POP = 1000  # ... or for any town once a preposition announces the name
SENTENCE_INITIAL_MIN_POP = 50000  # a sentence's first word is capitalised anyway: only a sizeable town counts there
UNANNOUNCED_MIN_POP = 20000  # a name nothing announces: a town big enough to be news by its name alone
SEVERAL_WORDS_MIN_POP = 1000  # a name of several capitalised words is rarely a phrase: any town will do
UNIT_REACH_KM = 60.0  # a unit this close to a place named in brackets after it lies in it, whatever its size
REACH_SLACK = 1.5  # ... as does one a bit beyond a region's reach, a box's half-diagonal (resolve.UNIT_SLACK)
BRACKET_WINDOW = 12  # tokens back to the "(" that opens an administrative chain ("(Tedim township, Falam district")
ADMIN_LINKS = frozenset(PLACE_WORDS["admin_links"])


@dataclass
class Mention:
    start: int
    end: int
    text: str
    source: str  # ner | gazetteer | demonym
    announced: bool = False  # a preposition or admin word announces a place
    target: str | None = None  # the name a demonym stands for
    unit: bool = False  # the text names it as an administrative unit ("Wetlet township", "(Ewekoro, Ogun)")
    village: bool = False  # the text calls it a village or binds it in a chain ("Kalo village", "(Ewekoro, Ogun)")
    street: bool = False  # the name of a street ("Maldonado Avenue"): evidence of the article's towns, no place
    struck: bool = False  # named bare as what was shelled or raided ("shelled Krasnopillia."), no region after it
    capital_of: str | None = None  # "the Somali capital": the capital of this country (ISO2)
    respelling: bool = False  # a place only as a town's respelling ("in Jindires town"): never its qualifier's middle


def unit_word_at(doc: Doc, i: int, lang: LanguagePack) -> str | None:
    """The unit word at token ``i``, or the one a unit named in several words there stands for
    ("Bokkos local government area" is "Bokkos LGA")."""
    if i < len(doc) and doc[i].text.lower() in lang.unit_words:
        return doc[i].text.lower()
    return unit_phrase_at(doc, i, lang)


def unit_phrase_at(doc: Doc, i: int, lang: LanguagePack) -> str | None:
    """The unit word that the several words at token ``i`` stand for ("local government area": "lga"). Called
    on every token: the first word is compared before any span is cut."""
    if i >= len(doc) or not lang.unit_phrases:
        return None
    first = doc[i].lower_
    for words, unit in lang.unit_phrases.items():
        if words[0] == first and tuple(t.lower_ for t in doc[i:i + len(words)]) == words:
            return unit
    return None


def units_named(doc: Doc, lang: LanguagePack) -> frozenset[str]:
    """The countries whose own kind of district the text names beside a capitalised name ("Dala LGA",
    "Bako woreda", "cercle de Douentza"): the text implies them as its actors' countries do, so a
    village no table holds is not placed at a namesake abroad through its unit."""
    words = lang.unit_countries
    firsts = {phrase[0] for phrase in lang.unit_phrases}  # a word opening none needs no phrase looked for
    out: set[str] = set()
    for t in doc:
        lower = t.lower_
        ccs = words.get(lower)
        if not ccs and lower in firsts:
            ccs = words.get(unit_phrase_at(doc, t.i, lang) or "")
        if not ccs:
            continue
        k = t.i + 1
        while k < len(doc) and doc[k].text.lower() in ADMIN_LINKS:
            k += 1
        if t.i > 0 and _capitalised(doc[t.i - 1]) and not doc[t.i - 1].is_stop or \
                k > t.i + 1 and k < len(doc) and _capitalised(doc[k]):
            out |= ccs
    return frozenset(out)


def _capitalised(tok) -> bool:
    """A capitalised word, or one with a lowercase prefix before its capital ("eThekwini", "uMhlathuze",
    as South Africa's municipalities are written)."""
    return _capitalised_word(tok.text)


def _capitalised_word(t: str) -> bool:
    return (t[:1].isupper() or t[:1].islower() and t[1:2].isupper() and t[2:3].islower()) and any(c.isalpha() for c in t)


def _elided_capital(t: str) -> bool:
    """ "d'Alene", "l'Abbaye": an elided article glued to a capitalised word, one token inside a name whose other
    words are capitalised ("Coeur d'Alene", "Pont-l'Abbé"), which may end it though it opens in lowercase."""
    return len(t) > 2 and t[0] in ELIDED_ARTICLES and t[1] in APOSTROPHES and t[2].isupper()


def _announced(doc: Doc, i: int, lang: LanguagePack) -> bool:
    """Whether the words before token ``i`` announce a place ("in", "near", "province du")."""
    before = _words_before(doc, i)
    return any(before.endswith(w) or before.endswith(w + " ") for w in lang.place_cues) or \
        (i > 0 and doc[i - 1].text.lower().rstrip("'’").endswith(ELIDED_ARTICLES)
         and doc[i - 1].text.endswith(("'", "’")))


def _words_before(doc: Doc, i: int) -> str:
    """The lower-cased words of the window before token ``i`` a place cue may end, apostrophes made straight."""
    return doc[max(0, i - ANNOUNCE_WINDOW):i].text.lower().replace("’", "'")


def _located(doc: Doc, i: int, lang: LanguagePack) -> bool:
    """Whether a preposition of location ("in", "near", "dans") ends right before token ``i``."""
    before = doc[max(0, i - ANNOUNCE_WINDOW):i].text.lower().replace("’", "'")
    return any(before == w or before.endswith(" " + w) for w in lang.locatives)


def _near(doc: Doc, i: int, lang: LanguagePack) -> bool:
    """Whether a phrase of nearness ("near", "on the outskirts of") ends right before token ``i``."""
    before = doc[max(0, i - ANNOUNCE_WINDOW):i].text.lower()
    return any(before == w or before.endswith(" " + w) for w in lang.relative.get("near", {}))


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in {".", "!", "?", ":", "\"", "“", "«", "—", "-", "(", ";"} or "\n" in prev.whitespace_


def _stop(tok, gaz: Gazetteer) -> bool:
    """A stop word, unless written in capitals as a country's short name: "US tariffs" is the country,
    though "us" is a pronoun."""
    return tok.is_stop and not (len(tok.text) > 1 and tok.text.isupper()
                                and any(gaz.feature[i] == COUNTRY for i in gaz.ids(tok.text)))


def _strong(gaz: Gazetteer, ids, min_pop: int) -> bool:
    return any(gaz.feature[i] in (COUNTRY, ADMIN1, AREA) or gaz.population[i] >= min_pop for i in ids)


def _without_lead(ent: Span) -> tuple[int, int]:
    """The token bounds of an entity without the lowercase preposition or article the model let open it,
    nor the line break it let close it: "au nord de Diffa" tagged a person as "de Diffa", a headline's last
    word as "Djénine" and the blank line after it; the name alone is then a whole entity for the rules."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].pos_ in LEAD_TAGS and ent.doc[start].text[:1].islower():
        start += 1
    while end > start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return start, end


def _width(bounds: tuple[int, int]) -> int:
    return bounds[1] - bounds[0]


def _trim(doc: Doc, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and doc[start].text.lower() in DETERMINERS:
        start += 1
    while end > start and doc[end - 1].text in TRAILING:
        end -= 1
    return doc[start:end]


NONPLACE_TOKENS = 4  # the longest name of the nonplaces list tried over the model's places ("Radio France Internationale")


ADMIN_LINK_TOKENS = 2  # "région de l'Est", "région du Nord": the links between an admin word and its name


def _after_an_admin_word(doc: Doc, start: int, lang: LanguagePack) -> bool:
    """ "dans la région de l'Est", "la province du Nord": an admin word before a capitalised compass word,
    joined by its links (``ADMIN_LINKS``), calls it a region's name, as "East region" does after it."""
    k = start - 1
    while k >= 0 and start - k <= ADMIN_LINK_TOKENS and doc[k].text.lower() in ADMIN_LINKS:
        k -= 1
    return 0 <= k < start - 1 and doc[k].text.lower() in lang.admin_words


def _named_nonplaces(doc: Doc, lang: LanguagePack, words: list[str], capital: list[bool], idx: list[int]) \
        -> list[tuple[int, int]]:
    """Token ranges of names of several words in the ``nonplaces`` list ("Jeune Afrique", "France 24"):
    the model may tag their place word alone ("Afrique"), which is then no place of the report. Tried
    only from a capital whose word may open one of them (``nonplace_openers``), cut from the joined
    text (``words``, ``capital``, ``idx``: each token's text, case and offset)."""
    out = []
    text = joined_text(doc)
    openers = lang.nonplace_openers
    for i, word in enumerate(words):
        if not capital[i]:
            continue
        piece = first_piece(word)
        if piece is not None and piece not in openers:
            continue
        for n in range(min(NONPLACE_TOKENS, len(words) - i), 1, -1):
            key = name_key(text[idx[i]:idx[i + n - 1] + len(words[i + n - 1])])
            if " " in key and key in lang.nonplaces:  # "City," keys as "city": a one-word name is the model's to judge
                out.append((i, i + n))
                break
    return out


def find_mentions(doc: Doc, gaz: Gazetteer, lang: LanguagePack, exclude=(), demonyms: bool = True,
                  respellings: bool = False) -> list[Mention]:
    """Toponym mentions in ``doc``, sorted, not overlapping each other or ``exclude``. With ``respellings``
    (a report of one incident, whose places lie in the countries it names), a name of several words no
    table lists is kept where a town is spelt like it (``_respelt``); in general news such names are
    mostly names of other things ("New Castle Road"), and the geoparsing benchmarks lost by it."""
    mentions: list[Mention] = []
    taken = bytearray(len(doc))
    ent_label = [""] * len(doc)
    ents = doc.ents  # built anew at each access
    ent_spans = {(e.start, e.end) for e in ents} | {_without_lead(e) for e in ents}
    for ent in ents:
        for t in range(ent.start, ent.end):
            ent_label[t] = ent.label_
    # each token's text, offset and case, read once: the loops below try up to MAX_TOKENS spans from each capital
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, IDX]).tolist()  # as numbers: no Token made per word
    words, idx = [strings[orth] for orth, _ in table], [i for _, i in table]
    capital = [_capitalised_word(w) for w in words]
    text = joined_text(doc)
    # where demonyms count as their country (the geoparsing benchmarks), "Somali" in "the Somali capital" is one
    for a, b, cc in () if demonyms else _capitals_named(doc, gaz, lang):
        mentions.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), doc[a:b].text, "capital",
                                target=gaz.names[gaz.capital_of[cc]], capital_of=cc))
        taken[a:b] = b"\x01" * (b - a)
    chains, blocked = _bracket_chains(doc, gaz, lang)
    for a, b in chains:
        mentions.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), doc[a:b].text, "gazetteer", True))
        taken[a:b] = b"\x01" * (b - a)
    for a, b in [*blocked, *_named_nonplaces(doc, lang, words, capital, idx), *_peoples_paired(doc, lang),
                 *(() if demonyms else _demonyms_before_nouns(doc, lang))]:
        taken[a:b] = b"\x01" * (b - a)
    for a, b in _comma_chain_ends(doc, gaz):
        if not any(taken[a:b]):
            end = doc[b - 1].idx + len(doc[b - 1].text.rstrip("."))  # "UP." may be one token
            mentions.append(Mention(doc[a].idx, end, joined_text(doc)[doc[a].idx:end], "gazetteer", True))
            taken[a:b] = b"\x01" * (b - a)
    for ent in _joined_places(doc, gaz, lang.unit_words):
        if any(taken[ent.start:ent.end]):
            continue
        if ent.label_ in PLACE_LABELS:
            span = _trim(doc, ent)
            if span.start > ent.start and _capitalised(ent[0]) and gaz.has(doc[ent.start:span.end].text):
                span = doc[ent.start:span.end]  # "La Paz": an article the name begins with ("La" alone is Louisiana)
            if len(span) and _capitalised(span[0]) and not all(_stop(t, gaz) for t in span):
                ids = gaz.ids(span.text)
                if not ids and len(span) > 1 and not (respellings and _respelt(span.text, gaz, lang)) or \
                        not ids and _cut_from_a_known_name(doc, span, gaz, text):
                    continue  # left to the gazetteer matcher, which finds the known part or the whole name
                if _fragment(doc, span, gaz, lang, ent_label) or _weak_acronym(span, gaz, ids) or \
                        _acronym_in_lowercase(span):
                    continue
                mentions.append(Mention(span.start_char, span.end_char, span.text, "ner",
                                        _announced(doc, span.start, lang)))
                taken[span.start:span.end] = b"\x01" * len(span)
        elif ent.label_ == "NORP" and demonyms and lang.place_demonyms:
            target = lang.place_demonyms.get(ent.text) or lang.place_demonyms.get(ent.text.rstrip("s"))
            if target:
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, "demonym", target=target))
                taken[ent.start:ent.end] = b"\x01" * len(ent)
    # "Funtua LGA", "Kawlin Township", "Katsina State": a name with its unit or region word, which the
    # model may take for a person
    person_words = {t.text for e in ents if e.label_ in ("PERSON", "PER") and _width(_without_lead(e)) > 1
                    and e[-1].text.lower() not in lang.admin_words and not _office_titled(e, lang)
                    and not _road_end(doc, e[:1], lang, gaz) for t in e}  # "l'axe Boni-Hombori" names no one
    compass = lang.compass_words
    # "North 24 Parganas": a number inside a name, between its capitalised words
    elided = [not c and ("'" in w or "’" in w) and _elided_capital(w) for c, w in zip(capital, words)]
    in_name = [c or e or w.lower() in CONNECTORS or w.isdigit() for c, e, w in zip(capital, elided, words)]
    closing = [c or e for c, e in zip(capital, elided)]  # the words a name may end on
    i = 0
    while i < len(doc):
        if taken[i] or not capital[i]:
            i += 1
            continue
        match = named = None
        for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
            if any(taken[i:i + n]) or not closing[i + n - 1] or not all(in_name[i:i + n]):
                continue
            name = text[idx[i]:idx[i + n - 1] + len(words[i + n - 1])]
            if n > 1 and name_key(name) in lang.nonplaces:
                named = i + n  # "Croix-Rouge": a name that is no place, though "Croix" alone is a town
                break
            if gaz.has(name) or gaz.has_unit(name) and _unit_named(doc, doc[i:i + n], lang, gaz) or \
                    gaz.has_village(name) and _village_named(doc, doc[i:i + n], lang, gaz) or \
                    (gaz.has_seat(name) or gaz.has_hromada_village(name)) and _region_named(doc, doc[i:i + n], lang, gaz):
                match = respellings and _respelt_whole(doc, i, n, gaz, text, taken, in_name, capital, lang) \
                    or doc[i:i + n]
                break
        if named is not None:
            i = named
            continue
        if match is None:
            called = _called_a_settlement(doc, i, gaz, lang, taken, in_name, capital)
            if called is not None:  # "in Jindires town": a name its word calls a town, which no table spells so
                mentions.append(Mention(doc[i].idx, doc[called - 1].idx + len(doc[called - 1].text),
                                        doc[i:called].text, "ner", True, respelling=True))
                taken[i:called] = b"\x01" * (called - i)
                i = called
                continue
            if demonyms and lang.place_demonyms and words[i] in lang.place_demonyms and \
                    ent_label[i] not in ("PERSON", "PER"):
                mentions.append(Mention(idx[i], idx[i] + len(words[i]), words[i], "demonym",
                                        target=lang.place_demonyms[words[i]]))
            i += 1
            continue
        whole = _unknown_name_announced(doc, match, gaz, lang)
        if whole is not None and not any(taken[whole[0]:whole[1]]):  # "le village de Ngoundé-Bassa": the whole,
            a, b = whole  # a place no table has, placed (if at all) by what qualifies it, never its word Bassa
            mentions.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), doc[a:b].text, "gazetteer", True))
            taken[a:b] = b"\x01" * (b - a)
            i = b
            continue
        named_unit = gaz.has_unit(match.text) and _unit_named(doc, match, lang, gaz) or \
            gaz.has_village(match.text) and _village_named(doc, match, lang, gaz) or \
            (gaz.has_seat(match.text) or gaz.has_hromada_village(match.text)) and _region_named(doc, match, lang, gaz)
        # "West region", "South province": a capitalised compass word an admin word calls a region names one,
        # but not as the last word of a longer name no table has ("Aweil East county", "Kapoeta North county":
        # South Sudan's counties, not Cameroon's East or North)
        regional = match.end < len(doc) and doc[match.end].text.lower() in lang.admin_words and \
            not (match.start > 0 and capital[match.start - 1] and not _sentence_initial(doc, match.start - 1)) \
            or _after_an_admin_word(doc, match.start, lang)
        if (match.text.lower() not in compass or regional) and \
                (match.text not in person_words or _road_end(doc, match, lang, gaz)) and \
                not _fragment(doc, match, gaz, lang, ent_label) and \
                (named_unit or _accept(doc, match, gaz, lang, ent_label, ent_spans)):
            mentions.append(Mention(match.start_char, match.end_char, match.text, "gazetteer",
                                    _announced(doc, match.start, lang)))
            taken[match.start:match.end] = b"\x01" * len(match)
            i = match.end
        else:
            i += 1
    blocked = sorted(exclude)
    starts = [s for s, _ in blocked]
    reach = list(itertools.accumulate((e for _, e in blocked), max))  # the furthest end of the spans up to each
    keep = []
    for m in sorted(mentions, key=lambda m: m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if name_key(m.text) in lang.nonplaces and not _bracketed_region(doc, span, gaz, lang) or \
                _generic(m.target or m.text, compass):
            continue
        k = bisect.bisect_left(starts, m.end)  # the spans starting before the mention ends
        if k and reach[k - 1] > m.start:
            continue
        m.unit = span is not None and gaz.has_unit(m.target or m.text) and _unit_named(doc, span, lang, gaz)
        m.village = span is not None and gaz.has_village(m.target or m.text) and _village_named(doc, span, lang, gaz)
        m.struck = span is not None and _struck(doc, span, lang)
        m.street = span is not None and span.end < len(doc) and _capitalised(doc[span.end]) and \
            doc[span.end].text.lower().rstrip(".") in STREET_HEADS and \
            not (span.end + 1 < len(doc) and _capitalised(doc[span.end + 1]))  # "Lebanon Street Department"
        keep.append(m)
    return keep


def _generic(name: str, compass: set[str]) -> bool:
    """Whether a name is only a kind of place, maybe after compass words ("Zone", "West Zone" of
    "Rio de Janeiro - West Zone"): such a word has namesakes (a village "Zone" in Italy) or is
    placed as a name of its own inside the town that qualifies it, where the town itself is meant."""
    words = name_key(name).split()
    return bool(words) and words[-1] in GENERIC_NOUNS and all(w in compass for w in words[:-1])


def _demonyms_before_nouns(doc: Doc, lang: LanguagePack) -> list[tuple[int, int]]:
    """ "the Somali port city of Kismayo", "Somali troops": a country's demonym before a common noun qualifies
    it, where the language puts demonyms before their noun; it is no region spelled alike (Ethiopia's
    "Somali"), unless the noun is a unit word ("the Somali region")."""
    if not lang.demonym_before_noun:
        return []
    units = lang.admin_words | lang.unit_words
    return [(tok.i, tok.i + 1) for tok in doc[:-1] if tok.text[:1].isupper()
            and (fold(tok.text) in lang.demonyms or _people_before_noun(doc, tok.i))
            and (nxt := doc[tok.i + 1]).is_alpha and nxt.text.islower() and nxt.text not in units]


def _peoples_paired(doc: Doc, lang: LanguagePack) -> list[tuple[int, int]]:
    """ "entre Nande et Hunde", "between the Dinka and the Nuer", "les Pende et les Tshokwe se sont affrontés":
    two ethnic groups ACLED names militias after, paired by a pair cue (or after a word for communities), or
    each with its own article, are the sides of a clash, not two places spelled alike (Houndé, Burkina Faso;
    Pendé, France). A place takes no article of its own before each name ("in the Kachin and Shan states")."""
    cues = {fold(c) for c in (*lang.roles.get("pair_cues", ()), *lang.roles.get("communal_heads", ()))}
    dets = {fold(d) for d in lang.roles.get("determiners", ())}
    joins = {fold(c) for c in lang.conjunctions}
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or ethnic_group(tok.text, lang) is None:
            continue
        k = tok.i - 1
        while k >= 0 and fold(doc[k].text) in dets:
            k -= 1
        cued = k >= 0 and fold(doc[k].text) in cues
        if not cued and k == tok.i - 1:
            continue
        j = tok.i + 1
        if j >= len(doc) or fold(doc[j].text) not in joins:
            continue
        j += 1
        second = j
        while j < len(doc) and fold(doc[j].text) in dets:
            j += 1
        if j < len(doc) and doc[j].text[:1].isupper() and ethnic_group(doc[j].text, lang) is not None and (cued or j > second):
            out += [(tok.i, tok.i + 1), (j, j + 1)]
    return out


def _people_before_noun(doc: Doc, i: int) -> bool:
    """ "a Fulani camp", "suspected Tuareg fighters": an ethnic group ACLED names militias after, before a common
    noun and after no preposition, qualifies the noun as a demonym does; it is no hamlet spelled alike. After a
    preposition ("in Kachin villages") it may still be the region."""
    return fold(doc[i].text) in ethnic_groups() and doc[i + 1].pos_ == "NOUN" and (i == 0 or doc[i - 1].pos_ != "ADP")


def _capitals_named(doc: Doc, gaz: Gazetteer, lang: LanguagePack) -> list[tuple[int, int, str]]:
    """ "the Somali capital", "la capitale malienne": a capital word with a demonym names that country's
    capital (token range and ISO2), where the gazetteer knows it; the demonym alone would be a region
    spelled alike ("Somali", Ethiopia's)."""
    out = []
    lowered = joined_text(doc).lower()
    if not any(word in lowered for word in lang.capital_words):  # most texts name no capital
        return out
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        demonym, word = (tok, nxt) if lang.demonym_before_noun else (nxt, tok)
        if word.text.lower() not in lang.capital_words:
            continue
        cc = lang.demonyms.get(fold(demonym.text))
        if cc in gaz.capital_of:
            out.append((tok.i, tok.i + 2, cc))
    return out


def _bracket_chains(doc: Doc, gaz: Gazetteer, lang: LanguagePack) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The names of administrative chains in brackets ("Village (Turkana West, Turkana)", "Town
    (Santander)", "(Pa Laung Self-Administered Zone, Shan-North state)"), as token bounds: those
    the gazetteer knows whole, whatever the model tags them (it takes many for people), and, in a
    chain of several names, those it does not know, whose words are then no place alone. A bracket
    holding other words ("(coded to district level)") or no known name is no chain."""
    known: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []
    if "(" not in joined_text(doc):  # no bracket: no token to look at
        return known, unknown
    linking = lang.admin_words | lang.unit_words | lang.settlement_words
    for tok in doc:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1:tok.i + 1 + BRACKET_WINDOW] if t.text in (")", "(")), None)
        if close is None or doc[close].text != ")" or close == tok.i + 1:
            continue
        elements, start, ok = [], tok.i + 1, True
        for k in range(tok.i + 1, close + 1):
            t = doc[k]
            if k == close or t.text == ",":
                end = start
                while end < k and (_capitalised(doc[end]) or doc[end].text.lower() in CONNECTORS):
                    end += 1
                while end - start > 1 and doc[end - 1].text.lower() in linking and not _chain_name(doc, (start, end), gaz):
                    end -= 1  # "(Bungudu LGA, Zamfara state)": a unit word written in capitals is no part of the name
                rest = doc[end:k]
                if end == start or not _capitalised(doc[end - 1]) or \
                        any(r.text.lower() not in linking for r in rest):
                    ok = False
                    break
                elements.append((start, end))
                start = k + 1
        found = [e for e in elements if _chain_name(doc, e, gaz)]
        if not ok or not found and len(elements) < 2:
            continue
        head = _chain_head(doc, tok.i, linking)
        if head is not None and (d := _quarter_dash(doc, head[1])) is not None and d + 1 < head[0] and \
                _chain_name(doc, (d + 1, head[1]), gaz) and _quarter_of_previous(doc, doc[d + 1:head[1]], gaz):
            head = (d + 1, head[1])  # "Rio de Janeiro - West Zone (Rio de Janeiro)": the whole quarter, not "Zone"
        if head is not None and _chain_name(doc, head, gaz):
            found.append(head)
        known += found
        if len(elements) > 1:
            unknown += [e for e in elements if e not in found]
    return known, unknown


def _comma_chain_ends(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Names only chains give a region ("UP", "J&K") after a town's comma at the sentence's end
    ("Jalalabad, UP."), as token bounds: there they end the town's chain as in brackets; elsewhere
    ("prices went UP", "the MP said") they are words."""
    if not gaz.chain:
        return []
    out = []
    for tok in doc:
        if tok.text != "," or tok.i < 1 or not _capitalised(doc[tok.i - 1]):
            continue
        for n in range(3, 0, -1):
            end = tok.i + 1 + n
            if end > len(doc) or not doc[tok.i + 1].text[:1].isupper():
                continue
            name = doc[tok.i + 1:end].text
            if (end == len(doc) or doc[end].text in (".", ";", ":")) and gaz.chain_only(name):
                # the town before the comma decides: "said Jane Smith, MP." names no Indian town
                if any(gaz.chain_holds(name, doc[start:tok.i].text) for start in range(max(0, tok.i - MAX_TOKENS), tok.i)):
                    out.append((tok.i + 1, end))
                break
    return out


def _chain_name(doc: Doc, bounds: tuple[int, int], gaz: Gazetteer) -> bool:
    """Whether a name of a chain is a place: the gazetteer knows it whole, as a place or a unit, or
    as a region by a name only a chain gives it ("UP" for Uttar Pradesh in "(Agra district, UP)")."""
    name = doc[bounds[0]:bounds[1]].text
    return gaz.has(name) or gaz.has_unit(name) or bool(gaz.chain_ids(name))


def _chain_head(doc: Doc, bracket: int, linking: frozenset[str]) -> tuple[int, int] | None:
    """The capitalised name right before a chain's bracket, past one settlement or unit word
    ("Barrancabermeja (Santander)", "Dhalkebar town (Dhanusha district)")."""
    end = bracket
    if end > 0 and doc[end - 1].text.lower() in linking and (not _capitalised(doc[end - 1]) or doc[end - 1].text.isupper()):
        end -= 1
    start = end
    while start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].text.lower() in CONNECTORS and start < end) \
            and not _sentence_initial(doc, start - 1):
        start -= 1
    while start < end and not _capitalised(doc[start]):
        start += 1
    return (start, end) if start < end else None


def station_after(text: str, end: int, phrases: tuple[str, ...]) -> int:
    """The length of the station phrase ("police station limits") right after a name, spaces before it
    included, or 0: it calls the name the seat of a police station, whose area is a unit."""
    rest = text[end:end + 60]
    lead = len(rest) - len(rest.lstrip())
    low = rest[lead:].lower()
    for p in phrases:
        if low.startswith(p) and not low[len(p):len(p) + 1].isalnum():
            return lead + len(p)
    return 0


def _unit_named(doc: Doc, span: Span, lang: LanguagePack, gaz: Gazetteer) -> bool:
    """Whether the text names ``span`` as an administrative unit: an admin word right after it
    ("Wetlet township") or before it ("territoire de Rutshuru"), or the first names of the
    brackets of an administrative chain ("Kalo (Ewekoro, Ogun)"), where ACLED and local reports
    name units; a bracket holding no known place ("Image (By ...)") is no chain."""
    if span.end < len(doc) and doc[span.end].text.lower() in lang.admin_words:
        return doc[span.end].text.lower() in lang.unit_words
    if unit_phrase_at(doc, span.end, lang):
        return True
    if station_after(joined_text(doc), span.end_char, lang.station_words):
        return True  # "Kalo police station limits": the police station's area, a block or tehsil
    k = span.start - 1
    while k >= 0 and doc[k].text.lower() in ADMIN_LINKS:
        k -= 1
    if k >= 0 and k < span.start - 1 and doc[k].text.lower() in lang.admin_words:
        return doc[k].text.lower() in lang.unit_words
    return _first_of_chain(doc, span, gaz) or _unit_in_bracket(doc, span, gaz, lang)


def _unit_in_bracket(doc: Doc, span: Span, gaz: Gazetteer, lang: LanguagePack) -> bool:
    """Whether brackets after the name, or a "within" link ("in"), hold a known place within whose
    reach a unit of that name lies ("Delburne (Alberta)", "the hills of Rosser in Manitoba"): they
    name the unit. A unit of the name in another country ("Dioro (Djibo, Soum)", a Burkinabe village
    named like a Malian commune) is not it."""
    if span.end + 1 >= len(doc):
        return False
    if doc[span.end].text == "(":
        close = next((t.i for t in doc[span.end + 1:span.end + 1 + BRACKET_WINDOW] if t.text == ")"), None)
    elif doc[span.end].text.lower() in lang.within_links and _capitalised(doc[span.end + 1]):
        close = span.end + 2
        while close < len(doc) and close < span.end + 1 + MAX_TOKENS and _capitalised(doc[close]):
            close += 1
    else:
        return False
    if close is None:
        return False
    units = gaz.unit_ids(span.text)
    held = [i for a in range(span.end + 1, close) for b in range(a + 1, min(close, a + MAX_TOKENS) + 1)
            for i in gaz.ids(doc[a:b].text) if gaz.feature[i] in (ADMIN1, ADMIN2, CITY)]
    return any(gaz.country[u] == gaz.country[i] and haversine_km(gaz.lat[u], gaz.lon[u], gaz.lat[i], gaz.lon[i])
               <= max(UNIT_REACH_KM, REACH_SLACK * gaz.radius[i]) for u in units for i in held)


def _village_named(doc: Doc, span: Span, lang: LanguagePack, gaz: Gazetteer) -> bool:
    """Whether the text calls ``span`` a village or town ("Kalo village", "the village of Kalo",
    "le village de Kalo") or binds it in a chain: the units it lies in in brackets after it ("Kalo
    (Gwoza, Borno)"), or it is the first name of such brackets ("(Kalo, Gwoza, Borno)")."""
    words = lang.settlement_words | lang.town_words
    if span.end < len(doc) and doc[span.end].text.lower() in words:
        return True
    if station_after(joined_text(doc), span.end_char, lang.station_words):
        return True  # "Kalo police station limits": a police station is in a village or town of its name
    k = span.start - 1
    while k >= 0 and doc[k].text.lower() in ADMIN_LINKS:
        k -= 1
    if k >= 0 and k < span.start - 1 and doc[k].text.lower() in words:
        return True
    if span.end < len(doc) and doc[span.end].text == "(":  # "Kalo (Gwoza, Borno)"
        close = next((t.i for t in doc[span.end + 1:span.end + 1 + BRACKET_WINDOW] if t.text == ")"), None)
        if close is not None and any(gaz.has(doc[a:b].text) for a in range(span.end + 1, close)
                                     for b in range(a + 1, min(close, a + MAX_TOKENS) + 1)):
            return True
    if span.end + 2 < len(doc) and doc[span.end].text == ",":  # "Kalo, Gwoza LGA, Borno state"
        k = span.end + 1
        while k < len(doc) and k <= span.end + MAX_TOKENS and _capitalised(doc[k]) and doc[k].is_alpha \
                and doc[k].text.lower() not in lang.unit_words:
            k += 1
        if span.end + 1 < k < len(doc) and doc[k].text.lower() in lang.unit_words:
            return True
    return _first_of_chain(doc, span, gaz)


def _region_named(doc: Doc, span: Span, lang: LanguagePack, gaz: Gazetteer) -> bool:
    """Whether the text binds ``span`` to a first-level region right after it ("Kalo, Donetsk",
    "Kalo (Donetsk oblast)"), or after its raion ("Kalo, Izium raion, Kharkiv oblast"), or calls it a
    village: how a village council's seat is named."""
    if span.end + 1 < len(doc) and doc[span.end].text in (",", "("):
        start = span.end + 1
        unit = next((t.i for t in doc[start:start + MAX_TOKENS + 1] if t.text.lower() in lang.unit_words), None)
        if unit is not None and unit > start and unit + 2 < len(doc) and doc[unit + 1].text == ",":
            start = unit + 2  # "Kalo, Izium raion, Kharkiv oblast": the raion between the name and its oblast
        after = doc[start:start + MAX_TOKENS]
        if any(gaz.feature[i] == ADMIN1 for b in range(1, len(after) + 1) for i in gaz.ids(after[:b].text)):
            return True
    return _village_named(doc, span, lang, gaz)


def _first_of_chain(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """Whether ``span`` opens the brackets of an administrative chain holding a known place."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    opened = False
    for t in reversed(doc[max(0, span.start - BRACKET_WINDOW):span.start]):
        if t.text in (")", ".", "!", "?", ";"):
            return False
        if t.text == "(":
            opened = True
            break
    rest = doc[span.end + 1:span.end + 1 + BRACKET_WINDOW]
    close = next((t.i for t in rest if t.text == ")"), None)
    return opened and close is not None and any(
        gaz.has(doc[a:b].text) for a in range(span.end + 1, close) for b in range(a + 1, min(close, a + MAX_TOKENS) + 1))


def _joined_places(doc: Doc, gaz: Gazetteer, unit_words: frozenset[str] = frozenset()) -> list[Span]:
    """The model's entities, with two place entities side by side joined when the gazetteer knows
    the whole ("Baja" + "California" is Baja California, not a Hungarian town and a US state), and
    one cut short before a connector extended ("Deir ez Zor"). The second may have any label: the
    small English model splits "Boa Vista" into a place "Boa" and an organisation "Vista", and the
    place "Vista", California, took the event."""
    ents = list(doc.ents)
    out = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and (ent.label_ in PLACE_LABELS or nxt.label_ in PLACE_LABELS) \
                and {ent.label_, nxt.label_} <= JOINABLE_LABELS and gaz.has(doc[ent.start:nxt.end].text):
            out.append(Span(doc, ent.start, nxt.end, label=ent.label_ if ent.label_ in PLACE_LABELS else nxt.label_))
            k += 2
            continue
        whole = _extended(doc, ent, gaz, nxt.end) if nxt is not None and nxt.start > ent.end and \
            all(t.text.lower() in CONNECTORS for t in doc[ent.end:nxt.start]) else ent
        if whole.end == nxt.end if nxt is not None else False:  # "Newcastle upon Tyne", the river's name a person's
            out.append(_completed_before(doc, whole, gaz, out[-1].end if out else 0))
            k += 2
            continue
        ent = _extended(doc, ent, gaz, nxt.start if nxt is not None else len(doc))
        ent = _unit_extended(doc, ent, gaz, nxt.start if nxt is not None else len(doc), unit_words)
        out.append(_completed_before(doc, ent, gaz, out[-1].end if out else 0))
        k += 1
    return out


def _completed_before(doc: Doc, ent: Span, gaz: Gazetteer, limit: int) -> Span:
    """A place entity the model cut to its last word ("Beida" of "Goz Beida", "Eastern Province" of
    "North Eastern Province"), extended back over the capitalised words before it that the model
    left untagged, to the longest name the gazetteer knows: the tail alone is a namesake elsewhere
    (Al Bayda, Libya, for a Chadian town)."""
    if ent.label_ not in PLACE_LABELS:
        return ent
    for start in range(max(limit, ent.end - MAX_TOKENS), ent.start):
        extra = doc[start:ent.start]
        if _capitalised(extra[0]) and all(t.ent_iob_ == "O" and (_capitalised(t) or t.text.lower() in CONNECTORS)
                                          for t in extra) and gaz.has(doc[start:ent.end].text):
            return Span(doc, start, ent.end, label=ent.label_)
    return ent


def _extended(doc: Doc, ent: Span, gaz: Gazetteer, limit: int) -> Span:
    """A place entity the model cut short before a connector ("Deir" of "Deir ez Zor"), extended to
    the longest name the gazetteer knows through connectors and capitalised words."""
    if ent.label_ not in PLACE_LABELS or ent.end >= limit or doc[ent.end].text.lower() not in CONNECTORS:
        return ent
    for end in range(min(limit, ent.start + MAX_TOKENS), ent.end + 1, -1):
        extra = doc[ent.end:end]
        if _capitalised(extra[-1]) and all(_capitalised(t) or t.text.lower() in CONNECTORS for t in extra) \
                and gaz.has(doc[ent.start:end].text):
            return Span(doc, ent.start, end, label=ent.label_)
    return ent


def _unit_extended(doc: Doc, ent: Span, gaz: Gazetteer, limit: int, unit_words: frozenset[str]) -> Span:
    """A place entity the model cut short of a unit's name, extended over the untagged capitalised words
    up to the unit word that follows ("Dawlat" of "Dawlat Yar district"), where the whole is a unit of
    the tables: the tail alone ("Yar") had been a place of its own, and the event went to the province."""
    if ent.label_ not in PLACE_LABELS:
        return ent
    for end in range(min(limit, ent.end + MAX_TOKENS - len(ent), len(doc) - 1), ent.end, -1):
        extra = doc[ent.end:end]
        if doc[end].text.lower() in unit_words and all(_capitalised(t) and t.is_alpha and t.ent_iob_ == "O" for t in extra) \
                and gaz.has_unit(doc[ent.start:end].text):
            return Span(doc, ent.start, end, label=ent.label_)
    return ent


def _respelt(name: str, gaz: Gazetteer, lang: LanguagePack) -> bool:
    """Whether a name of several words no table lists is a town's respelling ("Tal Tamr" for Tall Tamr),
    not a known name with a word that says what it is or where ("Khulna City", "Tarika Village", "Northern
    Aleppo": not "Northern Loop") nor a unit or village the gazetteer matcher finds whole."""
    kinds = lang.admin_words | lang.town_words | lang.settlement_words | lang.area_words | lang.site_words | \
        lang.compass_words
    return not any(w.lower() in kinds for w in name.split()) and gaz.has_variant(name) and not (
        gaz.has_unit(name) or gaz.has_village(name) or gaz.has_seat(name) or gaz.has_hromada_village(name))


def _respelt_whole(doc: Doc, i: int, n: int, gaz: Gazetteer, text: str, taken, in_name, capital,
                   lang: LanguagePack) -> Span | None:
    """The longer name a known name opens, where no table lists it but a town is spelt like it but for
    transliteration ("Bulo Burte" for Bulo Burti, whose "Bulo" alone is a Philippine town): tried only
    when a capitalised word follows the known name, so it costs nothing elsewhere."""
    end = i + n
    while end < len(doc) and end - i < MAX_TOKENS and not taken[end] and in_name[end]:
        end += 1
        if capital[end - 1] and doc[end - 1].is_alpha:
            name = text[doc[i].idx:doc[end - 1].idx + len(doc[end - 1].text)]
            if not gaz.has(name) and _respelt(name, gaz, lang):
                return doc[i:end]
    return None


def _called_a_settlement(doc: Doc, i: int, gaz: Gazetteer, lang: LanguagePack, taken, in_name, capital) -> int | None:
    """The end of the name opening at token ``i`` where a preposition of location stands before it and a
    town or village word after it ("in Jindires town in Aleppo countryside", ACLED's way of naming a place
    the model may not tag), where some table spells a town like it but for transliteration, to be placed only at
    such a town of the text's countries (``Mention.respelling``); else None. A name the gazetteer holds is the
    matcher's; a name no table spells in any way stays unfound, its qualifier standing in for it as before."""
    end = i  # the cheap tests first: this runs at every capitalised word the gazetteer has no name for
    while end < len(doc) and end - i < MAX_TOKENS and not taken[end] and in_name[end]:
        end += 1
    if end == i or end >= len(doc) or not capital[end - 1] or \
            doc[end].text not in lang.town_words and doc[end].text not in lang.settlement_words or \
            not doc[end - 1].is_alpha or not _located(doc, i, lang):
        return None
    name = doc[i:end].text
    if gaz.has(name) or not gaz.has_variant(name) or name_key(name) in lang.nonplaces or \
            any(_stop(t, gaz) for t in doc[i:end] if t.is_alpha):
        return None
    return end


def _cut_from_a_known_name(doc: Doc, span: Span, gaz: Gazetteer, text: str) -> bool:
    """Whether the model's entity is the first word of a longer name a table holds, cut off from the words
    that follow it ("the village of Sukhyi Yar": "Sukhyi" tagged a place, "Yar" a person)."""
    end = span.end
    while end < len(doc) and end - span.start < MAX_TOKENS and _capitalised(doc[end]) and doc[end].is_alpha:
        end += 1
        name = text[span.start_char:doc[end - 1].idx + len(doc[end - 1].text)]
        if gaz.has(name) or gaz.has_unit(name) or gaz.has_village(name) or gaz.has_seat(name) or \
                gaz.has_hromada_village(name):
            return True
    return False


def _cut_at_a_hyphen(doc: Doc, span: Span, ent_spans: set[tuple[int, int]]) -> bool:
    """Whether the model's entity opening the span ends at a hyphen inside it: one hyphenated name the
    model cut ("Croix" of "Croix-des-Bouquets"), whose label says nothing of the whole."""
    return any(start == span.start and end < span.end and doc[end].text == "-" and not doc[end - 1].whitespace_
               for start, end in ent_spans)


def _opens_an_entity(span: Span, ent_spans: set[tuple[int, int]]) -> bool:
    """Whether a longer entity of the model's opens with the span."""
    return any(start == span.start and end > span.end for start, end in ent_spans)


def _called_a_town(doc: Doc, i: int, lang: LanguagePack) -> bool:
    """Whether a place cue naming a town or a settlement ("the town of", "la ville de") ends right before token
    ``i``: what follows is a town's name, whatever longer title the model read."""
    before = _words_before(doc, i)
    kinds = lang.town_words | lang.settlement_words
    return any(cue.split()[0] in kinds and (before.endswith(cue) or before.endswith(cue + " "))
               for cue in lang.place_cues if " " in cue)


def _compound(doc: Doc, span: Span) -> tuple[int, int]:
    """The token bounds of the hyphenated word a span sits in ("Qala-i-Dara", "Sang-e-Mar")."""
    start, end = span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def _unknown_name_announced(doc: Doc, span: Span, gaz: Gazetteer, lang: LanguagePack) -> tuple[int, int] | None:
    """The token bounds of the hyphenated name no table has that ``span`` is one word of, where the words before it
    announce a place ("dans le village de Ngoundé-Bassa", "in Amada-Gaza"); else None."""
    start, end = _compound(doc, span)
    if (start, end) == (span.start, span.end) or gaz.has(doc[start:end].text) or not _capitalised(doc[start]) or \
            not _announced(doc, start, lang) or not _beside_an_unknown_part(doc, span, start, end, gaz, lang):
        return None
    return start, end


def _beside_an_unknown_part(doc: Doc, span: Span, start: int, end: int, gaz: Gazetteer, lang: LanguagePack) -> bool:
    """Whether a name is one word of a hyphenated name no table has, another capitalised word of which is no
    known name either ("Amada-Gaza", "Nana-Bakassa", "Moyenne-Sido"): the whole is one place, and its known word
    alone only a namesake of it, often abroad (Gaza, Sidon). A pair of known places ("Beni-Butembo"), a country
    beside a group ("Israel-Hamas war"), a word beside an acronym ("DFL-Minneapolis"), a word beside one that
    names a place with the word after it ("Athens-Clarke County") and the ends of a road ("l'axe Komanda-Luna")
    stay."""
    if gaz.has(doc[start:end].text):  # the whole is the place, where the model's entities kept it from being taken
        return _capitalised(doc[start])  # whole; "al-Hudaydah" is never taken whole, so its town's word stands alone
    if any(gaz.feature[i] == COUNTRY for i in gaz.ids(span.text)) or \
            end < len(doc) and doc[end].text.lower() in lang.road_words or \
            start > 0 and doc[start - 1].text.lower() in lang.road_words:
        return False

    def known(t) -> bool:
        return gaz.has(t.text) or t.i == end - 1 and end < len(doc) and gaz.has(f"{t.text} {doc[end].text}")
    return any(_capitalised(t) and t.is_alpha and not t.is_upper and len(t) >= UNKNOWN_PART_MIN_LEN and not known(t)
               for t in doc[start:end] if t.text not in DASHES and not span.start <= t.i < span.end)


def _fragment(doc: Doc, span: Span, gaz: Gazetteer, lang: LanguagePack, ent_label: list[str]) -> bool:
    """Whether a gazetteer match is one word of a longer name the gazetteer lacks, so that the
    part alone would place the event at a namesake: a word of a hyphenated name whose other parts
    are joined by a particle ("Qala-i-Dara", "Sang-e-Mar"; not "Beni-Butembo", "D-Texas",
    "Goma-based"), or a generic head followed by another capitalised word ("Wadi ...", "El ...").
    A town's name before another word stays a place ("Goma Town Hall"): the corpora count it."""
    start, end = _compound(doc, span)
    if (start, end) != (span.start, span.end):
        if start == span.start and span.text.lower() in GENERIC_HEADS:
            return True  # "Al-Omar Oil Field": the head of a hyphenated name the gazetteer lacks
        if _quarter_announced(doc, start, end, lang) and not gaz.has(doc[start:end].text) and \
                not all(gaz.has(t.text) for t in doc[start:end] if t.text != "-"):
            return True  # "le quartier de Carrefour-Feuilles": a quarter the gazetteer lacks, not the town Carrefour
        if _beside_an_unknown_part(doc, span, start, end, gaz, lang):
            return True  # "Amada-Gaza": not Gaza
        words = [t for t in doc[start:end] if t.text != "-"]
        return any(not _capitalised(t) and len(t) <= PARTICLE_MAX_LEN and _capitalised(before) and _capitalised(after)
                   for before, t, after in zip(words, words[1:], words[2:]))
    if len(span) == 1 and _inside_settlement_name(doc, span, lang):
        return True
    if _compass_before_a_name(doc, span, lang):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text.lower() in NAME_JOINTS and _capitalised(doc[span.end + 1]):
        return True
    if span.end + 1 < len(doc) and doc[span.end].is_lower and doc[span.end].text in BOUND_HEADS and \
            not doc[span.end].is_stop and (_capitalised(doc[span.end + 1]) or doc[span.end + 1].text == "-"):
        return True  # "Bab al Tabbaneh", a quarter the gazetteer lacks: not the town Al Bab
    if span.start > 1 and doc[span.start - 1].text.lower() in NAME_JOINTS and _capitalised(doc[span.start - 2]):
        return True  # "Davao del Sur" unknown as a whole: neither Davao nor Sur
    if len(span) == 1 and _compass_of_a_name(doc, span.start, lang):
        return True
    if span.start > 0 and doc[span.start - 1].text.lower() in BOUND_HEADS and _capitalised(doc[span.start - 1]) \
            and doc[span.start - 1].whitespace_ and not _sentence_initial(doc, span.start - 1):  # "An Alton funeral"
        return True  # "Ein Issa", "Al Malahit": the word after an Arabic head is no place alone
    if len(span) > 1 or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if span.text.lower() in GENERIC_HEADS and nxt.text in BOUND_HEADS and span.end + 1 < len(doc) and \
            _capitalised(doc[span.end + 1]):
        return True  # "Dar el Ouassaa": the head of a name the gazetteer lacks
    if not (_capitalised(nxt) and nxt.is_alpha) or span[-1].whitespace_ == "" or \
            ent_label[nxt.i] in NOT_NAME_LABELS or nxt.text.lower() in lang.admin_words:
        return False
    return span.text.lower() in GENERIC_HEADS


def _compass_before_a_name(doc: Doc, span: Span, lang: LanguagePack) -> bool:
    """Whether a name made only of compass words ("North Western", "South-East") stands right before another
    capitalised word that is no unit word ("North Western Tigray"): it is a part of that region, which the
    gazetteer lacks as a whole, not the province of another country the compass words alone name."""
    words = [t.text.lower() for t in span if t.text != "-"]
    if len(words) < 2 or not all(w in lang.compass_words for w in words) or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return bool(span[-1].whitespace_) and _capitalised(nxt) and nxt.is_alpha and \
        nxt.text.lower() not in lang.admin_words


def _compass_of_a_name(doc: Doc, i: int, lang: LanguagePack) -> bool:
    """Whether the compass word at ``i`` ends a longer name through joining words ("Waziristan du Nord",
    "Kivu de l'Est"): the name is the place, and the compass word alone is a region of another country."""
    if doc[i].text.lower() not in lang.compass_words:
        return False
    k = i - 1
    while k > 0 and doc[k].text.lower() in COMPASS_JOINTS:
        k -= 1
    return k < i - 1 and _capitalised(doc[k]) and not _sentence_initial(doc, k) and \
        doc[k].text.lower() not in lang.admin_words


def _quarter_announced(doc: Doc, start: int, end: int, lang: LanguagePack) -> bool:
    """Whether a quarter word stands just before the name ("le quartier de X") or right after it ("the X
    neighbourhood")."""
    return any(t.text.lower() in lang.quarter_words for t in doc[max(0, start - 3):start]) or \
        end < len(doc) and doc[end].text.lower() in lang.quarter_words


def _weak_acronym(span: Span, gaz: Gazetteer, ids) -> bool:
    """ "AL", "PDF": an all-caps word of a few letters names a party or a group unless a big place
    has it; so does a longer one amid lowercase text ("groups such as BAYAN"), though not at the
    start of a sentence, where datelines write towns in capitals ("GOMA, 3 mai")."""
    tok = span[0]
    if len(span) != 1 or not tok.text.isupper() or _strong(gaz, ids, ACRONYM_MIN_POP):
        return False
    if len(tok.text) <= ACRONYM_MAX_LEN:
        return True
    doc = tok.doc
    if not tok.is_alpha or tok.i < DATELINE_TOKENS or _sentence_initial(doc, tok.i):  # "B.C.", "BOSTON (Reuters)"
        return False
    if any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].is_upper for j in (tok.i - 1, tok.i + 1)):
        return False  # a run of capitals: a heading, or a name of several words the corpora count ("KAZAKH INVEST")
    window = doc[max(0, tok.i - CAPS_WINDOW):tok.i + CAPS_WINDOW]
    return sum(t.is_lower for t in window) > 2 * sum(t.is_upper for t in window)


@functools.lru_cache(maxsize=1)
def _country_acronyms() -> frozenset[str]:
    """The countries' short names the country table writes in capitals ("CAR", "DRC", "RCA"), by key."""
    return frozenset(name_key(name) for row in read_tsv(DATA / "countries.tsv") if len(row) > 3
                     for name in row[3].split(";") if name.isalpha() and name.isupper())


def _acronym_in_lowercase(span: Span) -> bool:
    """ "Car bomb near Colombian police station kills two": a word that is a country's name only as an
    acronym ("CAR"), written with lowercase letters, is the common word, whatever else the tables call so."""
    return len(span) == 1 and not span[0].text.isupper() and name_key(span[0].text) in _country_acronyms()


def _inside_settlement_name(doc: Doc, span: Span, lang: LanguagePack) -> bool:
    """Whether more capitalised words follow the one-word span before a settlement word: "Kalo Ma
    village" names Kalo Ma, which the gazetteer lacks, not Kalo."""
    k = span.end
    while k < len(doc) and _capitalised(doc[k]) and doc[k].is_alpha and doc[k].text.lower() not in lang.admin_words \
            and doc[k].text.lower() not in lang.settlement_words:
        k += 1
    # "Nawng Hsa Kone village": the known word may also end the name rather than start it
    if k > span.end and k < len(doc) and all(t.text.lower() in lang.settlement_kinds for t in doc[span.end:k]):
        return False  # "Kakuma Refugee Camp": a camp named after its town lies at it
    longer = k > span.end or span.start > 0 and _capitalised(doc[span.start - 1]) and doc[span.start - 1].is_alpha \
        and not _sentence_initial(doc, span.start - 1)
    return longer and k < len(doc) and doc[k].text.lower() in lang.settlement_words


def _calendar_word(tok: Token, lang: LanguagePack) -> bool:
    """A weekday's, a month's or a season's name, or a feast's or a named day's word: a day, whatever else it names."""
    word = tok.text.lower()
    told = lang.time
    return any(word in told.get(key, {}) for key in ("weekdays", "months", "seasons")) or \
        any(word in phrase.split() for key in ("feasts", "named_days") for phrase in told.get(key, ()))


def _accept(doc: Doc, span: Span, gaz: Gazetteer, lang: LanguagePack, ent_label: list[str],
            ent_spans: set[tuple[int, int]]) -> bool:
    """Whether a capitalised gazetteer match outside place entities is a place name (``ent_spans``:
    the token bounds of the entities)."""
    ids = gaz.ids(span.text)
    label = ent_label[span.start]
    key = name_key(span.text)
    if key in lang.nonplaces and not _bracketed_region(doc, span, gaz, lang) or len(key) < 2:
        return False
    if _unit_entity(doc, span, lang, ent_label):
        return True  # "dans le gouvernorat de Sweida": one place entity, whose name the model takes for a noun
    if _after_an_admin_word(doc, span.start, lang) and any(gaz.feature[i] == ADMIN1 for i in ids):
        return True  # "dans la région de l'Est": a region's name, though "Est" is a stop word
    if _office_of(doc, span, lang) and any(gaz.feature[i] in (ADMIN1, ADMIN2) for i in ids):
        return True  # "Van Governor's office": the model takes the province's governor for a person
    if _struck(doc, span, lang) and any(gaz.feature[i] == CITY for i in ids):
        return True  # "Russian forces shelled Krasnopillia": what is shelled or raided is a place
    if _quarter_follows(doc, span) and any(gaz.feature[i] == CITY for i in ids):
        return True  # "Cap-Haitien - Petite-Anse (Nord)": the model took town and quarter for a person
    if _quarter_of_previous(doc, span, gaz) and any(gaz.feature[i] in (CITY, AREA) for i in ids):
        return True  # "Lagos - Ajegunle (Lagos)": the quarter a table knows, which the model tags as anything
    # "Israeli strikes hit Kfar Kila": the object of a verb of striking is as good as announced
    announced = _announced(doc, span.start, lang) or _struck(doc, span, lang)
    # "shelled Manbij city": a town word after the name says as much as "in" before it, of any sizeable town;
    # a unit word ("the Sidakan area Amadiya district") says it of any place, whatever the model tagged it
    called_town = span.end < len(doc) and doc[span.end].text in lang.town_words
    called_unit = unit_word_at(doc, span.end, lang) is not None
    # "in the Bentiu area": the land around a place, called by its name, of any size and whatever the tag
    called_area = span.end < len(doc) and doc[span.end].text in lang.area_words
    single = len(span) == 1
    tok = span[0]
    if single and (_stop(tok, gaz) or _weak_acronym(span, gaz, ids) or _acronym_in_lowercase(span)):
        return False
    if (called_town or span.end < len(doc) and doc[span.end].text in lang.settlement_words) and \
            _located(doc, span.start, lang):
        return True  # "in Rajo town": what its word calls a town after "in" is one, whatever the model tagged
    if _site_of(doc, span, gaz, ids, lang):
        return True  # "the Kodok IDP camp (Upper Nile)": a site named after its town, which its region holds
    if _pair_end(doc, span, lang, gaz) and any(gaz.feature[i] in (CITY, ADMIN2) for i in ids):
        return True  # "between Suakin and Sinkat (Red Sea)": the model tags the pair as a title
    if _road_end(doc, span, lang, gaz) and any(gaz.feature[i] in (CITY, ADMIN2) for i in ids):
        return True  # "the Bentiu-Leer road": the model tags the pair as an organisation or not at all
    local = gaz.is_local(span.text) and len(key) >= LOCAL_MIN_LEN
    # "Tamil Nadu State" tagged a person whole: the name is the entity without its region word
    worded = span.end < len(doc) and doc[span.end].text.lower() in lang.admin_words and \
        (span.start, span.end + 1) in ent_spans
    if (single or not label or (span.start, span.end) in ent_spans or worded or _pieced(doc, span, ent_spans)) and \
            (_in_named_region(doc, span, gaz, ids, lang.unit_words) or
             _region_of_previous(doc, span, gaz, ids, (lang.settlement_words | lang.town_words | lang.area_words) - lang.quarter_words)):
        return True  # "shelled Ocheretino, Donetsk": the model took the town for a product or a people
    if label in BLOCK_LABELS:
        whole = (span.start, span.end) in ent_spans
        if whole and (called_unit or _region_in_chain(doc, span, gaz, lang)):
            return True
        if whole and _called_what_it_is(doc, span, gaz, lang, ids):
            return True
        if _cut_at_a_hyphen(doc, span, ent_spans) and announced and any(gaz.feature[i] == CITY for i in ids):
            return True  # "in Croix-des-Bouquets": the model took the name's first word for a person
        if _opens_an_entity(span, ent_spans) and _called_a_town(doc, span.start, lang) and \
                any(gaz.feature[i] == CITY for i in ids):
            return True  # "the town of Macomia in Mozambique's Cabo Delgado": the model took the phrase for a title
        if whole and label in ("PERSON", "PER") and single:  # the small English model's "Alexandria"
            # some models take unknown African and Arabic town names for people (French: "Tawila")
            return _strong(gaz, ids, PERSON_TAGGED_MIN_POP) or \
                local and (announced or lang.model_takes_towns_for_people)
        if whole and label in ("DATE", "TIME") and single and announced and tok.pos_ == "PROPN" and \
                not _calendar_word(tok, lang) and _strong(gaz, ids, DAY_TAGGED_MIN_POP):
            return True  # "near Turbat on Monday": the small English model takes the town for the day after it
        if whole and label == "PRODUCT" and single and announced and _strong(gaz, ids, PERSON_TAGGED_MIN_POP):
            return True  # "clashed in Gokwe": a town after a preposition the small English model takes for a product
        if whole and label in ("PERSON", "PER") and local and announced:
            return True  # "sur Aïta al-Chaab": a locality of the conflict tables, of several words, after a preposition
        if whole and label in ("PERSON", "PER") and _located(doc, span.start, lang) and \
                _strong(gaz, ids, UNANNOUNCED_MIN_POP):
            return True  # "protesters gathered in Sidi Bouzid": no one gathers in a person; a town big enough to be news
        return whole and (announced and _strong(gaz, ids, OTHER_TAGGED_MIN_POP)
                          or (called_town or called_area) and _strong(gaz, ids, PERSON_TAGGED_MIN_POP))
    # a name before "area" or "city" is tagged as the adjective it stands for ("Hodal area", "Hodal city")
    if single and tok.pos_ not in ("PROPN", "") and not (called_area or called_town) and \
            not _strong(gaz, ids, COMMON_WORD_MIN_POP):
        return False
    if label:  # inside an organisation or other name: only well-known places
        # ... unless a "near" phrase announces the lone word: "explosions near Lebedynske", a village the
        # small English model takes for an organisation (nobody is "near" an organisation); or a locality
        # of the conflict tables a preposition announces ("à Bunia", a town the French model calls an organisation)
        # (several words: "in Daraa al-Balad", a quarter the model tags as a facility)
        whole = single and (span.start, span.end) in ent_spans
        alone = whole and tok.pos_ == "PROPN" and _near(doc, span.start, lang) or \
            (whole and tok.pos_ in ("PROPN", "") or not single and (span.start, span.end) in ent_spans) \
            and local and announced
        return alone or whole and called_area or _strong(gaz, ids, IN_NAME_MIN_POP) or \
            (announced and _strong(gaz, ids, IN_NAME_ANNOUNCED_MIN_POP)) or any(gaz.feature[i] == ADMIN2 for i in ids) \
            or announced and _headed_entity(doc, span, ent_spans) and any(gaz.feature[i] == CITY for i in ids)
    local = local and tok.pos_ in ("PROPN", "")
    if _sentence_initial(doc, span.start) and not _strong(gaz, ids, SENTENCE_INITIAL_MIN_POP) and not local:
        return False
    if announced or local or called_town or called_unit or called_area:
        return True
    return _strong(gaz, ids, UNANNOUNCED_MIN_POP) or any(gaz.feature[i] == ADMIN2 for i in ids) or \
        (span.end < len(doc) and doc[span.end].text == "," and span.end + 1 < len(doc)
         and _capitalised(doc[span.end + 1]) and gaz.has(doc[span.end + 1].text)) or \
        any(gaz.feature[i] == CITY and gaz.population[i] >= SEVERAL_WORDS_MIN_POP for i in ids) and not single


def _headed_entity(doc: Doc, span: Span, ent_spans: set[tuple[int, int]]) -> bool:
    """Whether the name is a whole entity of several words opened by a head of Arabic names ("near Al-Shaddadi",
    "in Tal-Hamis"): the model tags such names as facilities, but the head makes them a place's name, so a town of
    any size the gazetteer holds is that town (GeoNames gives many of Syria's and Yemen's towns no population)."""
    return len(span) > 1 and (span.start, span.end) in ent_spans and span[0].text.lower() in BOUND_HEADS


def _unit_entity(doc: Doc, span: Span, lang: LanguagePack, ent_label: list[str]) -> bool:
    """Whether the name ends a place entity of the model that opens on a unit word and "de" ("gouvernorat
    de Sweida", "province du Sankuru"): the model has said the unit and its name are one place."""
    k = span.start - 1
    if k < 1 or ent_label[span.start] not in PLACE_LABELS or doc[k].text.lower() not in lang.relative["of"]:
        return False
    unit = doc[k - 1]
    ends = span.end == len(doc) or doc[span.end].ent_iob_ != "I"
    return unit.text.lower() in lang.admin_words and unit.ent_iob_ == "B" and ends


def _called_what_it_is(doc: Doc, span: Span, gaz: Gazetteer, lang: LanguagePack, ids) -> bool:
    """ "the town of Mirebalais": a name the model took for a product or a date that the text itself calls a
    town or village (a town of that name is known) is that town; the word says what the model did not. (A
    region called so, "Tillaberi region", is ``_region_in_chain``'s.)"""
    return _village_named(doc, span, lang, gaz) and not doc[span.start - 1:span.start].text == "(" and \
        any(gaz.feature[i] == CITY for i in ids)


def _region_in_chain(doc: Doc, ent: Span, gaz: Gazetteer, lang: LanguagePack) -> bool:
    """Whether a "person" of the model is a first-level region's whole name ending a chain ("in Haripur
    tehsil, Khyber Pakhtunkhwa province", "(Swat, Khyber Pakhtunkhwa)"): after a comma or a bracket,
    or called a region by the admin word after it."""
    if not any(gaz.feature[i] == ADMIN1 for i in gaz.ids(ent.text)):
        return False
    after = doc[ent.end].text.lower() if ent.end < len(doc) else ""
    return ent.start > 0 and doc[ent.start - 1].text in (",", "(") or after in lang.admin_words


def _road_end(doc: Doc, span: Span, lang: LanguagePack, gaz: Gazetteer) -> bool:
    """Whether the name is one end of a road named after the towns it joins: capitalised names joined
    by a dash, with a road word right after the pair ("the Bentiu-Leer road") or right before it
    ("l'axe Kalemie-Kalima"), every one of them a town or unit of one country: where the gazetteer lacks
    an end, or the ends share no country, a known end may be a namesake of a village it lacks."""
    def joins(t) -> bool:
        return t.text in DASHES or _capitalised(t) or t.text.lower() in CONNECTORS

    start, end = span.start, span.end
    while start > 0 and joins(doc[start - 1]):
        start -= 1
    while end < len(doc) and joins(doc[end]):
        end += 1
    words = doc[start:end]
    if not any(t.text in DASHES for t in words) or words[0].text in DASHES or words[-1].text in DASHES:
        return False
    if not (end < len(doc) and doc[end].text.lower() in lang.road_words or
            start > 0 and doc[start - 1].text.lower() in lang.road_words):
        return False
    ends, part = [], []
    for t in [*words, None]:
        if t is None or t.text in DASHES:
            ends.append({gaz.country[i] for i in gaz.ids(doc[part[0]:part[-1] + 1].text)
                         if gaz.feature[i] in (CITY, ADMIN2)})
            part = []
        else:
            part.append(t.i)
    return len(ends) >= 2 and bool(set.intersection(*ends))


def _pair_end(doc: Doc, span: Span, lang: LanguagePack, gaz: Gazetteer) -> bool:
    """Whether the name is one of two an event lies between ("between Suakin and Sinkat"): the name and
    the other are whole runs of capitalised words framed by the pack's pair words, both towns or units
    of one shared country (where one is unknown, the known one may be a namesake of a village the
    gazetteer lacks)."""
    def run(start: int, step: int) -> int:
        k = start
        while 0 <= k + step < len(doc) and _capitalised(doc[k + step]) and doc[k + step].is_alpha:
            k += step
        return k

    def countries(a: int, b: int) -> set[str]:
        return {gaz.country[i] for i in gaz.ids(doc[a:b + 1].text) if gaz.feature[i] in (CITY, ADMIN2)}

    first, last = span.start, span.end - 1
    for opener, joint in lang.pair_words:
        if first > 0 and doc[first - 1].text.lower() == opener and run(first, 1) == last and \
                last + 2 < len(doc) and doc[last + 1].text.lower() == joint and _capitalised(doc[last + 2]):
            other = countries(last + 2, run(last + 2, 1))
        elif first > 1 and doc[first - 1].text.lower() == joint and run(first, 1) == last and \
                _capitalised(doc[first - 2]) and (b := run(first - 2, -1)) > 0 and doc[b - 1].text.lower() == opener:
            other = countries(b, first - 2)
        else:
            continue
        if other & countries(first, last):
            return True
    return False


def _office_titled(ent: Span, lang: LanguagePack) -> bool:
    """Whether a "person" of the model ends in the title of a province's or a town's office
    ("Van Governor's", "Hakkari Governorship"): the words before the title name the place."""
    words = [t.text.lower() for t in ent if t.text not in POSSESSIVES]
    return len(words) > 1 and words[-1] in lang.office_titles


def _office_of(doc: Doc, span: Span, lang: LanguagePack) -> bool:
    """Whether a name comes right before the title of its office ("Van Governor's office")."""
    return span.end < len(doc) and doc[span.end].text.lower() in lang.office_titles


def _struck(doc: Doc, span: Span, lang: LanguagePack) -> bool:
    """Whether a proper name comes bare right after a verb whose object is a place ("shelled X",
    "raided X", "ont bombardé X"): the model often tags a village there as an organisation or a
    person. Read on the words, since the geo stage runs without the parser. A name with a region
    after it ("shelled X, Donetsk") is left to the chain, which knows whether the region holds it. A munition and
    its preposition ("dropped guided bombs on X") stand for the verb."""
    if span.start == 0 or span[0].pos_ != "PROPN":
        return False
    before = doc[span.start - 1].text.lower()
    if before not in lang.struck_verbs and (span.start < 2 or
                                            f"{doc[span.start - 2].text.lower()} {before}" not in lang.struck_phrases):
        return False
    after = doc[span.end:span.end + 2]
    return not (len(after) == 2 and after[0].text in (",", "(") and _capitalised(after[1]))


def _pieced(doc: Doc, span: Span, ent_spans: set[tuple[int, int]]) -> bool:
    """Whether a name is whole entities of the model joined by connectors: "Sistan and Baluchestan"
    is tagged a person ("Sistan") and a people ("Baluchestan"), and as one name it is whole."""
    ends = dict(sorted(ent_spans))
    t, pieces = span.start, 0
    while t < span.end:
        end = ends.get(t)
        if end is not None and end <= span.end:
            t, pieces = end, pieces + 1
        elif t > span.start and doc[t].text.lower() in CONNECTORS:
            t += 1
        else:
            return False
    return pieces >= 2


SITE_MAX_TOKENS = 4  # "Magistrate 's Court", "General Hospital", "IDP camp": the words between a town and its site's head


def _site_of(doc: Doc, span: Span, gaz: Gazetteer, ids, lang: LanguagePack) -> bool:
    """Whether the name begins the name of a site named after its town ("the Kodok IDP camp (Upper Nile)",
    "Leer market (Unity)", "the Wajid General Hospital, Bakool", "the Kamituga gold mine (Mwenga territory,
    South Kivu)"): capitalised words, a possessive, a settlement kind or what the site trades, then a site word,
    then a bracket or a comma and the first-level region holding a town of the name, after the units between
    if any. The model tags such sites as organisations, which hid the town."""
    towns = [i for i in ids if gaz.feature[i] == CITY]
    k, seen = span.end, False
    while towns and k < len(doc) and k - span.end < SITE_MAX_TOKENS:
        word = doc[k].text.lower()
        if word in lang.site_words:
            seen, k = True, k + 1
            if k < len(doc) and doc[k].text.lower() in lang.site_words:
                continue
            break
        if not (doc[k].is_alpha and _capitalised(doc[k]) or word in ("'s", "’s") or
                word in lang.settlement_kinds or word in lang.border_words or word in lang.site_goods):
            return False
        k += 1
    if not seen or k >= len(doc) or doc[k].text not in ("(", ","):
        return False
    regions = set()
    for start in range(k + 1, min(len(doc), k + 1 + 3 * MAX_TOKENS)):
        if doc[start].text.lower() in lang.unit_words:
            continue  # "(Mwenga territory, South Kivu)": the unit's word, then the region
        if doc[start].text in (")", ".", ";") or doc[start].is_lower:
            break
        for end in range(min(len(doc), start + MAX_TOKENS), start, -1):
            words = doc[start:end]
            if all(_capitalised(t) or t.text.lower() in CONNECTORS for t in words) and _capitalised(words[-1]):
                # a region by a name only chains give it too ("Nevatim airbase (Southern)", Israel's district)
                regions |= {(gaz.country[r], name_key(gaz.names[r])) for r in (*gaz.ids(words.text),
                                                                              *gaz.chain_ids(words.text))
                            if gaz.feature[r] == ADMIN1}
    return any((gaz.country[i], name_key(gaz.admin1[i])) in regions for i in towns)


def _in_named_region(doc: Doc, span: Span, gaz: Gazetteer, ids, unit_words: frozenset[str] = frozenset()) -> bool:
    """Whether the name is followed by ", Region" naming a province, state or oblast that one of
    its towns lies in ("Ocheretino, Donetsk", "Piaxtla, Puebla"), or by a unit word and then the region
    ("Vasylivka raion, Zaporizhia oblast"): the apposition vouches for a place whatever the model
    tagged it."""
    k = span.end
    if k + 2 < len(doc) and doc[k].text.lower() in unit_words:
        k += 1  # "Vasylivka raion, Zaporizhia oblast": the raion of a town of the oblast
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    towns = [i for i in ids if gaz.feature[i] == CITY]
    if not towns:
        return False
    for end in range(min(len(doc), k + 1 + MAX_TOKENS), k + 1, -1):
        words = doc[k + 1:end]
        if not all(_capitalised(t) or t.text.lower() in CONNECTORS for t in words) or not _capitalised(words[-1]):
            continue
        regions = [r for r in gaz.ids(words.text) if gaz.feature[r] == ADMIN1]
        if any(gaz.country[r] == gaz.country[i] and (name_key(gaz.admin1[i]) == name_key(gaz.names[r])
                                                     or r in gaz.ids(gaz.admin1[i]))
               for r in regions for i in towns):
            return True
    return False


def _bracketed_region(doc: Doc, span: Span | None, gaz: Gazetteer, lang: LanguagePack) -> bool:
    """Whether a common word of the ``nonplaces`` list ("Unity", "Centre") qualifies the town right
    before it as the first-level region holding a town or unit of that name: opening a bracket
    ("Leer (Unity)"), or after a comma and closing a bracket or a sentence or followed by an admin word
    ("(Ngoro, Centre)", "Leer, Unity.", "Leer, Unity region", "in Leer, Unity, gunmen ..."); or, wherever it stands, a first-level region's name followed by
    an admin word ("near Leer in Unity province"). There it is that region, not the word; elsewhere
    ("the Centre for ...", "Peace, Unity, Justice") the word."""
    if span is None or span.start < 1:
        return False
    before = doc[span.start - 1].text
    after = doc[span.end].text if span.end < len(doc) else ""
    # "in Leer, Unity, gunmen killed ...": a clause after the comma, not a list of names ("Peace, Unity, Justice")
    clause = after == "," and span.end + 1 < len(doc) and doc[span.end + 1].is_lower
    qualifies = before == "(" or before == "," and (after == ")" or after.lower() in lang.admin_words
                                                    or _ends_sentence(doc, span) or clause)
    if qualifies and _region_of_previous(doc, span, gaz, gaz.ids(span.text),
                                         (lang.settlement_words | lang.town_words | lang.area_words) - lang.quarter_words,
                                         lang.site_words):
        return True
    # "near Leer in Unity province", "Centre region": called a region by its admin word, the word is that region
    return after.lower() in lang.admin_words and any(gaz.feature[i] == ADMIN1 for i in gaz.ids(span.text))


def _ends_sentence(doc: Doc, span: Span) -> bool:
    """Whether the span closes its sentence ("in Leer, Unity."): a common word there ends an "X, Region"
    chain as a closing bracket does, where "Leer, Unity and Peace committee" runs on."""
    return span.end >= len(doc) or doc[span.end].text in (".", ";") or doc[span.end].is_sent_start is True


def _region_of_previous(doc: Doc, span: Span, gaz: Gazetteer, ids, settlement_words=frozenset(),
                        sites=frozenset()) -> bool:
    """Whether the name is the region or country holding a town named right before it ("Gao,
    Burkina Faso", "Sinop, Mato Grosso region", "Leer (Unity)"): the model takes such qualifiers
    for people, and a region with no population figure is too small for a bare name; the
    apposition vouches for them. A settlement word may stand between the town and its region
    ("Kalo village, Katsina State"; a quarter's word is followed by its town, not its region)."""
    k = span.start - 1
    if k < 1 or doc[k].text not in (",", "("):
        return False
    if k > 1 and doc[k - 1].text in settlement_words:
        k -= 1
    regions = {(gaz.country[r], name_key(gaz.names[r])) for r in ids if gaz.feature[r] == ADMIN1}
    countries = {gaz.country[r] for r in ids if gaz.feature[r] == COUNTRY}
    if not regions and not countries:
        return False
    if k > 1 and doc[k - 1].text.lower() in sites:  # "Leer market (Unity)", "the Leer IDP camp (Unity)"
        for j in range(k - 1, max(0, k - 1 - SITE_MAX_TOKENS), -1):
            if (held := _held_before(doc, j, gaz, regions, countries)) is not None:
                return held
    held = _held_before(doc, k, gaz, regions, countries)
    if not held and (d := _quarter_dash(doc, k)) is not None:
        held = _held_before(doc, d, gaz, regions, countries)  # "Sinop - Centro, Mato Grosso": the city's region
    return bool(held)


def _held_before(doc: Doc, k: int, gaz: Gazetteer, regions: set, countries: set) -> bool | None:
    """Whether the longest known name of towns ending just before token ``k`` has one in ``regions``
    or ``countries``; None where no such name ends there."""
    for start in range(max(0, k - MAX_TOKENS), k):
        words = doc[start:k]
        if not all(_capitalised(t) or t.text.lower() in CONNECTORS for t in words) or not _capitalised(words[0]):
            continue
        towns = [i for i in gaz.ids(words.text) if gaz.feature[i] in (CITY, ADMIN2)]
        if towns:
            return any(gaz.country[i] in countries or (gaz.country[i], name_key(gaz.admin1[i])) in regions
                       for i in towns)
    return None


def _quarter_follows(doc: Doc, span: Span) -> bool:
    """Whether ACLED's quarter follows the name ("City - Quarter": a dash spaced on both sides, then a
    capitalised word), which makes the name the quarter's town."""
    k = span.end
    return k + 1 < len(doc) and doc[k].text in DASHES and bool(doc[k - 1].whitespace_) and \
        bool(doc[k].whitespace_) and _capitalised(doc[k + 1])


def _quarter_of_previous(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """Whether the name is the whole quarter of ACLED's "City - Quarter": a spaced dash right before it
    after a town the gazetteer knows, a bracket, comma or the sentence's end right after it, and a place
    of the name within reach of the largest town of that name. The note has named the town already, so a
    known quarter near it is no namesake taken by chance; one only found near a small namesake ("Buenos
    Aires - La Matanza": a Peruvian hamlet by a Peruvian Buenos Aires) is not the quarter."""
    d = span.start - 1
    if d < 1 or doc[d].text not in DASHES or not doc[d - 1].whitespace_ or not doc[d].whitespace_ or \
            span.end < len(doc) and doc[span.end].text not in ("(", ",", ".", ";"):
        return False
    towns = [i for start in range(max(0, d - MAX_TOKENS), d) if _capitalised(doc[start])
             for i in gaz.ids(doc[start:d].text) if gaz.feature[i] == CITY]
    if not towns:
        return False
    t = max(towns, key=lambda i: gaz.population[i])  # the city a quarter is named after: the largest
    return any(gaz.country[t] == gaz.country[q] and
               haversine_km(gaz.lat[t], gaz.lon[t], gaz.lat[q], gaz.lon[q]) <= UNIT_REACH_KM
               for q in gaz.ids(span.text) if gaz.feature[q] in (CITY, AREA))


def _quarter_dash(doc: Doc, k: int) -> int | None:
    """Where the capitalised words ending just before token ``k`` are the quarter of ACLED's "City -
    Quarter" (a dash spaced on both sides, a capitalised word before it): the dash's token."""
    d = k
    while d > 0 and doc[d - 1].text not in DASHES and (_capitalised(doc[d - 1]) or doc[d - 1].text.lower() in CONNECTORS):
        d -= 1
    d -= 1
    if d >= 1 and d < k - 1 and doc[d].text in DASHES and doc[d - 1].whitespace_ and doc[d].whitespace_ \
            and _capitalised(doc[d - 1]):
        return d
    return None
