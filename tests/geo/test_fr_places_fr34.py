"""French world-conflict dispatches and where their events happened (issues 13 and 14, fr34): parts of a
country or a province ("dans l'est du Burkina Faso", "dans le sud de la Syrie"), a river named beside its
town ("sur la rive du Dniepr"), a unit the model tags with its name ("le gouvernorat de Sweida"), villages of
the southern Lebanese front, offsets, datelines and villages beside a known town. Sentences and dispatches
are invented; the towns and their coordinates are real."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import GeoPrecision
from sitrep.geo.distance import haversine_km

from tests.extract.reports import code, news
from tests.geo.places import french_places


def _parts(geoparser, text: str):
    return [t.place for t in geoparser.parse(text, "fr") if t.relative]


@pytest.mark.parametrize("text, country, lat_sign, lon_sign", [
    ("Des hommes armés ont incendié lundi un hameau dans l'est du Burkina Faso.", "BF", 0, 1),
    ("Des heurts ont opposé des clans rivaux dans le sud de la Syrie.", "SY", -1, 0),
    ("Une colonne de blindés a été aperçue dans le nord de l'Ukraine.", "UA", 1, 0),
    ("Deux bergers ont été enlevés dans l'ouest du Niger.", "NE", 0, -1),
])
def test_a_part_of_a_country_is_a_region_on_its_side(geoparser, text, country, lat_sign, lon_sign):
    """"dans l'est du X", "dans le sud de la X", "dans le nord de l'X": the part of a country, with its
    article, is a region of it (ACLED geo-precision 3) on the side it names, not the whole country."""
    whole = next(p for p in french_places(geoparser, text).values() if p is not None and p.feature == "country")
    part = _parts(geoparser, text)
    assert part and part[0].country == country and part[0].geo_precision == GeoPrecision.REGION
    assert (part[0].lat - whole.lat) * lat_sign >= 0 and (part[0].lon - whole.lon) * lon_sign >= 0
    assert (part[0].lat, part[0].lon) != (whole.lat, whole.lon)


def test_a_part_of_a_town_stays_near_it(geoparser):
    """The west of a town is a quarter of it, coded near the town (geo-precision 2), not a region."""
    part = _parts(geoparser, "Un obus est tombé dans l'ouest de Kharkiv, la grande ville du nord-est.")
    assert part and part[0].geo_precision == GeoPrecision.NEAR and part[0].uncertainty_km < 20


def test_the_unit_the_model_tags_with_its_name_is_found(geoparser):
    """The French model tags "gouvernorat de Sweida" as one place and "Sweida" as a common noun: the name
    is the governorate's all the same, not lost."""
    found = french_places(geoparser, "Des accrochages ont repris vendredi dans le gouvernorat de Sweida.")
    assert "Sweida" in found and found["Sweida"].country == "SY"


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Une maison a été détruite jeudi par un drone à Khiam.", "Khiam", 33.33, 35.61),
    ("Les bulldozers de l'armée ont rasé plusieurs maisons d'Odaïssé.", "Odaïssé", 33.25, 35.55),
    ("Des obus sont tombés mardi sur Aïta al-Chaab, selon l'agence locale.", "Aïta al-Chaab", 33.10, 35.33),
    ("Un drone a tué deux personnes à Mays al-Jabal dans la soirée.", "Mays al-Jabal", 33.17, 35.52),
])
def test_villages_of_the_southern_lebanese_front(geoparser, text, name, lat, lon):
    """Villages of the Lebanese border front that the town list lacks resolve to the village, also a name of
    several words the model tags as a person, after a preposition."""
    place = french_places(geoparser, text)[name]
    assert place is not None and place.country == "LB"
    assert haversine_km(place.lat, place.lon, lat, lon) < 8


def _news_places(pipeline, text: str, published: date):
    return [e for e in news(code(pipeline, text, published=published)) if e.place is not None]


def test_a_river_beside_its_town_is_no_place(pipeline):
    """"sur Nikopol, une ville située sur la rive du Dniepr, dans la région de ...": the river is named for
    the town's setting; the shelling is at Nikopol, not at the city of Dnipro that shares the river's name."""
    events = _news_places(pipeline, "Trois habitants ont péri samedi sous des obus russes tombés sur Nikopol, "
                                    "une ville bâtie sur la rive du Dniepr, dans la région de Dnipropetrovsk, "
                                    "selon le gouverneur.", date(2025, 11, 2))
    assert events and all(haversine_km(e.place.lat, e.place.lon, 47.57, 34.39) < 10 for e in events)


def test_an_unknown_village_in_a_part_of_the_country_is_not_at_the_dateline(pipeline):
    """A village no table has, "dans l'est du Burkina Faso", in a dispatch datelined from the capital: the
    event is in the east of the country, not at the capital the dateline names."""
    events = _news_places(pipeline, "OUAGADOUGOU (AFP) - Des assaillants ont tué lundi une dizaine de civils "
                                    "dans le hameau de Sapouyiri, dans l'est du Burkina Faso, d'après des "
                                    "habitants.", date(2025, 6, 3))
    assert events and all(e.place.name != "Ouagadougou" and e.place.lon > -0.8 for e in events)


@pytest.mark.xfail(reason="the region stands: letting the article's town in that part stand in for it (tried) "
                          "joined a CASE 2021 report's two tellings under the weaker one and lowered the AUC",
                   strict=False)
def test_the_articles_town_in_that_part_says_where(pipeline):
    """A post "dans l'est du Burkina Faso", then "Le poste est situé à Kompienga": the article's town, in the
    east, says where in the part the attack was."""
    events = _news_places(pipeline, "Des hommes armés ont pris d'assaut dimanche un poste de gendarmerie dans "
                                    "l'est du Burkina Faso, tuant quatre gendarmes. Le poste se trouve à "
                                    "Kompienga, non loin du Togo.", date(2025, 12, 8))
    assert events and all(haversine_km(e.place.lat, e.place.lon, 11.08, 0.70) < 15 for e in events)


def test_a_named_village_outranks_the_part_of_a_small_country(pipeline):
    """"à Khiam dans le sud du Liban": the village, not the south of Lebanon, whose spread is small enough
    to pass for a place."""
    events = _news_places(pipeline, "Un drone israélien a tué mercredi deux hommes à Khiam dans le sud du Liban, "
                                    "selon l'agence officielle.", date(2025, 12, 11))
    assert events and all(haversine_km(e.place.lat, e.place.lon, 33.33, 35.61) < 8 for e in events)


@pytest.mark.parametrize("text, neighbour", [
    ("Des hommes armés ont attaqué mardi un convoi de l'armée nigérienne dans une zone proche du Mali, tuant "
     "cinq soldats, a indiqué le ministère nigérien de la Défense.", "ML"),
    ("Des obus sont tombés lundi sur une localité libanaise voisine d'Israël, tuant un berger.", "IL"),
])
def test_a_neighbouring_country_is_not_the_place(pipeline, text, neighbour):
    """"une zone proche du Mali", "une localité voisine d'Israël": the country named as the neighbour
    borders the place; the event is not coded in it."""
    events = news(code(pipeline, text, published=date(2025, 9, 10)))
    assert events and all(e.place is None or e.place.country != neighbour for e in events)
