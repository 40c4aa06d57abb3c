"""The communes of Kinshasa, the quarters of Goma, Bukavu and Bunia, Gaza's camps, Port-au-Prince's
communes and Libya's historic regions: places French news names every day in reports of protests,
shootings and strikes, which the town list lacks or gives to a namesake abroad (Matete in Angola,
Ngaba in Congo-Brazzaville, Sloviansk as Nikopol). Sentences are invented; the places are general
facts, every commune of Kinshasa rather than those of a dev set."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

KINSHASA, GOMA, BUKAVU, BUNIA = (-4.33, 15.31), (-1.68, 29.22), (-2.50, 28.86), (1.56, 30.25)
PORT_AU_PRINCE, GAZA_STRIP = (18.54, -72.34), (31.42, 34.36)


def _place(geoparser, text: str, name: str):
    return next((t.place for t in geoparser.parse(text, "fr") if t.text == name and not t.relative), None)


def _near(place, point, km: float) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, *point) <= km


@pytest.mark.parametrize("name, town, country", [
    ("Limete", KINSHASA, "CD"), ("Ngaliema", KINSHASA, "CD"), ("Kimbanseke", KINSHASA, "CD"),
    ("Kintambo", KINSHASA, "CD"), ("Selembao", KINSHASA, "CD"), ("Bandalungwa", KINSHASA, "CD"),
    ("Kisenso", KINSHASA, "CD"), ("Matete", KINSHASA, "CD"), ("Ngaba", KINSHASA, "CD"),
    ("Mugunga", GOMA, "CD"), ("Ndosho", GOMA, "CD"), ("Karisimbi", GOMA, "CD"), ("Katoyi", GOMA, "CD"),
    ("Kadutu", BUKAVU, "CD"), ("Panzi", BUKAVU, "CD"), ("Mudzipela", BUNIA, "CD"),
    ("Cité Soleil", PORT_AU_PRINCE, "HT"), ("Martissant", PORT_AU_PRINCE, "HT"), ("Tabarre", PORT_AU_PRINCE, "HT"),
    ("Nousseirat", GAZA_STRIP, "PS"),
])
def test_a_quarter_is_in_its_city(geoparser, name, town, country):
    """Each was no place, or a namesake abroad, in a sentence that names it alone (in other sentences
    the model tags some of them as no entity at all: see docs/geo.md)."""
    place = _place(geoparser, f"Des manifestants ont été dispersés mardi à {name}.", name)
    assert place is not None and place.country == country and _near(place, town, 30)


def test_a_quarter_named_after_its_city_stays_there(geoparser):
    place = _place(geoparser, "À Bukavu, des jeunes ont érigé des barricades à Ibanda lundi matin.", "Ibanda")
    assert _near(place, BUKAVU, 10)


def test_a_namesake_abroad_keeps_its_country(geoparser):
    """Ibanda is also a Ugandan town, Gombe a Nigerian state: their own countries still win there."""
    assert _place(geoparser, "La police a dispersé des étudiants à Ibanda, dans l'ouest de l'Ouganda.",
                  "Ibanda").country == "UG"
    assert _place(geoparser, "Des hommes armés ont attaqué un marché à Gombe, dans le nord-est du Nigeria.",
                  "Gombe").country == "NG"


@pytest.mark.parametrize("name", ["Cyrénaïque", "Tripolitaine", "Fezzan"])
def test_libyan_regions(geoparser, name):
    place = _place(geoparser, f"Des milices rivales se sont affrontées jeudi au {name}.".replace("au Cyr", "en Cyr"), name)
    assert place is not None and place.country == "LY" and place.feature == "area"


@pytest.mark.parametrize("name", ["Sloviansk", "Slaviansk"])
def test_sloviansk_is_in_donetsk_oblast(geoparser, name):
    """An alias gave the name to Nikopol, 250 km away, which geonames lists with it as an alternate name."""
    place = _place(geoparser, f"Un missile russe a frappé {name} dans la nuit de mardi.", name)
    assert _near(place, (48.85, 37.6), 10)


def test_a_french_spelling_of_vovchansk(geoparser):
    place = _place(geoparser, "De violents combats se poursuivent à Vovtchansk, selon l'armée.", "Vovtchansk")
    assert _near(place, (50.29, 36.94), 10)
