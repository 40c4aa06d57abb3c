"""Towns of the Horn and East Africa that the town list lacks, spells otherwise or places wrongly (issue 14,
session horn): ACLED's notes write "Afmadow (Lower Juba)", "Bulo Burte (Hiraan)", "El Buur (Galgaduud)", "Barawe",
"Managil (Gezira)", "Zalambessa (Eastern Tigray)", "Kapedo (Turkana county)", and North Wollo's Kobo, which the
town list puts 240 km south. A Kenyan or Ugandan "sub-county" is a unit of its county or district. Sentences are
invented; places are general facts."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, lat, lon", [
    ("On 2 May 2023, Jubaland forces repelled an attack on Afmadow (Lower Juba).", "Afmadow", 0.51, 42.07),
    ("On 2 May 2023, a mortar shell landed near the airstrip of Bulo Burte (Hiraan).", "Bulo Burte", 3.85, 45.57),
    ("On 2 May 2023, militants ambushed a patrol outside El Buur (Galgaduud).", "El Buur", 4.68, 46.62),
    ("On 2 May 2023, RSF fighters burned the grain market in Managil (Gezira).", "Managil", 14.25, 32.99),
    ("On 2 May 2023, Eritrean soldiers detained farmers in Zalambessa (Eastern Tigray).", "Zalambessa", 14.52, 39.38),
    ("On 2 May 2023, bandits ambushed a matatu at Kapedo (Turkana county).", "Kapedo", 1.17, 36.10),
    ("On 2 May 2023, Fano militiamen entered Kobo town (North Wollo, Amhara).", "Kobo", 12.15, 39.63),
])
def test_a_town_of_the_horn_is_placed_where_it_lies(geoparser, text, town, lat, lon):
    place = _places(geoparser, text)[town]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 10


def test_a_village_of_a_sub_county_stays_in_its_district(geoparser):
    """A sub-county no table holds is placed in the district named after it, not left unplaced."""
    place = _places(geoparser, "On 2 May 2023, soldiers shot two raiders in Lokwamoru sub-county, Kaabong district "
                               "(Karamoja).")["Lokwamoru"]
    assert place is not None and haversine_km(place.lat, place.lon, 3.48, 34.15) <= 30
