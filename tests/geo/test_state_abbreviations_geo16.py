"""Abbreviated states and provinces at a chain's end (issue 14, tenth session): ACLED's notes on
India and Pakistan end their chains with "UP", "WB", "J&K", "KP", "KPK"... These name the region
there only; bare, "UP", "MP", "AP" or "HP" are words or titles. Sentences are invented; the places
are well known."""
from __future__ import annotations

import pytest

def _parsed(geoparser, text: str):
    return [(t.text, t.place) for t in geoparser.parse(text, "en", bound=True) if not t.relative]


def _place(geoparser, text: str, name: str):
    return next((p for n, p in _parsed(geoparser, text) if n == name), None)


@pytest.mark.parametrize("text, abbr, region, cc", [
    ("On 3 March 2022, a mob attacked two men in Kanpur (Kanpur Nagar district, UP) over a land dispute.",
     "UP", "Uttar Pradesh", "IN"),
    ("On 3 March 2022, party workers clashed in Asansol (Paschim Bardhaman district, WB).",
     "WB", "West Bengal", "IN"),
    ("On 3 March 2022, militants fired on a police post in Sopore (Baramulla district, J&K).",
     "J&K", "Kashmir", "IN"),
    ("On 3 March 2022, police arrested a man in Bhopal (Bhopal district, MP).",
     "MP", "Madhya Pradesh", "IN"),
    ("On 3 March 2022, gunmen killed a trader in Mardan (Mardan district, KP).",
     "KP", "Khyber Pakhtunkhwa", "PK"),
    ("On 3 March 2022, lawyers protested in Peshawar (Peshawar, KPK) over a court ruling.",
     "KPK", "Khyber Pakhtunkhwa", "PK"),
    ("On 3 March 2022, traders protested in Gilgit (Gilgit district, GB).",
     "GB", "Gilgit-Baltistan", "PK"),
])
def test_abbreviation_at_a_chain_end_is_the_state(geoparser, text, abbr, region, cc):
    """The chain's end is the state or province, and no name of the note is placed abroad."""
    place = _place(geoparser, text, abbr)
    assert place is not None and place.country == cc and place.name == region, text
    assert all(p is None or p.country == cc for _, p in _parsed(geoparser, text)), text


@pytest.mark.parametrize("text", [
    "The MP from Bhopal said the UP government would act, an AP report said.",
    "Prices went UP in Lucknow, and HP laptops sold out.",
    "The KP police chief met the GB minister in Islamabad.",
])
def test_bare_abbreviation_is_no_place(geoparser, text):
    """Outside a chain the abbreviations are words, titles or firms, never a place."""
    names = {n for n, p in _parsed(geoparser, text) if p is not None}
    assert not names & {"MP", "UP", "AP", "HP", "KP", "GB"}, text
