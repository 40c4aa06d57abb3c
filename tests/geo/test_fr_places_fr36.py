"""French names of places in conflict dispatches (issue 14, fr36): first-level regions under their French
exonyms ("l'oblast de Louhansk", "l'État du Darfour du Nord", "le gouvernorat de Lattaquié"), a French
transliteration placed by the unit that qualifies it, a river named by one of its banks, a clause that hangs
on the province qualifying a town, and towns of the Horn under French spellings. Sentences are invented; the
places and their coordinates are real."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.geo.distance import haversine_km

from tests.extract.reports import code, news
from tests.geo.places import french_places


@pytest.mark.parametrize("text, name, country, region", [
    ("Des obus sont tombés jeudi sur un hameau de l'oblast de Louhansk.", "Louhansk", "UA", "Luhansk"),
    ("Un entrepôt a brûlé après une attaque de drones dans la région de Kharkov.", "Kharkov", "UA", "Kharkiv"),
    ("Les alertes aériennes ont retenti toute la nuit dans la région de Zaporijia.", "Zaporijia", "UA", "Zaporizhia"),
    ("Un drone a touché une sous-station électrique de la région de Koursk.", "Koursk", "RU", "Kursk"),
    ("Les habitants de plusieurs villages de l'État du Darfour du Nord ont fui vers le Tchad.", "Darfour du Nord",
     "SD", "Northern Darfur"),
    ("Des familles ont quitté les monts Nouba, dans l'État du Kordofan du Sud.", "Kordofan du Sud", "SD",
     "Southern Kordofan"),
    ("L'armée a repris plusieurs localités de l'État du Nil Bleu, affirme un porte-parole.", "Nil Bleu", "SD",
     "Blue Nile"),
    ("Les shebab ont installé un barrage routier dans la région du Bas-Chébéli.", "Bas-Chébéli", "SO",
     "Lower Shabeelle"),
    ("Des tirs d'artillerie ont visé des localités du gouvernorat de Lattaquié.", "Lattaquié", "SY", "Latakia"),
])
def test_a_region_named_by_its_french_exonym_is_the_region(geoparser, text, name, country, region):
    """A first-level region that French news names by its own spelling, after an admin word ("oblast",
    "région", "État", "gouvernorat"), is the region, not the town of that name nor nothing at all."""
    place = french_places(geoparser, text)[name]
    assert place is not None and place.country == country and place.feature == "admin1"
    assert place.name == region


def test_a_bare_exonym_stays_the_town(geoparser):
    """The same exonym with no admin word is the town: "à Kharkov" is the city."""
    place = french_places(geoparser, "Une roquette s'est abattue samedi soir sur un parking à Kharkov.")["Kharkov"]
    assert place is not None and place.feature == "city"
    assert haversine_km(place.lat, place.lon, 49.99, 36.23) < 10


def test_a_transliteration_its_unit_qualifies_is_the_town(geoparser):
    """"Lyssytchansk, dans l'oblast de Louhansk": a French transliteration no table lists, qualified by the
    oblast it lies in, is the town of that spelling there (Lysychansk), though no preposition announces it."""
    place = french_places(geoparser, "Les artilleurs russes ont pilonné vendredi Lyssytchansk, dans l'oblast "
                                     "de Louhansk, d'après un blogueur militaire.")["Lyssytchansk"]
    assert place is not None and place.country == "UA"
    assert haversine_km(place.lat, place.lon, 48.92, 38.43) < 10


@pytest.mark.parametrize("name, lat, lon, text", [
    ("Shiré", 14.10, 38.28, "Une fusillade a éclaté dimanche soir à Shiré, dans le Tigré."),
    ("Humera", 14.29, 36.62, "Des réfugiés ont été refoulés jeudi à Humera, près de la frontière soudanaise."),
    ("Bossasso", 11.28, 49.18, "Un entrepôt de munitions a explosé vendredi à Bossasso, au Puntland."),
    ("Axoum", 14.12, 38.72, "Les pèlerins ont été empêchés de se rendre samedi à Axoum, dans le Tigré."),
])
def test_towns_of_the_horn_under_their_french_spellings(geoparser, name, lat, lon, text):
    place = french_places(geoparser, text)[name]
    assert place is not None and haversine_km(place.lat, place.lon, lat, lon) < 10


@pytest.mark.parametrize("name, lat, lon, text", [
    ("Chati", 31.53, 34.45, "Une frappe a touché dimanche une école du camp de réfugiés de Chati, à Gaza."),
    ("Al-Mawassi", 31.37, 34.27, "Des tentes de déplacés ont pris feu jeudi à Al-Mawassi, dans le sud du territoire."),
    ("Zouaïda", 31.44, 34.37, "Un immeuble résidentiel a été détruit vendredi à Zouaïda, dans le centre de Gaza."),
    ("Nour Chams", 32.31, 35.07, "Des bulldozers militaires ont creusé des routes samedi dans le camp de Nour Chams."),
    ("Toulkarem", 32.31, 35.03, "Un couvre-feu a été imposé lundi à Toulkarem, en Cisjordanie occupée."),
])
def test_gaza_and_west_bank_places_under_their_french_spellings(geoparser, name, lat, lon, text):
    """Camps and towns of the Gaza Strip and the northern West Bank as French dispatches write them."""
    place = french_places(geoparser, text)[name]
    assert place is not None and place.country == "PS" and haversine_km(place.lat, place.lon, lat, lon) < 8


def test_a_town_of_the_cercle_is_kept_in_it(geoparser):
    """Hombori lies in the cercle de Douentza, whose lands reach east of Boni: the cercle that qualifies it
    keeps the town, rather than dropping it for the cercle's centre."""
    place = french_places(geoparser, "Un camion-citerne a été incendié vendredi à Hombori, dans le cercle de "
                                     "Douentza, selon un élu.")["Hombori"]
    assert place is not None and haversine_km(place.lat, place.lon, 15.28, -1.70) < 10


def _news_places(pipeline, text: str) -> list:
    return [e.place for e in news(code(pipeline, text, published=date(2025, 11, 4))) if e.place is not None]


def test_a_river_named_by_its_bank_is_no_place(pipeline):
    """"sur la rive droite du Dniepr": the bank's side may carry the river in the parse; the river is the
    town's setting all the same, not the city of Dnipro, and no second event is told there."""
    places = _news_places(pipeline, "Un obus a tué une retraitée samedi à Kherson, sur la rive droite du "
                                    "Dniepr, selon les autorités locales.")
    assert places and all(haversine_km(p.lat, p.lon, 46.64, 32.61) < 10 for p in places)


def test_a_clause_on_the_province_of_a_town_is_placed_at_the_town(pipeline):
    """"dans la cité d'Uvira, au Sud-Kivu, où des miliciens se sont affrontés": the clause hangs on the
    province that qualifies the town; the clash is in the town, not the province's centre."""
    places = _news_places(pipeline, "Des détonations ont été entendues lundi dans la cité d'Uvira, au Sud-Kivu, où "
                                    "des soldats et des miliciens Wazalendo se sont affrontés toute la matinée.")
    assert places and all(haversine_km(p.lat, p.lon, -3.40, 29.14) < 10 for p in places)


def _news(pipeline, text: str) -> list:
    return [e for e in news(code(pipeline, text, published=date(2025, 11, 4))) if e.place is not None]


@pytest.mark.xfail(strict=False, reason="taken out (fr36): the rule lifted fr_dev, a tune set, and no check half")
def test_the_article_is_where_its_lead_chain_puts_it_not_at_the_district_named_most(pipeline):
    """"dans la chefferie des Walendu Pitsi, territoire de Djugu ... L'administrateur du territoire de Djugu":
    the territory is named twice, but the chain of the lead says the article's place is the chiefdom; an
    act told with no place of its own (the arrests) is coded there, not at the territory's centre."""
    events = _news(pipeline, "Des miliciens ont incendié lundi une quarantaine de maisons dans la chefferie des "
                             "Walendu Pitsi, territoire de Djugu, en Ituri. L'administrateur du territoire de Djugu "
                             "a condamné ces violences. Mercredi, des soldats ont interpellé trois suspects.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(haversine_km(e.place.lat, e.place.lon, 1.65, 30.55) < 10 for e in arrests)


@pytest.mark.xfail(strict=False, reason="taken out (fr36): the rule lifted fr_dev, a tune set, and no check half")
def test_a_province_in_an_officers_title_leaves_the_act_to_the_article_s_place(pipeline):
    """"Un porte-parole des militaires en Ituri a annoncé la saisie": the province names whose officer speaks; the
    seizure is where the next sentence puts it (a chiefdom of Ituri), not at the province's centre. The
    province named most still gives its own place to the unit of it the article names."""
    events = _news(pipeline, "Un porte-parole des militaires en Ituri a annoncé mardi la saisie de neuf fusils d'assaut. "
                             "L'opération a eu lieu dans la chefferie des Walendu Tatsi, en territoire de Djugu, "
                             "a-t-il précisé. Selon lui, les forces armées en Ituri poursuivent leurs opérations.")
    assert events and all(haversine_km(e.place.lat, e.place.lon, 1.55, 30.30) < 10 for e in events)
