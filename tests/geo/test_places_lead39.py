"""The thirty-ninth session's lead: a unit the text names bare in its country, ayn marks in transliterated names, and
towns of Iraq, Syria, Yemen, Sudan, Ethiopia and Afghanistan that the tables lacked or held under another spelling."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.places import places as _places

MAY = date(2023, 5, 4)


def _assert_placed_at(pipeline, text, lang, country, point):
    """The text's first event lies in ``country``, within 15 km of ``point``."""
    events = news_of(pipeline, text, lang, MAY)
    assert events and events[0].place is not None
    place = events[0].place
    assert place.country == country and haversine_km(place.lat, place.lon, *point) < 15, place


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen killed three farmers in Chikun, Nigeria, on Sunday, the state police said.", "Chikun", "NG"),
    ("Soldiers torched houses in Pauk on Tuesday, residents of Myanmar's Magway region said.", "Pauk", "MM"),
])
def test_a_unit_named_bare_in_its_country_is_that_unit(geoparser, text, name, country):
    """An LGA or a township that no town is named after was left with no place at all, though the text names
    its country; it is placed at the unit, to the unit's precision."""
    place = _places(geoparser, text)[name]
    assert place is not None and (place.country, place.feature) == (country, "admin2")


def test_a_unit_of_another_country_is_no_fallback(geoparser):
    """A name that is a unit's only abroad stays unplaced: the fallback looks in the text's countries only."""
    place = _places(geoparser, "Gunmen killed three farmers in Pauk, Nigeria, on Sunday, the state police said.").get("Pauk")
    assert place is None or place.country == "NG"


@pytest.mark.parametrize("text, name, country", [
    ("On 2 May 2023, AQAP militants attacked a checkpoint in Jaar, Abyan, killing three soldiers.", "Jaar", "YE"),
    ("On 2 May 2023, government forces shelled Qalat al-Madiq, in Hama's countryside.", "Qalat al-Madiq", "SY"),
])
def test_an_ayn_mark_of_a_transliteration_does_not_split_the_name(geoparser, text, name, country):
    """The town list writes "Ja‘ār" and "Qal‘at": the mark had cut the name in two words the press never writes."""
    place = _places(geoparser, text)[name]
    assert place is not None and (place.country, place.feature) == (country, "city")


@pytest.mark.parametrize("text, country, point", [
    ("On 2 May 2023, an IED planted by IS militants killed two PMF members on the road to Jalawla.", "IQ", (34.27, 45.16)),
    ("On 2 May 2023, IS militants attacked an army post in Hawija, killing a soldier.", "IQ", (35.33, 43.77)),
    ("On 2 May 2023, a rocket landed near Camp Taji.", "IQ", (33.52, 44.27)),
    ("On 2 May 2023, a sniper shot dead a man in Kadhimiya as pilgrims gathered.", "IQ", (33.38, 44.34)),
    ("On 2 May 2023, SDF forces raided houses in Shaddadi and detained four men.", "SY", (36.06, 40.73)),
    ("On 2 May 2023, HTS fighters arrested three men at a checkpoint in Atmeh.", "SY", (36.21, 36.68)),
    ("On 2 May 2023, a car bomb went off near the shrine in Sayyida Zaynab, wounding six people.", "SY", (33.44, 36.34)),
    ("On 2 May 2023, Southern Transitional Council supporters rallied in Seiyun.", "YE", (15.94, 48.79)),
    ("On 2 May 2023, the RSF shelled army positions near Jebel Aulia.", "SD", (15.24, 32.50)),
    ("On 2 May 2023, refugees protested over food rations in Dolo Ado.", "ET", (4.17, 42.06)),
    ("On 2 May 2023, rival militias exchanged fire in Ain Zara, killing two fighters.", "LY", (32.80, 13.23)),
    ("On 2 May 2023, an Israeli drone struck a car on the coastal road near Damour, killing one man.", "LB", (33.73, 35.45)),
    ("On 2 May 2023, rival gunmen clashed in Ain al-Hilweh camp, killing a man.", "LB", (33.54, 35.38)),
    ("On 2 May 2023, Israeli forces raided Askar camp and arrested four young men.", "PS", (32.23, 35.29)),
])
def test_a_town_of_the_press_is_that_town(pipeline, text, country, point):
    """Each had been placed at its region's middle, or nowhere."""
    _assert_placed_at(pipeline, text, "en", country, point)


@pytest.mark.parametrize("text, country, point", [
    ("Le 2 mai 2023, des hommes armés du gang de Solino ont incendié plusieurs maisons, faisant trois morts.",
     "HT", (18.553, -72.318)),
    ("Le 2 mai 2023, des affrontements entre milices ont fait deux morts à Zaouïa, à l'ouest de Tripoli.",
     "LY", (32.76, 12.73)),
])
def test_a_town_of_the_french_press_is_that_town(pipeline, text, country, point):
    _assert_placed_at(pipeline, text, "fr", country, point)


@pytest.mark.parametrize("text, country, point", [
    ("On 2 May 2023, suspected al-Shabaab militants planted an IED that killed two police officers near Dadaab.",
     "KE", (0.05, 40.31)),
    ("On 2 May 2023, Fatah and Jund al-Sham gunmen clashed in Ain al-Hilweh camp, killing a man.", "LB", (33.54, 35.38)),
])
def test_a_group_of_one_country_acts_in_the_neighbour_the_news_reports_it_in(pipeline, text, country, point):
    """Al-Shabaab in Kenya's border counties and Palestinian factions in Lebanon's camps: the place the note names
    bare lies in the neighbour, which is no namesake abroad of the group's own country."""
    _assert_placed_at(pipeline, text, "en", country, point)


def test_a_unit_read_bare_does_not_veto_the_town_it_qualifies(geoparser):
    """Guard: "Batangafo (Ouham-Fafa)" names a prefecture the unit table holds only as an older, smaller unit; read
    as that unit it would move the town to it, 60 km off. The town keeps its own point."""
    place = _places(geoparser, "On 5 June 2023, armed men burned a truck near Batangafo (Ouham-Fafa) and wounded its "
                               "driver.")["Batangafo"]
    assert place is not None and haversine_km(place.lat, place.lon, 7.30, 18.28) < 10
