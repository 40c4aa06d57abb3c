"""The stages wired together: Article -> nlp -> geo -> extract (with normalise) -> Events.

Models and the gazetteer load once per process and are shared by every article.
"""
from __future__ import annotations

from sitrep.errors import SitrepError
from sitrep.extract import EventExtractor
from sitrep.geo import Geoparser
from sitrep.nlp import SUPPORTED_LANGUAGES, detect_language, load_pipeline
from sitrep.normalise.actors import find_actors
from sitrep.types import Article, Event


class Pipeline:
    def __init__(self):
        self._extractors: dict[str, EventExtractor] = {}
        self._geoparser: Geoparser | None = None

    @property
    def geoparser(self) -> Geoparser:
        if self._geoparser is None:
            self._geoparser = Geoparser.load()
        return self._geoparser

    def language(self, article: Article) -> str:
        lang = (article.lang or detect_language(article.text)).lower()[:2]
        if lang not in SUPPORTED_LANGUAGES:
            raise SitrepError("E011", article.origin, lang=lang, supported=", ".join(SUPPORTED_LANGUAGES))
        return lang

    def code(self, article: Article) -> list[Event]:
        lang = self.language(article)
        doc = load_pipeline(lang)(article.text)
        actor_spans = [(a.start, a.end) for a in find_actors(article.text, lang, None)]
        toponyms = self.geoparser.parse(article.text, lang=lang, doc=doc, exclude=actor_spans)
        country = self.geoparser.dominant_country(toponyms)
        extractor = self._extractors.setdefault(lang, EventExtractor(lang))
        return extractor.extract(article, doc, toponyms, country)
