"""The forty-second session's lead: a name the news writes without the Arabic article that the sources keep
("Bayda" for Yemen's Al Bayda) is sought with it in the country that qualifies it or that its actors imply,
where no entry of the bare name lies there."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.places import places as _places

JUNE = date(2023, 6, 8)


@pytest.mark.parametrize("text, name, country, point", [
    ("On 6 June 2023, a drone struck a car on the main road of Bayda, Yemen, wounding its driver.", "Bayda", "YE",
     (13.99, 45.57)),
    ("On 6 June 2023, gunmen shot at a fuel depot in Ghaydah, Yemen, and fled.", "Ghaydah", "YE", (16.21, 52.18)),
    ("On 6 June 2023, a bomb wrecked the front of a bank branch in Marj, Libya.", "Marj", "LY", (32.49, 20.83)),
])
def test_a_name_qualified_by_its_country_takes_the_town_with_the_article(geoparser, text, name, country, point):
    """"Bayda, Yemen" had gone to Libya's Al Bayda (the sources give it the bare key, Yemen's town none, and a
    town of 100,000 abroad keeps its name), "Ghaydah, Yemen" to the country's middle and "Marj, Libya" to
    Libya's: each is the town named with the article in the country that qualifies it."""
    place = _places(geoparser, text).get(name)
    assert place is not None and place.country == country, place
    assert haversine_km(place.lat, place.lon, *point) < 25, place


def test_a_name_the_actors_bind_takes_the_town_with_the_article(pipeline):
    """"Houthi forces shelled Bayda": the actors put the text in Yemen, where the bare name keys no town."""
    events = news_of(pipeline, "On 6 June 2023, Houthi forces shelled Bayda city, killing two civilians.", "en",
                     JUNE)
    assert events and events[0].place is not None
    place = events[0].place
    assert place.country == "YE" and haversine_km(place.lat, place.lon, 13.99, 45.57) < 25, place


@pytest.mark.parametrize("text", [
    "On 6 June 2023, gunmen shot at a fuel depot in Bayda, Libya, and fled.",
    "The museum of Bayda reopened on Tuesday after ten years, its director said.",
])
def test_the_bare_name_keeps_its_own_town_where_nothing_binds_it_elsewhere(geoparser, text):
    """Guard: in Libya, or with no country named or implied, "Bayda" is Libya's Al Bayda as before."""
    place = _places(geoparser, text).get("Bayda")
    assert place is not None and place.country == "LY", place


@pytest.mark.parametrize("text", [
    "On 6 June 2023, Turkish drones struck a motorbike near Jadid Rahma, wounding two SDF fighters.",
    "On 6 June 2023, SDF forces arrested two men in Jadid Baggara.",
])
def test_the_head_word_of_an_unknown_syrian_name_is_no_town_abroad(geoparser, text):
    """"Jadid" ("new") opens many Syrian village names the tables lack; alone it keyed a Libyan town 2,000 km off.
    As a head word (``generic_heads``) followed by a capitalised word it is one word of that name, no place."""
    found = _places(geoparser, text)
    assert all(p is None or p.country != "LY" for p in found.values()), found


def test_a_name_the_head_word_opens_that_a_table_holds_is_found_whole(geoparser):
    """Guard: "Khan Younis" is a town the gazetteer holds whole, so the head word changes nothing."""
    place = _places(geoparser, "On 6 June 2023, gunmen shot dead a shopkeeper in Khan Younis.").get("Khan Younis")
    assert place is not None and place.country == "PS", place
