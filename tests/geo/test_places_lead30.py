"""Places a new user tried (the thirtieth session's lead): a border town qualified by the country of its
namesake across the border, and an old quarter the model tags as a facility or a person."""
from __future__ import annotations


def _places(geoparser, text):
    return [(t.text, t.place.country) for t in geoparser.parse(text, "en") if t.place is not None]


def test_a_border_town_qualified_by_the_other_country_is_placed_in_that_country(geoparser):
    text = "On 2 May 2023, Borana and Garre militias clashed in Moyale, Ethiopia. Six people were killed."
    assert ("Moyale", "ET") in _places(geoparser, text)


def test_a_border_town_qualified_by_its_own_country_stays_there(geoparser):
    text = "On 2 May 2023, bandits killed two herders in Moyale, Kenya."
    assert ("Moyale", "KE") in _places(geoparser, text)


def test_an_old_quarter_of_several_words_is_not_its_last_word_abroad(geoparser):
    text = "On 2 May 2023, a regime mortar round hit a house in Daraa al-Balad, killing a woman."
    places = _places(geoparser, text)
    assert ("Daraa al-Balad", "SY") in places and not any(c == "IQ" for _, c in places)


def test_an_old_quarter_after_residents_of_is_a_place(geoparser):
    text = "On 2 May 2023, residents of Daraa al-Balad blocked roads with burning tyres."
    assert ("Daraa al-Balad", "SY") in _places(geoparser, text)


def test_a_village_no_table_holds_falls_back_to_the_named_mountain_area_not_the_provinces_city(geoparser):
    text = "On 2 May 2023, regime artillery shelled the outskirts of Sfuhun in Jabal al-Zawiya, Idleb."
    places = [(t.text, t.place.name) for t in geoparser.parse(text, "en") if t.place is not None]
    assert ("Jabal al-Zawiya", "Jabal al-Zawiya") in places


def test_a_region_name_other_countries_share_is_the_one_holding_the_town(geoparser):
    text = "On 2 May 2023, separatist fighters ambushed a gendarmerie patrol near Mamfe (Southwest)."
    assert ("Mamfe", "CM") in _places(geoparser, text)


def test_a_town_qualified_by_its_own_countrys_region_of_that_name_stays(geoparser):
    text = "On 2 May 2023, JNIM militants ambushed a gendarmerie patrol near Gaoua (Southwest)."
    assert ("Gaoua", "BF") in _places(geoparser, text)
