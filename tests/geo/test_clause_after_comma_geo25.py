"""A comma followed by a clause that tells something else does not make the next name a qualifier
(issue 14, sixteenth session, geo25). Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest


def _toponyms(geoparser, text: str, lang: str = "en"):
    return [t for t in geoparser.parse(text, lang, bound=True) if not t.relative]


@pytest.mark.parametrize("text", [
    "On 2 April 2022, about 300 residents of Huliaipole, Zaporizhia, were moved by bus to Zaporizhia.",
    "On 2 April 2022, some families of Huliaipole, Zaporizhia, had to leave for Zaporizhia.",
])
def test_a_clause_after_the_comma_qualifies_nothing(geoparser, text):
    """"Huliaipole, Zaporizhia, were moved by bus to Zaporizhia": the oblast qualifies the town before it;
    the city the people went to is no qualifier of the oblast, which had turned the two round (the oblast
    read as the city beside the town, the city as the oblast, and the event placed at the destination)."""
    first, second, third = _toponyms(geoparser, text)
    assert second.qualifier and second.place.feature == "admin1"
    assert not third.qualifier and third.place.feature == "city"


@pytest.mark.parametrize("text, lang, name, region", [
    ("Le 3 mai 2022, des hommes armés ont tué deux civils à Djibo, dans la province du Soum.", "fr", "Djibo", "Soum"),
    ("On 3 May 2022, gunmen killed two traders in Kidal, in northern Mali.", "en", "Kidal", "Mali"),
])
def test_a_linked_clause_still_qualifies(geoparser, text, lang, name, region):
    """Guard: words opened by a link ("dans", "in") or holding an admin word still bind the name after."""
    found = {t.text: t for t in _toponyms(geoparser, text, lang)}
    assert found[name].place is not None and found[region].qualifier
