"""The Geoparser: recognise toponyms, resolve them, add relative locations."""
from __future__ import annotations

import functools
from collections import Counter
from typing import Iterable, Iterator

from spacy.tokens import Doc

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.recognise import find_mentions
from sitrep.geo.relative import find_relative
from sitrep.geo.resolve import qualifying, resolve, seat_town
from sitrep.lang import LanguagePack, pack
from sitrep.types import Toponym

NOT_NEEDED = ("parser", "lemmatizer")  # NER and POS tags are all the geo stage reads
VOTE_BASE = 0.5  # every place votes for its country, a confident one up to three times as much
DOMINANT_SHARE = 0.4  # the article is about the leading country only if it holds this share of the votes
CLAUSE_POS = {"VERB", "AUX"}  # a word of these after a comma opens a clause: the name after it qualifies nothing


class Geoparser:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "Geoparser":
        """The process-wide geoparser; the gazetteer loads once."""
        return cls(Gazetteer.load())

    def parse(self, text: str, lang: str | LanguagePack = "fr", doc: Doc | None = None,
              exclude: Iterable[tuple[int, int]] = (), demonyms: bool = False,
              countries: frozenset[str] = frozenset(), bound: bool = False) -> list[Toponym]:
        """Toponyms of ``text`` sorted by start, each resolved (``place``) or not (None), relative
        expressions included (``relative=True``). ``doc`` is ``text`` already parsed; ``exclude``
        are (start, end) spans that are not places (actor mentions). ``demonyms`` also returns
        adjectives of nationality ("Syrian") as their country, as geoparsing benchmarks count them.
        ``countries`` are those the text implies otherwise (its actors'): a small town elsewhere is
        then a namesake, left unresolved; with ``bound`` (a report of one incident) so are the
        countries its unambiguous names give."""
        lang = pack(lang)
        if doc is None:
            nlp = lang.nlp
            doc = nlp(text, disable=[n for n in NOT_NEEDED if n in nlp.pipe_names])
        return self._from_doc(text, doc, lang, exclude, demonyms, countries, bound)

    def parse_many(self, texts: Iterable[str], lang: str | LanguagePack, demonyms: bool = False,
                   batch_size: int = 32) -> Iterator[list[Toponym]]:
        """``parse`` over many texts, running spaCy in batches."""
        lang = pack(lang)
        nlp = lang.nlp
        disabled = [n for n in NOT_NEEDED if n in nlp.pipe_names]
        texts = list(texts)
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size, disable=disabled)):
            yield self._from_doc(text, doc, lang, (), demonyms)

    def _from_doc(self, text: str, doc: Doc, lang: LanguagePack, exclude, demonyms: bool,
                  countries: frozenset[str] = frozenset(), bound: bool = False) -> list[Toponym]:
        mentions = find_mentions(doc, self.gazetteer, lang, exclude, demonyms=demonyms, respellings=bound)
        # the French model tags "département" a verb: an admin word opens no clause
        verbs = tuple(t.idx for t in doc if t.pos_ in CLAUSE_POS and t.lower_ not in lang.admin_words)
        # a site's words between its town and the bracket of its units: its head and what it trades ("the
        # Kamituga gold mine (Mwenga territory, South Kivu)")
        sites = lang.site_words | lang.site_goods
        places = resolve(text, mentions, self.gazetteer, lang.admin_words, countries, bound, lang.town_words,
                         lang.within_links, lang.unit_words, lang.quarter_words,
                         (lang.settlement_words | lang.area_words) - lang.quarter_words, lang.country_links, verbs,
                         lang.coding_cues, (lang.station_words, lang.station_links), sites,
                         lang.countryside_words, lang.lower_units, lang.country_part_gap, lang.sub_region_words,
                         lang.bare_country_names, lang.village_titles, lang.relative_patterns.compass_gap)
        qualifiers = qualifying(text, mentions, places, lang.admin_words, lang.within_links, lang.town_words,
                                (lang.settlement_words | lang.area_words) - lang.quarter_words, verbs,
                                (lang.station_words, lang.station_links), sites)
        # a street named after a town ("Tyler Street") tells where the article is, but is no place
        toponyms = [Toponym(m.start, m.end, m.text, p, qualifier=k in qualifiers,
                            seat=seat_town(self.gazetteer, p, m.text) if p is not None else None)
                    for k, (m, p) in enumerate(zip(mentions, places)) if not m.street]
        toponyms += find_relative(text, toponyms, lang)
        return sorted(toponyms, key=lambda t: (t.start, -t.end))

    def dominant_country(self, toponyms: Iterable[Toponym]) -> str | None:
        """The ISO2 country most of the article's places are in (weighted by confidence), or None. A
        country's own name votes without its confidence: "protested against the invasion of Ukraine" in a
        Russian town names a country the report is about less than the town it happened in."""
        votes: Counter = Counter()
        for t in toponyms:
            if t.place is not None and t.place.country and not t.relative:
                votes[t.place.country] += VOTE_BASE + (t.place.score if t.place.feature != "country" else 0)
        if not votes:
            return None
        cc, top = votes.most_common(1)[0]
        return cc if top >= DOMINANT_SHARE * sum(votes.values()) else None
