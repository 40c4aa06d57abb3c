"""ACLED's "City - Zone" (issue 14, geo44): a word that only says what kind of place a name is
("Zone", "North Zone", "Sector") is never a place alone: it was a mention of its own, placed as a
place named "Zone" inside the town that qualifies it, where the town itself is meant. Sentences are
invented."""
from __future__ import annotations

import pytest


def _places(geoparser, text: str) -> dict:
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}


@pytest.mark.parametrize("text", [
    "On 3 May 2023, in Curitiba - North Zone (Parana), police officers exchanged fire with armed men near a market.",
    "On 3 May 2023, in Curitiba - Industrial Sector (Parana), guards fired at intruders, police said.",
])
def test_a_generic_word_is_no_place(geoparser, text):
    """A zone no table holds leaves the event to its town, not to a place named "Zone"."""
    places = _places(geoparser, text)
    assert not any(p is not None and p.name in ("Zone", "North Zone") for p in places.values())
    assert not {"Zone", "North Zone", "Sector"} & set(places)
    assert places["Curitiba"].country == "BR"
