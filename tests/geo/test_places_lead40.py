"""The fortieth session's lead: one word of a hyphenated name no table has is no place of its own, and villages,
towns and quarters of the eastern Congo, the Sahel, the CAR, Cameroon, Chad and Burundi that the tables lacked."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of
from tests.geo.places import places as _places

MAY = date(2023, 5, 4)


@pytest.mark.parametrize("text, country", [
    ("Clashes erupted in Mayo-Moskota, Cameroon, on Tuesday.", "CM"),
    ("Gunmen attacked gold miners at Kouri-Bougoudi, Chad, on Tuesday.", "TD"),
    ("Fishermen clashed with police in Nyanza-Lac, Burundi, on Tuesday.", "BI"),
])
def test_a_word_of_an_unknown_hyphenated_name_is_no_namesake_abroad(geoparser, text, country):
    """"Mayo" of "Mayo-Moskota" had gone to Mayo, Maryland, "Kouri" to Mali and "Sido" to Sidon: the known word of
    a name no table has stood for the whole. No place of the text now lies outside the country it names."""
    found = _places(geoparser, text)
    assert all(p is None or p.country == country for p in found.values()), found


def test_an_unknown_hyphenated_village_is_placed_by_its_qualifier_whole(geoparser):
    """"le village de Ngoundé-Bassa, dans la sous-préfecture de Paoua": the village no table has is the whole name,
    placed in the unit that qualifies it (ACLED's precision 2), never its word "Bassa" alone."""
    found = _places(geoparser, "Des rebelles ont incendié le village de Kolo-Mbassa, dans la sous-préfecture de "
                               "Bocaranga, lundi.", "fr")
    assert "Mbassa" not in found and found.get("Kolo-Mbassa") is not None
    assert found["Kolo-Mbassa"].country == "CF" and found["Kolo-Mbassa"].geo_precision == 2


@pytest.mark.parametrize("text, names", [
    ("Fighting went on along the Beni-Butembo road on Tuesday.", {"Beni": "CD", "Butembo": "CD"}),
    ("The Israel-Hamas war entered its second month.", {"Israel": "IL"}),
    ("Senate Majority Leader Larry Pogue, DFL-Minneapolis, spoke on Tuesday.", {"Minneapolis": "US"}),
])
def test_known_names_joined_by_a_hyphen_stay_places(geoparser, text, names):
    """Guard: two known places, a country beside a group and a town beside a party's acronym are each a place."""
    found = _places(geoparser, text)
    assert {n: found[n].country for n in names if found.get(n) is not None} == names, found


@pytest.mark.parametrize("text, lang, country, point", [
    ("Le 2 mai 2023, des miliciens de la CODECO ont attaqué Bogoro, en territoire d'Irumu, tuant trois civils.",
     "fr", "CD", (1.41, 30.28)),
    ("On 2 May 2023, ADF rebels killed five civilians in Mamove, Beni territory.", "en", "CD", (0.80, 29.58)),
    ("On 2 May 2023, M23 rebels clashed with Wazalendo fighters in Kibirizi, Rutshuru territory.", "en", "CD",
     (-1.02, 29.18)),
    ("Le 2 mai 2023, des hommes armés ont incendié des maisons à Nyabibwe, en territoire de Kalehe.", "fr", "CD",
     (-1.93, 28.97)),
    ("On 2 May 2023, Imbonerakure members beat two opposition supporters in Mabayi, Cibitoke province.", "en", "BI",
     (-2.72, 29.25)),
    ("On 2 May 2023, Boko Haram militants raided Tokombere, Far North region, killing a herder.", "en", "CM",
     (10.87, 14.23)),
    ("On 2 May 2023, JNIM militants besieged Farabougou (Niono, Segou), killing two hunters.", "en", "ML",
     (14.25, -6.05)),
    ("On 2 May 2023, 3R rebels ambushed a FACA patrol near Markounda (Ouham), killing two soldiers.", "en", "CF",
     (7.62, 17.0)),
])
def test_a_village_of_the_news_is_that_village(pipeline, text, lang, country, point):
    """Each had been placed at its territory's or region's middle, or nowhere."""
    events = news_of(pipeline, text, lang, MAY)
    assert events and events[0].place is not None
    place = events[0].place
    assert place.country == country and haversine_km(place.lat, place.lon, *point) < 15, place
