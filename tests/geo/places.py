"""Geoparsing an invented sentence in a test: the place each toponym found resolves to."""
from __future__ import annotations


def places(geoparser, text: str, lang: str = "en", **kw) -> dict[str, object]:
    """Each toponym's text and its place (None when unresolved); relative phrases ("35 km south of X") are
    left out, since their place is computed from the toponym they name."""
    return {t.text: t.place for t in geoparser.parse(text, lang, **kw) if not t.relative}


def bound_places(geoparser, text: str, lang: str = "en") -> dict[str, object]:
    """The places as a note is geoparsed: bound to the countries the text names."""
    return places(geoparser, text, lang, bound=True)


def french_places(geoparser, text: str) -> dict[str, object]:
    return places(geoparser, text, "fr")
