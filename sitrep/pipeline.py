"""The stages wired together: Article -> nlp -> geo -> extract (with normalise) -> Events.

Models and the gazetteer load once per process and are shared by every article. Only sentences
that may hold a trigger with its frame get the full parse (sitrep/extract/prefilter.py decides,
sitrep/nlp/selective.py parses): a sentence without one cannot yield an event, and parsing is
most of the cost of coding an article.

Every stage's cost grows in proportion to the article's length (sitrep/nlp/selective.py caps
sentences and hands spaCy bounded pieces), and an article still gets a budget of CPU time: past it,
its coding stops with one error and the batch goes on to the next article.
"""
from __future__ import annotations

import time

from sitrep.acled import DATED, TimePrecision
from sitrep.errors import SitrepError
from sitrep.extract import EventExtractor
from sitrep.extract.joining import part_of_a_country
from sitrep.extract.label import crowd_size_tag, opening_label
from sitrep.extract.prefilter import TriggerPrefilter
from sitrep.geo import Geoparser
from sitrep.geo.recognise import units_named
from sitrep.lang import LanguagePack, available, pack
from sitrep.nlp.langid import language_of
from sitrep.nlp.models import joined_text
from sitrep.nlp.selective import ParseStats, parse, select
from sitrep.normalise.actors import actor_countries, country_of_actors, find_actors, nonplace_spans, peoples_homes
from sitrep.normalise.countries import peoples_named
from sitrep.types import Article, Event, Toponym

ARTICLE_SECONDS = 600.0  # CPU seconds: a 5 MB article (the --max-bytes default) takes about 4 minutes


class Deadline:
    """When the coding of one article is given up; ``check`` is called between pieces of work. The
    time counted is this process's CPU time: other jobs on the machine do not eat an article's budget."""

    def __init__(self, seconds: float, origin: str):
        self.seconds = seconds
        self.origin = origin
        self.at = time.process_time() + seconds if seconds > 0 else None

    def check(self) -> None:
        if self.at is not None and time.process_time() > self.at:
            raise SitrepError("E038", self.origin, seconds=f"{self.seconds:g}")


def _every_unit(words: list[str]) -> bool:
    return True


class Pipeline:
    def __init__(self, selective: bool = True):
        """``selective=False`` parses every sentence: the reference the first pass is measured against."""
        self.selective = selective
        self.parse_stats = ParseStats()
        self._extractors: dict[str, EventExtractor] = {}
        self._prefilters: dict[str, TriggerPrefilter] = {}
        self._geoparser: Geoparser | None = None

    @property
    def geoparser(self) -> Geoparser:
        if self._geoparser is None:
            self._geoparser = Geoparser.load()
        return self._geoparser

    def load(self, languages=None) -> "Pipeline":
        """Load the gazetteer and each language's model and lexicons (every language found, unless
        ``languages`` names some) now rather than on first use: a parent process does it once before
        forking workers, which then share it."""
        for lang in available() if languages is None else languages:
            self._tools(pack(lang))
        _ = self.geoparser
        return self

    def _tools(self, lang: LanguagePack):
        nlp = lang.nlp
        if self.selective and lang.code not in self._prefilters:
            self._prefilters[lang.code] = TriggerPrefilter(lang.trigger_index, nlp)
        if lang.code not in self._extractors:
            self._extractors[lang.code] = EventExtractor(lang)
        return nlp, self._extractors[lang.code]

    def language(self, article: Article) -> LanguagePack:
        """The pack of the article's language: its own, else the one identified from its text (then
        kept on the article with the identifier's confidence). E011 for a language without a pack."""
        lang, article.lang_confidence = language_of(article.text, article.lang, article.origin)
        return lang

    def code(self, article: Article, max_seconds: float | None = None) -> list[Event]:
        """The events of ``article``, whose ``lang`` is set to the language it was coded in. Past
        ``max_seconds`` of CPU time (default ``ARTICLE_SECONDS``, 0 for no limit; models loading
        first are not counted) it raises SitrepError E038."""
        lang = self.language(article)
        article.lang = lang.code
        nlp, extractor = self._tools(lang)
        geoparser = self.geoparser
        deadline = Deadline(ARTICLE_SECONDS if max_seconds is None else max_seconds, article.origin)
        labelled = opening_label(article.text, lang) or crowd_size_tag(article.text) is not None
        if self.selective and not labelled:  # a labelled or size-tagged report is one event, read whole
            selection = select(nlp, article.text, self._prefilters[lang.code].may_trigger, geoparser.gazetteer.has,
                               deadline.check)
            if not selection.full:  # no trigger anywhere: no event, nothing to parse or geoparse
                self.parse_stats.tokens += len(selection.doc)
                return []
            doc = parse(nlp, selection, self.parse_stats)
        else:
            doc = parse(nlp, select(nlp, article.text, _every_unit, None, deadline.check))
        if len(joined_text(doc)) == len(article.text):
            doc.user_data["sitrep.text"] = article.text  # evidence quotes the article as written, no-break spaces kept
        actors = find_actors(article.text, lang, None)
        deadline.check()
        exclude = nonplace_spans(actors, lang)
        countries = actor_countries(actors) | peoples_named(article.text, lang) | units_named(doc, lang)
        toponyms = geoparser.parse(article.text, lang=lang, doc=doc, exclude=exclude, countries=countries, bound=True)
        homes = peoples_homes(actors, article.text, lang)
        if homes - countries:
            toponyms = _at_peoples_homes(geoparser, article.text, lang, doc, exclude, countries | homes, toponyms)
        deadline.check()
        country = geoparser.dominant_country(toponyms) or country_of_actors(actors) or \
            (next(iter(homes)) if len(homes) == 1 else None)
        return _drop_country_summaries(extractor.extract(article, doc, toponyms, country, deadline.check), doc,
                                       toponyms)


def _at_peoples_homes(geoparser: Geoparser, text: str, lang: LanguagePack, doc, exclude, countries: frozenset[str],
                      toponyms: list[Toponym]) -> list[Toponym]:
    """The places again, looked for in the peoples' homes too: they choose between namesakes ("Dinka and Nuer
    clashed near Bor" is South Sudan's Bor, not Russia's) but never unplace a town, for a people's members
    live beyond the few countries its name stands for."""
    homed = geoparser.parse(text, lang=lang, doc=doc, exclude=exclude, countries=countries, bound=True)
    placed = {(t.start, t.end) for t in toponyms if t.place is not None}
    return homed if placed <= {(t.start, t.end) for t in homed if t.place is not None} else toponyms


LONG_REPORT_SENTENCES = 8  # a report this long names the town of any event it tells as news


def _drop_country_summaries(events: list[Event], doc, toponyms: list[Toponym]) -> list[Event]:
    """In a long report, a dated event placed no finer than a whole country is its summary, a
    claim or a passing reference ("la Russie combat des civils", "les violences au Niger"), not an
    event of its own: the report names the town of what it tells. A short report that names only
    a country keeps its event, and so does one whose sentence names a place no table holds (a
    village the gazetteer lacks left it at its country)."""
    sents = list(doc.sents)
    if len(sents) < LONG_REPORT_SENTENCES:
        return events
    unknown = [t.start for t in toponyms if t.place is None and not t.relative]

    def names_an_unknown_place(e: Event) -> bool:
        sent = sents[e.sentence] if 0 <= e.sentence < len(sents) else None
        return sent is not None and any(sent.start_char <= at < sent.end_char for at in unknown)

    return [e for e in events if not (e.status in DATED and e.place is not None
                                      and (_country_wide(e.place) and not names_an_unknown_place(e)
                                           or _tally(e)))]


def _country_wide(place) -> bool:
    """A whole country, or a part of one ("dans l'ouest du Niger"): a region of the country, no finer than it."""
    return place.feature == "country" or part_of_a_country(place)


def _tally(event: Event) -> bool:
    """ "Au moins 80 civils ont été tués en octobre dans la province": a month's toll over a whole
    province is a report's tally, not one event."""
    return event.time_precision == TimePrecision.MONTH and event.place.feature == "admin1"
