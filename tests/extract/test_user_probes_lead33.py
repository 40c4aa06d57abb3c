"""Sentences a new user tried (the thirty-third session's lead): two peoples who fought, each named with its
article, are their ethnic militias; an event referred to after a noun of sequence ("au lendemain du
massacre") was not done by the subject of the sentence that refers to it."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

MAY = date(2024, 5, 15)


def _events(pipeline, text, lang="fr"):
    return [e for e in code(pipeline, text, lang, MAY) if e.status == "reported"]


def _pair(e):
    return e.actor1 and e.actor1.name, e.actor2 and e.actor2.name


def test_two_peoples_who_fought_are_their_militias(pipeline):
    text = "Les Pende et les Tshokwe se sont affrontés dimanche à Tshikapa, faisant six morts."
    assert [_pair(e) for e in _events(pipeline, text)] == [
        ("Pende Ethnic Militia (Democratic Republic of Congo)", "Chokwe Ethnic Militia (Democratic Republic of Congo)")]


def test_two_peoples_with_their_indefinite_articles_are_their_militias(pipeline):
    text = "Des Hema et des Lendu se sont affrontés dimanche près de Djugu, faisant six morts."
    assert [_pair(e) for e in _events(pipeline, text)] == [
        ("Hema Ethnic Militia (Democratic Republic of Congo)", "Lendu Ethnic Militia (Democratic Republic of Congo)")]


def test_the_protesters_did_not_commit_the_massacre_they_marched_after(pipeline):
    text = "Les habitants de Bunia ont manifesté mardi pour dénoncer l'insécurité, au lendemain du massacre de douze civils à Djugu."
    kinds = {e.sub_event_type: _pair(e) for e in _events(pipeline, text)}
    assert "Mob violence" not in kinds and kinds["Peaceful protest"][0] == "Protesters (Democratic Republic of Congo)"


def test_the_ministers_visit_after_a_massacre_dates_no_massacre(pipeline):
    text = "Le ministre s'est rendu mardi à Bunia, au lendemain du massacre de douze civils à Djugu."
    assert _events(pipeline, text) == []


def test_eastern_congo_gives_the_democratic_republics_army(pipeline):
    text = "Fighting broke out in eastern Congo on Sunday between the army and M23 rebels, residents said."
    assert [_pair(e)[0] for e in _events(pipeline, text, "en")] == ["Military Forces of the Democratic Republic of Congo (2019-)"]


def test_an_adf_attack_in_eastern_congo_is_in_the_democratic_republic(pipeline):
    text = "Au moins douze personnes ont été tuées dans l'est du Congo lors d'une attaque des ADF dans la nuit de samedi à dimanche."
    [e] = _events(pipeline, text)
    assert e.place.country == "CD" and e.actor2.name == "Civilians (Democratic Republic of Congo)"


def test_brazzaville_is_a_place_not_a_nationality(pipeline):
    text = "Police fired tear gas at opposition supporters in Brazzaville on Monday."
    [e] = _events(pipeline, text, "en")
    assert e.place.name == "Brazzaville" and e.place.country == "CG"


def test_angry_youths_who_burn_a_police_post_after_killings_riot_against_the_police(pipeline):
    text = "Des jeunes en colère ont incendié lundi le commissariat de Kindu après la mort de trois motards tués par des policiers."
    [e] = _events(pipeline, text)
    assert _pair(e) == ("Rioters (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo (2019-)")
    assert e.fatalities is None


def test_the_dead_a_crowd_answers_are_not_its_victims(pipeline):
    text = "Des jeunes en colère ont saccagé mardi le bureau du chef de secteur à Oicha après la mort de deux commerçants tués par des inconnus."
    [e] = _events(pipeline, text)
    assert e.actor1.name == "Rioters (Democratic Republic of Congo)" and e.fatalities is None


def test_killed_in_air_strikes_the_tagger_misread_is_an_air_strike(pipeline):
    text = "L'armée a tué jeudi une vingtaine de terroristes lors de frappes aériennes dans la région de Tillabéri."
    assert [(e.sub_event_type, e.fatalities) for e in _events(pipeline, text)] == [("Air/drone strike", 20)]


def test_an_air_operation_against_militants_is_an_air_strike(pipeline):
    text = "Les FAMa ont mené jeudi une opération aérienne contre des terroristes près de Tessit, neutralisant une dizaine d'entre eux."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Air/drone strike"]


def test_an_english_air_operation_against_militants_is_an_air_strike(pipeline):
    text = "The army said it killed 20 militants in an air operation near Damboa on Thursday."
    assert [e.sub_event_type for e in _events(pipeline, text, "en")] == ["Air/drone strike"]


def test_an_air_evacuation_is_no_strike(pipeline):
    text = "Une opération aérienne d'évacuation des ressortissants a été organisée jeudi à Khartoum."
    assert _events(pipeline, text) == []


def test_rockets_fired_from_a_neighbouring_country_are_its_unidentified_groups(pipeline):
    text = "Rockets were fired from Lebanon at an Israeli army position near Metula on Tuesday, the Israeli military said."
    assert [_pair(e) for e in _events(pipeline, text, "en")] == [
        ("Unidentified Armed Group (Lebanon)", "Military Forces of Israel (2022-)")]


def test_a_drone_launched_from_another_country_is_its_unidentified_groups(pipeline):
    text = "Un drone lancé depuis le Yémen a frappé vendredi un immeuble à Eilat, blessant deux personnes."
    assert [_pair(e)[0] for e in _events(pipeline, text)] == ["Unidentified Armed Group (Yemen)"]


def test_a_named_shooter_keeps_its_name_whatever_it_fired_from(pipeline):
    text = "Hezbollah said it fired rockets from Lebanon at an Israeli army position near Metula on Tuesday."
    assert [_pair(e)[0] for e in _events(pipeline, text, "en")] == ["Hezbollah"]
