"""Classes of French war and protest reports: fire on a crowd, weapons shot down, a wave of strikes
on several towns, and an attack named only as what a decision followed."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated




@pytest.mark.parametrize("text", [
    "Des manifestants ont été tués mardi à Niamey lorsque la police a ouvert le feu sur la foule.",
    "La police a ouvert le feu mardi sur des manifestants à Niamey, tuant deux personnes.",
    "Les forces de l'ordre ont tiré à balles réelles sur les manifestants mardi à Niamey, faisant trois morts.",
])
def test_fire_on_a_crowd_is_excessive_force_against_protesters(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Excessive force against protesters"
    assert {e.actor1.name, e.actor2.name} == {"Police Forces of Niger (2023-)", "Protesters (Niger)"}


@pytest.mark.parametrize("text", [
    "La défense aérienne a abattu mardi douze drones au-dessus de Kiev.",
    "Mardi, douze missiles ont été interceptés au-dessus de Kiev.",
])
def test_drones_shot_down_are_disrupted_weapons_not_killings(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Disrupted weapons use" and not e.fatalities


def test_a_wave_of_strikes_on_distant_towns_is_one_event_per_town(pipeline):
    text = "Mardi, des frappes de missiles ont été signalées à Dnipro, à Lviv et à Odessa."
    events = _dated(_code(pipeline, text))
    assert sorted(e.place.name for e in events) == ["Dnipro", "Lviv", "Odesa"]
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}


@pytest.mark.parametrize("text", [
    "Mardi, l'armée a bombardé Kalehe, Sud-Kivu.",
    "Kinshasa a accusé mardi Kigali d'avoir bombardé des positions de l'armée à Goma.",
])
def test_a_town_and_its_province_or_a_capital_for_its_government_is_no_second_strike(pipeline, text):
    assert len(_code(pipeline, text)) == 1


def test_missiles_shot_down_told_later_leave_the_strikes_that_hit(pipeline):
    text = ("Mardi, la Russie a lancé des frappes de missiles sur Lviv. Une centrale électrique a été endommagée. "
            "Les habitants ont été invités à rester dans des abris. Plusieurs missiles ont été abattus, "
            "selon l'armée de l'air.")
    kinds = sorted(e.sub_event_type for e in _dated(_code(pipeline, text)))
    assert kinds == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Le gouvernement a décrété mardi trois jours de deuil national à la suite du massacre de Beni.",
    "Le ministre est arrivé mardi à Beni suite aux attaques de la semaine dernière.",
])
def test_an_attack_named_as_what_a_decision_followed_is_background(pipeline, text):
    assert not _dated(_code(pipeline, text))


def test_rioters_then_the_protesters_the_police_dispersed_are_one_crowd(pipeline):
    text = ("Des jeunes en colère ont érigé des barricades mardi à Goma pour protester contre l'insécurité. "
            "La police a dispersé les manifestants à coups de gaz lacrymogènes.")
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor2.name == "Police Forces of the Democratic Republic of Congo (2019-)"


def test_a_strike_with_its_toll_and_drones_aimed_at_a_town_are_strikes(pipeline):
    text = ("Une frappe russe a fait au moins cinq morts mercredi à Kharkiv. "
            "Des drones ont aussi visé des infrastructures énergétiques à Odessa.")
    events = _dated(_code(pipeline, text))
    assert sorted((e.place.name, e.event_type) for e in events) == [
        ("Kharkiv", "Explosions/Remote violence"), ("Odesa", "Explosions/Remote violence")]


def test_the_day_before_counts_from_the_day_the_report_is_at(pipeline):
    text = ("Des rebelles ont attaqué un camp militaire lundi 4 mars à Beni. "
            "La veille, des miliciens avaient incendié une école à Butembo.")
    events = {e.place.name: e.event_date for e in _dated(_code(pipeline, text))}
    assert events == {"Beni": date(2024, 3, 4), "Butembo": date(2024, 3, 3)}


def test_a_partys_supporters_fighting_the_police_riot(pipeline):
    text = "Les partisans de l'opposant ont affronté la police mardi devant le siège du parti à Kinshasa."
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Riots" and e.actor1.name == "Rioters (Democratic Republic of Congo)"


def test_gunfire_between_two_forces_is_a_clash(pipeline):
    text = "Des tirs nourris ont été entendus mardi soir à Uvira entre des militaires FARDC et des Wazalendo."
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, forces", [
    ("Les forces russes ont bombardé mardi Kharkiv.", "Military Forces of Russia (2000-)"),
    ("Le chef d'un groupe armé a été tué mardi par les forces françaises au Mali.", "Military Forces of France (2017-)"),
])
def test_forces_a_nation_names_are_its_military(pipeline, text, forces):
    [e] = _dated(_code(pipeline, text))
    assert e.actor1.name == forces


def test_political_forces_are_no_army(pipeline):
    [e] = _dated(_code(pipeline, "Les forces politiques de l'opposition ont manifesté mardi à Kinshasa."))
    assert e.actor2 is None


@pytest.mark.parametrize("text", [
    "Mardi à Khartoum, le chef de la junte a dissous le régime civil et arrêté plusieurs ministres.",
    "Mardi à Khartoum, le gouvernement civil a été renversé et plusieurs ministres ont été arrêtés.",
])
def test_a_civilian_government_is_no_civilian_actor(pipeline, text):
    events = _dated(_code(pipeline, text))
    assert events and all(e.actor1 is None or e.actor1.name != "Civilians (Sudan)" for e in events)


def test_a_named_force_after_elements_is_that_force(pipeline):
    [e] = _dated(_code(pipeline, "Des éléments FARDC ont tué trois civils mardi à Kalehe."))
    assert e.actor1.name == "Military Forces of the Democratic Republic of Congo (2019-)"


def test_an_angry_crowd_burning_a_man_alive_is_mob_violence(pipeline):
    [e] = _dated(_code(pipeline, "La population en colère a brûlé vif un présumé voleur mardi à Butembo."))
    assert e.sub_event_type == "Mob violence" and e.actor1.name == "Rioters (Democratic Republic of Congo)"


def test_an_attacked_aid_convoy_is_the_attacks_target_not_a_delivery(pipeline):
    text = "Des rebelles ont attaqué mardi un convoi humanitaire près de Rutshuru, blessant deux humanitaires."
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Violence against civilians"
