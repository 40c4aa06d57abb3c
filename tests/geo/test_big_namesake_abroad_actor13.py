"""A bare name a region and its chief town share only as an alternate name, while a bigger town abroad bears
it as its own ("Santiago": the Dominican province and Santiago de los Caballeros against Chile's capital), and
names with the Spanish "de los" or "de las", the Portuguese "das", the Italian "dei" or the Dutch "aan den" inside
them (session actor13). Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 5, 2)


def _place(pipeline, text: str) -> tuple[str, str]:
    [event] = news_of(pipeline, text, "en", DAY)
    return event.place.name, event.place.country


def test_a_bare_santiago_is_chiles_capital(pipeline):
    """The Dominican province's own bare name lent its chief town the support that outweighed Chile's capital."""
    _, country = _place(pipeline, "On 1 May 2024, masked men set fire to a bus depot in Santiago, police said.")
    assert country == "CL"


@pytest.mark.parametrize("town,country", [
    ("Santiago de los Caballeros", "DO"),  # the whole name: the Dominican town, not Chile's capital
    ("San José de las Lajas", "CU"),  # "San José" alone had been a town of Puerto Rico
    ("Rio das Ostras", "BR"),  # no place at all had been found
    ("Alphen aan den Rijn", "NL"),  # "Alphen" alone had been the place
])
def test_a_name_with_a_lowercase_article_inside_is_read_whole(pipeline, town, country):
    name, got = _place(pipeline, f"On 1 May 2024, masked men set fire to a bus depot in {town}, police said.")
    assert (name, got) == (town, country)


def test_a_department_keeps_its_bigger_chief_town(pipeline):
    """Must not fire: Bolivia's Santa Cruz de la Sierra outnumbers the Philippines' Santa Cruz, so a bare
    "Santa Cruz" stays Bolivian."""
    _, country = _place(pipeline, "On 1 May 2024, masked men set fire to a bus depot in Santa Cruz, police said.")
    assert country == "BO"
