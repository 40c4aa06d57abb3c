"""The stages wired together: Article -> nlp -> geo -> extract (with normalise) -> Events.

Models and the gazetteer load once per process and are shared by every article. Only sentences
that may hold a trigger with its frame get the full parse (sitrep/extract/prefilter.py decides,
sitrep/nlp/selective.py parses): a sentence without one cannot yield an event, and parsing is
most of the cost of coding an article.
"""
from __future__ import annotations

from sitrep.extract import EventExtractor
from sitrep.extract.prefilter import TriggerPrefilter
from sitrep.geo import Geoparser
from sitrep.lang import LanguagePack, available, pack
from sitrep.nlp.langid import language_of
from sitrep.nlp.selective import ParseStats, parse, select
from sitrep.normalise.actors import actor_countries, country_of_actors, find_actors
from sitrep.types import Article, Event


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

    def code(self, article: Article) -> list[Event]:
        """The events of ``article``, whose ``lang`` is set to the language it was coded in."""
        lang = self.language(article)
        article.lang = lang.code
        nlp, extractor = self._tools(lang)
        if self.selective:
            selection = select(nlp, article.text, self._prefilters[lang.code].may_trigger, self.geoparser.gazetteer.has)
            if not selection.full:  # no trigger anywhere: no event, nothing to parse or geoparse
                self.parse_stats.tokens += len(selection.doc)
                return []
            doc = parse(nlp, selection, self.parse_stats)
        else:
            doc = nlp(article.text)
        actors = find_actors(article.text, lang, None)
        toponyms = self.geoparser.parse(article.text, lang=lang, doc=doc, exclude=[(a.start, a.end) for a in actors],
                                        countries=actor_countries(actors))
        country = self.geoparser.dominant_country(toponyms) or country_of_actors(actors)
        return extractor.extract(article, doc, toponyms, country)
