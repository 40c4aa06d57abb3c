"""GeoNames' districts of the countries whose second level no other table holds (issue 14, geo38):
Pakistan's districts and agencies, Ethiopia's zones, Cameroon's departments. geoBoundaries' units
there are a level lower (tehsils, woredas, communes), so "Swat" or "North Shewa" were no place and
"Kech" went to Ketsch in Germany. Sentences are invented; the units are general facts."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.build import CITY, read_geonames_admin2
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalise import name_key
from tests.geo.places import places

UNITS = {name_key(names[0]): (cc, la, lo) for names, cc, la, lo, _pop, _gid in read_geonames_admin2()}


def test_the_table_names_each_unit_as_the_news_does():
    """The unit words GeoNames adds are cut ("Kech District", "Khyber Agency", "Guji Zone"), numbered
    zones are left out, and every row is of one of the three countries."""
    assert {name_key(n) for n in ("Swat", "Kech", "Khyber", "Kurram", "North Waziristan", "Bajaur", "Guji",
                                  "North Shewa", "Mayo-Tsanaga")} <= set(UNITS)
    assert not any(ch.isdigit() for name in UNITS for ch in name)
    assert {cc for cc, _, _ in UNITS.values()} == {"PK", "ET", "CM"}


@pytest.mark.parametrize("text, unit, country", [
    ("Security forces said on Tuesday that militants had attacked a police checkpoint in Swat, killing "
     "two constables.", "Swat", "PK"),
    ("Pakistani officials said gunmen shot dead three labourers at a construction site in Kech on "
     "Monday.", "Kech", "PK"),
    ("Two soldiers were killed when a roadside bomb hit their vehicle in Kurram district on Sunday, the "
     "army said.", "Kurram", "PK"),
    ("Fano militiamen clashed with federal troops in North Shewa on Friday, residents said.",
     "North Shewa", "ET"),
    ("Separatist fighters burned a school in Mayo-Tsanaga department on Wednesday, local officials said.",
     "Mayo-Tsanaga", "CM"),
])
def test_a_district_named_bare_is_placed_in_it(text, unit, country):
    """Before, the event had no place or went abroad (Kech: Ketsch, Baden-Württemberg); Kurram and
    Mayo-Tsanaga were conflict localities already, which the table's rows do not double."""
    events = [e for e in api.code(text, lang="en", published="2024-05-08") if e.place is not None]
    assert events, text
    place = events[0].place
    cc, la, lo = UNITS[name_key(unit)]
    assert place.country == country == cc and place.feature == "admin2" and name_key(place.name).startswith(name_key(unit))
    assert haversine_km(place.lat, place.lon, la, lo) < 30 and place.uncertainty_km >= 20


def test_a_district_named_like_its_seat_leaves_the_town_standing():
    """Kohat and Tank are towns and districts: the town stands for the district (ACLED codes the
    seat), so no district entry is added and the event stays at the town."""
    gaz = Gazetteer.load()
    for name in ("Kohat", "Tank"):
        assert name_key(name) in UNITS
        assert [gaz.feature[i] for i in gaz.ids(name) if gaz.country[i] == "PK"] == [CITY]  # the town alone
    events = [e for e in api.code("Gunmen killed a police officer in Kohat on Monday, police said.",
                                  lang="en", published="2024-05-08") if e.place is not None]
    assert events and events[0].place.name == "Kohat" and events[0].place.feature == "city"


def test_the_province_keeps_its_name():
    """"Khyber" is now a district: "Khyber Pakhtunkhwa" is still the province."""
    events = [e for e in api.code("Militants attacked a police station in Khyber Pakhtunkhwa province on "
                                  "Monday, killing four policemen.", lang="en", published="2024-05-08")
              if e.place is not None]
    assert events and events[0].place.feature in ("admin1", "region") and events[0].place.name != "Khyber"


def test_a_police_swat_team_is_no_place(geoparser):
    """"Swat" is a district of Pakistan now, and US local news writes of SWAT teams; the valley stays."""
    found = places(geoparser, "A SWAT team surrounded the farmhouse near Dayton before dawn and arrested "
                              "two brothers, the sheriff said.")
    assert "SWAT" not in found and found["Dayton"] is not None
    found = places(geoparser, "Hikers were stranded by snow above Kalam in the Swat Valley of northern Pakistan.")
    assert found["Swat"] is not None and found["Swat"].country == "PK"


def test_a_department_named_like_a_city_abroad_does_not_outrank_it(geoparser):
    """GeoNames names the Cameroonian department "Faro Department": the bare name is not its own, so the
    Portuguese city keeps it."""
    found = places(geoparser, "Tourists crowded the beaches of Faro on Sunday as the heatwave eased.")
    assert found["Faro"].country == "PT"
