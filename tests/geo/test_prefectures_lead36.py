"""Places a reviewer tried (the thirty-sixth session's lead): the Central African Republic's prefectures of 2020,
Lim-Pendé and Mambéré, bind a village no table has to the country, not to a namesake in India; Kuwait's and Bahrain's
governorates as their notes write them ("Kuwait City (Capital)", "Riffa (Southern)") are no Venezuelan district;
"Bani" opening a longer name is no Dominican town."""
from __future__ import annotations


def _places(geoparser, text, lang="en"):
    return [(t.text, t.place.country, t.place.feature) for t in geoparser.parse(text, lang) if t.place is not None]


def test_a_village_of_lim_pende_stays_in_the_central_african_republic(geoparser):
    places = _places(geoparser, "3R fighters attacked civilians in Bang village (Ngaoundaye, Lim-Pende prefecture).")
    assert ("Lim-Pende", "CF", "admin1") in places
    assert all(country == "CF" for _, country, _ in places)


def test_mambere_is_the_prefecture_not_mambere_kadei(geoparser):
    assert ("Mambéré", "CF", "admin1") in _places(geoparser, "Des éléments des 3R ont attaqué un poste près de "
                                                             "Gadzi, dans la préfecture de la Mambéré.", "fr")


def test_kuwait_city_of_the_capital_governorate_is_kuwaits(geoparser):
    places = _places(geoparser, "Dozens of Bidoon protesters gathered in Kuwait City (Capital) to demand citizenship.")
    assert [country for _, country, _ in places] == ["KW", "KW"]


def test_bahrains_southern_governorate_is_bahrains(geoparser):
    assert ("Southern", "BH", "admin1") in _places(geoparser, "Protesters gathered in Riffa (Southern) after prayers.")


def test_bani_opening_a_longer_name_is_no_town_alone(geoparser):
    places = _places(geoparser, "Protesters gathered in Bani Jamra (Northern) after Friday prayers.")
    assert all(country != "DO" for _, country, _ in places)
    assert ("Bani Walid", "LY", "city") in _places(geoparser, "LNA forces clashed with a militia in Bani Walid (Misrata).")
