"""Towns of the Horn and East Africa that the town list lacks or spells otherwise (issue 14, session horn): ACLED's
notes write "Afmadow (Lower Juba)", "Bulo Burte (Hiraan)", "El Buur (Galgaduud)", "Managil (Gezira)", "Zalambessa
(Eastern Tigray)", "Kapedo (Turkana county)". A Kenyan or Ugandan "sub-county" is a unit of its county or district,
and Ethiopia's zones named with a compass word ("West Arsi", "East Wollega") are zones of their own. Sentences are
invented; places are general facts."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 2 May 2023, Jubaland forces repelled an attack on Afmadow (Lower Juba).", "Afmadow", 0.51, 42.07),
    ("On 2 May 2023, a mortar shell landed near the airstrip of Bulo Burte (Hiraan).", "Bulo Burte", 3.85, 45.57),
    ("On 2 May 2023, militants ambushed a patrol outside El Buur (Galgaduud).", "El Buur", 4.68, 46.62),
    ("On 2 May 2023, RSF fighters burned the grain market in Managil (Gezira).", "Managil", 14.25, 32.99),
    ("On 2 May 2023, Eritrean soldiers detained farmers in Zalambessa (Eastern Tigray).", "Zalambessa", 14.52, 39.38),
    ("On 2 May 2023, bandits ambushed a matatu at Kapedo (Turkana county).", "Kapedo", 1.17, 36.10),
])
def test_a_town_of_the_horn_is_placed_where_it_lies(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 10


def test_a_village_of_a_sub_county_stays_in_its_district(geoparser):
    """A sub-county no table holds is placed in the district named after it, not left unplaced."""
    place = _places(geoparser, "On 2 May 2023, soldiers shot two raiders in Lokwamoru sub-county, Kaabong district "
                               "(Karamoja).")["Lokwamoru"]
    assert place is not None and haversine_km(place.lat, place.lon, 3.48, 34.15) <= 30


@pytest.mark.parametrize("text, lat, lon", [
    ("On 7 June 2023, unidentified gunmen killed two farmers in Harsaamo kebele of Dodola woreda, West Arsi zone "
     "(Oromia).", 6.98, 39.18),
    ("On 7 June 2023, gunmen shot dead a trader in Qarsoodii kebele of Shashamane woreda, West Arsi zone (Oromia).",
     7.20, 38.60),
    ("On 7 June 2023, Fano militiamen stormed the prison in Debre Markos town, East Gojjam zone (Amhara).",
     10.35, 37.73),
])
def test_a_woreda_of_a_compass_zone_is_where_the_event_is(pipeline, text, lat, lon):
    """Ethiopia's zones named with a compass word ("West Arsi", "East Gojjam") are units of their own, not parts
    of the zone of the bare name: the town they qualify stays the event's place."""
    events = news_of(pipeline, text, lang="en", published=date(2023, 6, 8))
    place = events[0].place
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 15
