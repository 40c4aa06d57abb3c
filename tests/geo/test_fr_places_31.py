"""French places of DR Congo and the Sahel (issue 14, item 4): the former Katanga's chief towns the
town list lacks, a locality the French model calls an organisation, and offsets and "near" phrases
that give their place a title ("la ville de X", "la capitale X"). Sentences are invented; the towns
and their coordinates are real."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km

from tests.geo.places import french_places


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Des camionneurs bloquent depuis lundi la route à Kasumbalesa pour réclamer leurs salaires.",
     "Kasumbalesa", -12.27, 27.80),
    ("Une dizaine de maisons ont été incendiées mardi à Kapanga par des jeunes en colère.", "Kapanga", -8.35, 22.58),
    ("Le gouverneur a visité mercredi Dilolo, près de la frontière angolaise.", "Dilolo", -10.69, 22.34),
])
def test_the_former_katanga_towns_are_in_congo(geoparser, text, name, lat, lon):
    """The chief towns of Lualaba and Haut-Katanga that the town list lacks, or knows only as a
    namesake abroad (a Kapanga of New Zealand, a Dilolo lake of Angola), resolve to the Congolese town."""
    place = french_places(geoparser, text)[name]
    assert place is not None and place.country == "CD"
    assert haversine_km(place.lat, place.lon, lat, lon) < 10


@pytest.mark.parametrize("text, name", [
    ("Les habitants de la commune de Maluku, à l'est de Kinshasa, manquent d'eau depuis un mois.", "Maluku"),
    ("Le nouvel administrateur a été installé vendredi à Luiza, au Kasaï-Central.", "Luiza"),
    ("Une école a été rouverte lundi à Feshi, dans le Kwango.", "Feshi"),
])
def test_congolese_towns_are_not_namesakes_abroad(geoparser, text, name):
    """A Kinshasa commune and the chief towns of Kasaï and Kwango territories that the town list knows
    only abroad (an Indonesian province, towns of the United States and France) resolve in Congo."""
    place = french_places(geoparser, text)[name]
    assert place is not None and place.country == "CD"


def test_a_locality_the_model_calls_an_organisation_is_a_place(geoparser):
    """The French model tags a lone unknown town name as an organisation; a locality of the conflict
    tables that a preposition announces is the town all the same."""
    found = french_places(geoparser, "Le calme est revenu lundi soir à Kasenga, après deux jours de heurts "
                                     "entre les motards et la police.")
    assert "Kasenga" in found and found["Kasenga"].country == "CD"


def _relative(geoparser, text: str):
    found = [t.place for t in geoparser.parse(text, "fr") if t.relative]
    assert found, text
    return found[-1]


@pytest.mark.parametrize("text, anchor, km, bearing_lat", [
    ("Deux civils ont été tués à 12 km à l'est de la localité de Kiwanja.", "Kiwanja", 12, 0),
    ("Un convoi a été attaqué à 20 km au nord-ouest de la ville de Butembo.", "Butembo", 20, 1),
    ("Des tirs ont visé une patrouille à 30 km au sud de la cité de Beni.", "Beni", 30, -1),
])
def test_an_offset_reads_through_the_title_of_its_place(geoparser, text, anchor, km, bearing_lat):
    """"à 20 km à l'ouest de la ville de X" is an offset from X as much as "à 20 km à l'ouest de X" is."""
    place = _relative(geoparser, text)
    town = french_places(geoparser, text)[anchor]
    assert place.name.endswith(f"of {anchor}")
    assert abs(haversine_km(place.lat, place.lon, town.lat, town.lon) - km) < 2
    assert (place.lat > town.lat) if bearing_lat > 0 else (place.lat < town.lat) if bearing_lat < 0 else True


@pytest.mark.parametrize("text, anchor", [
    ("Une base de l'armée postée à proximité de la capitale Niamey a été visée par des tirs.", "Niamey"),
    ("Un poste de police non loin de la ville de Gao a été attaqué dans la nuit.", "Gao"),
    ("Des corps ont été découverts aux environs de la localité de Djibo.", "Djibo"),
])
def test_near_reads_through_the_title_of_its_place(geoparser, text, anchor):
    """"à proximité de la capitale X", "non loin de la ville de X": near X, ACLED's geo-precision 2."""
    place = _relative(geoparser, text)
    assert place.name == f"near {anchor}" and int(place.geo_precision) == 2


def test_the_town_of_a_title_is_not_the_town_named_before(geoparser):
    """"la ville de Butembo" names Butembo: "la ville" there points back to no town of an earlier
    sentence, so the offset is from Butembo, not from Beni."""
    place = _relative(geoparser, "Le bataillon est basé à Beni depuis l'an dernier. Une position a été "
                                 "attaquée à 15 km au nord-est de la ville de Butembo.")
    assert place.name == "15 km NE of Butembo"
