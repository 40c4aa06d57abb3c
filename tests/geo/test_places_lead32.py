"""Places a new user tried (the thirty-second session's lead): a compass word that ends a longer name, a
village qualified by its country or a part of it while its only namesakes lie abroad, and a village the
model tags as a person right after a verb of striking."""
from __future__ import annotations


def _places(geoparser, text, lang="en"):
    return [(t.text, t.place.country) for t in geoparser.parse(text, lang) if t.place is not None]


def test_a_compass_word_ending_a_french_name_is_no_region_of_another_country(geoparser):
    text = "Des drones ont visé jeudi un camp de combattants au Waziristan du Sud, selon des responsables."
    assert all(c == "PK" for _, c in _places(geoparser, text, "fr"))


def test_the_french_form_of_a_district_name_is_found(geoparser):
    text = "Des combats ont opposé les talibans pakistanais à l'armée au Nord-Waziristan."
    assert ("Nord-Waziristan", "PK") in _places(geoparser, text, "fr")


def test_a_region_word_after_an_admin_word_stays_a_region(geoparser):
    text = "Des jihadistes ont attaqué un poste dans la région du Nord, au Burkina Faso."
    assert ("Nord", "BF") in _places(geoparser, text, "fr")


def test_a_village_qualified_by_its_country_is_not_a_namesake_abroad(geoparser):
    text = "Hezbollah launched drones at an Israeli post from Houla, Lebanon, on Tuesday."
    assert not any(c == "SY" for _, c in _places(geoparser, text))


def test_a_village_in_a_part_of_a_country_is_bound_to_that_country(geoparser):
    text = "Gunmen attacked Lere, a town in central Mali, overnight."
    assert ("Lere", "ML") in _places(geoparser, text)


def test_a_french_village_in_a_part_of_a_country_is_bound_to_that_country(geoparser):
    text = "Une frappe a touché Blida, un village du sud du Liban, dans la nuit."
    assert not any(c == "DZ" for _, c in _places(geoparser, text, "fr"))


def test_a_big_town_abroad_qualified_by_the_wrong_country_keeps_its_name(geoparser):
    text = "Police dispersed a crowd in Jerusalem, Israel, on Friday."
    assert ("Jerusalem", "IL") in _places(geoparser, text)


def test_a_village_the_model_tags_as_a_person_after_a_strike_verb_is_a_place(geoparser):
    text = "An Israeli drone hit Kfar Kila overnight, the Lebanese news agency said."
    assert ("Kfar Kila", "LB") in _places(geoparser, text)


def test_a_township_sharing_its_name_with_a_region_is_the_town_not_the_region(geoparser):
    text = "On 4 May 2023, junta jets bombed a school in Magway township."
    assert [(t.text, t.place.feature) for t in geoparser.parse(text, "en") if t.place is not None] == [("Magway", "city")]


def test_a_region_called_a_region_stays_the_region(geoparser):
    text = "On 4 May 2023, junta jets bombed a school in Magway region."
    assert [(t.text, t.place.feature) for t in geoparser.parse(text, "en") if t.place is not None] == [("Magway", "admin1")]
