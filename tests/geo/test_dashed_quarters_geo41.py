"""ACLED's "City - Quarter" read whole, and names cut at a joint: a quarter the tables know is the
quarter, not its last word nor the town's district; "Shakhta imeni Lenina" is one name, no town
of Russia. Sentences are invented; the places are general facts."""
from __future__ import annotations

import pytest


def _places(geoparser, text: str) -> dict:
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}


def test_a_known_quarter_before_its_chain_is_the_quarter(geoparser):
    """The parser ends the sentence at the dash, so the chain's head was the quarter's last word ("Farm")."""
    places = _places(geoparser, "On 3 May 2024, a crowd set fire to two shacks in Johannesburg - Orange Farm "
                                "(City of Johannesburg, Gauteng) after a theft.")
    place = places.get("Orange Farm")
    assert place is not None and place.country == "ZA"


def test_a_known_quarter_before_a_comma_is_the_quarter(geoparser):
    """Without a chain, the dash after a known town says the name is its quarter, whatever the model tags it."""
    places = _places(geoparser, "On 3 May 2024, gunmen shot dead a taxi owner in Johannesburg - Orange Farm, "
                                "Gauteng, police said.")
    place = places.get("Orange Farm")
    assert place is not None and place.country == "ZA"


def test_imeni_joins_one_name(geoparser):
    """Neither word of "Shakhta imeni Lenina" is a town alone (both are, in Russia)."""
    places = _places(geoparser, "On 3 May 2024, artillery hit trenches in Shakhta imeni Lenina, Donetsk "
                                "region, with heavy mortars.")
    assert "Shakhta" not in places and "Lenina" not in places
    assert all(p is None or p.country == "UA" for p in places.values())


@pytest.mark.parametrize("text", [
    "On 3 May 2024, residents blocked a road in Buenos Aires - La Matanza (Buenos Aires) over power cuts.",
    "On 3 May 2024, residents blocked a road in Buenos Aires - La Matanza, Buenos Aires, over power cuts.",
])
def test_a_quarter_known_only_by_a_small_namesake_abroad_does_not_move_the_city(geoparser, text):
    """The city a quarter is named after is its largest namesake; a hamlet of the quarter's name beside a
    small namesake of the city elsewhere does not pull both abroad."""
    places = _places(geoparser, text)
    assert places["Buenos Aires"].country == "AR"
    assert not any(p is not None and p.country == "PE" for p in places.values())
