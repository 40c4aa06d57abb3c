"""A name's own likeliest entry is no evidence for itself (issue 14, eighteenth session, geo29): in a
report of one incident, a bare town's region counts as named in the article only when another name
names it. Sentences are invented; towns and namesakes are general facts."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, cc", [
    # Tripoli, Libya (1.3 million) against Lebanon's second city, in a note on Beirut's traders
    ("On 3 May 2022, masked men set fire to a shop in Tripoli. Its owner, a merchant from Beirut, was unhurt.",
     "Tripoli", "LB"),
    # Cáceres, Spain (96,000) against the Colombian town of Antioquia, in a note on Bogotá's traders
    ("On 3 May 2022, masked men set fire to a shop in Caceres. Its owner, a merchant from Bogota, was unhurt.",
     "Caceres", "CO"),
])
def test_a_bare_town_goes_to_the_country_the_other_places_name(geoparser, text, town, cc):
    """The likeliest entry of a bare name vouched for its own region (+4, as if the article named
    Extremadura or Tripoli's district), which outweighed the other town's country."""
    place = _places(geoparser, text)[town]
    assert place is not None and place.country == cc


@pytest.mark.parametrize("text, town, cc", [
    ("On 3 May 2022, masked men set fire to a shop in Tripoli.", "Tripoli", "LY"),
    ("On 3 May 2022, workers of a Tunisian factory went on strike in Beja (Beja Nord, Beja).", "Beja", "TN"),
    # a quarter's dash ties the town to the region after it: Pakistan's Fatehpur, not India's bigger one
    ("On 3 May 2022, in Fatehpur - Centro, Punjab, masked men set fire to a shop.", "Fatehpur", "PK"),
])
def test_a_lone_name_or_a_chain_keeps_its_place(geoparser, text, town, cc):
    """Guards: with nothing else named the capital keeps its name; the names a chain or a dash ties
    together still vouch for each other."""
    place = _places(geoparser, text)[town]
    assert place is not None and place.country == cc


def test_a_capital_with_no_big_namesake_keeps_its_name(geoparser):
    """Guard: a capital is news from there by its name alone; Moscow named in a note on Texas towns stays
    the Russian capital, not a Texan hamlet of the name near the towns the note names."""
    text = ("Health officials in Texas said a nurse from Houston who had flown back from Moscow was tested "
            "on Monday, as were two doctors in Dallas.")
    place = _places(geoparser, text)["Moscow"]
    assert place is not None and place.country == "RU"


def test_pipeline_codes_the_event_in_lebanon(pipeline):
    events = pipeline.code(Article(article_id="t-1", lang="en", published=date(2022, 5, 3),
                                   text="On 3 May 2022, masked men set fire to a shop in Tripoli. Its owner, "
                                        "a merchant from Beirut, was unhurt."))
    assert events and events[0].place is not None and events[0].place.country == "LB"
