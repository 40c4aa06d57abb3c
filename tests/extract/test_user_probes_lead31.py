"""Sentences a new user tried (the thirty-first session's lead): a day told as the possessor of a noun dates
that noun's act only; taking a town the gazetteer knows is taking ground, whatever the model tagged the name;
a battle no one was read beside is fought by the two armed actors its sentence names; a relative clause in
the passive makes its antecedent the victim; "the previous week" counts from the sentence's own day."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

APRIL = date(2023, 4, 5)


def _events(pipeline, text, lang="en"):
    return [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name, e.event_date)
            for e in code(pipeline, text, lang, APRIL) if e.status == "reported"]


def test_last_months_attack_does_not_date_the_march_for_justice(pipeline):
    text = "On 3 April 2023, residents of Nairobi marched to demand justice for last month's attack on a school."
    assert [e[0::3] for e in _events(pipeline, text)] == [("Peaceful protest", date(2023, 4, 3))]


def test_the_day_owned_by_the_subject_still_dates_the_act(pipeline):
    text = "Sunday's attack on a market in Maiduguri killed five traders."
    assert [e[3] for e in _events(pipeline, text)] == [date(2023, 4, 2)]


def test_capturing_a_town_the_model_calls_an_organisation_is_taking_ground(pipeline):
    text = "On 3 April 2023, Mai-Mai rebels captured Kalemie after fighting with the army."
    assert _events(pipeline, text) == [("Non-state actor overtakes territory", "Mayi Mayi Militia",
                                        "Military Forces of the Democratic Republic of Congo (2019-)", date(2023, 4, 3))]


def test_the_capture_of_a_named_town_is_no_abduction(pipeline):
    text = "On 3 April 2023, the capture of Kalemie by Mai-Mai rebels was reported after fighting with the army."
    assert [e[0] for e in _events(pipeline, text)] == ["Non-state actor overtakes territory"]


def test_capturing_a_person_stays_an_abduction(pipeline):
    text = "On 3 April 2023, Al Shabaab militants captured Sheikh Abdi Farah, a clan elder, in Jowhar."
    assert [e[0] for e in _events(pipeline, text)] == ["Abduction/forced disappearance"]


def test_the_other_side_of_fighting_after_a_capture_is_the_army_named(pipeline):
    text = "Les rebelles Maï-Maï ont pris Kalemie dimanche après des combats avec les FARDC."
    assert _events(pipeline, text, "fr") == [("Armed clash", "Mayi Mayi Militia",
                                              "Military Forces of the Democratic Republic of Congo (2019-)",
                                              date(2023, 4, 2))]


def test_who_was_abducted_in_a_relative_clause_is_the_victim(pipeline):
    text = "On 3 April 2023, a trader who was abducted in Kismayo was released."
    assert [e[1:3] for e in _events(pipeline, text)] == [("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")]


def test_the_previous_week_counts_from_the_sentences_day(pipeline):
    text = "On 3 April 2023, the body of a man who had been abducted the previous week was found in Kismayo."
    assert [e[3] for e in _events(pipeline, text)] == [date(2023, 3, 27)]


def test_a_party_named_with_its_crowd_is_the_crowds_associate(pipeline):
    text = "Des militants de l'UDPS et du PPRD se sont affrontés lundi à Limete, à Kinshasa, faisant plusieurs blessés."
    events = [e for e in code(pipeline, text, "fr", APRIL) if e.status == "reported"]
    assert [[a.name for a in e.assoc_actor_1] for e in events] == [["UDPS: Union for Democracy and Social Progress"]]


def test_members_of_a_named_cartel_are_the_subject_of_the_clash(pipeline):
    text = ("On 3 April 2023, members of the CJNG cartel clashed with Sinaloa cartel gunmen in Frontera Comalapa "
            "(Chiapas), leaving 5 dead.")
    assert [set(e[1:3]) for e in _events(pipeline, text)] == [{"CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel"}]


def test_police_fighting_a_named_gang_is_a_clash(pipeline):
    text = "On 3 April 2023, a Haitian police unit fought with members of the 400 Mawozo gang in Croix-des-Bouquets."
    assert _events(pipeline, text) == [("Armed clash", "Police Forces of Haiti (2021-)", "400 Mawozo", date(2023, 4, 3))]


def test_police_fighting_a_blaze_is_no_clash(pipeline):
    assert _events(pipeline, "On 3 April 2023, police fought a blaze at a market in Kano.") == []


def test_the_targets_fire_back_is_an_event_of_its_own(pipeline):
    text = ("Hezbollah fired anti-tank missiles at an Israeli military post near Metula on Monday. "
            "Israel responded with artillery shelling on southern Lebanon.")
    assert [e[1] for e in _events(pipeline, text)] == ["Hezbollah", "Military Forces of Israel (2022-)"]


def test_cattle_rustlers_who_stab_a_man_are_an_armed_group(pipeline):
    text = "On 3 April 2023, a man was stabbed to death by suspected cattle rustlers in Kapchorwa district."
    assert [e[:3] for e in _events(pipeline, text)] == [("Attack", "Unidentified Armed Group (Uganda)", "Civilians (Uganda)")]


def test_the_gombe_of_a_kinshasa_report_is_kinshasas_commune(pipeline):
    text = ("Kinshasa : un député arrêté par les services de renseignement\n"
            "Le député a été interpellé lundi soir à son domicile de la Gombe par des agents de l'ANR.")
    events = [e for e in code(pipeline, text, "fr", APRIL) if e.status == "reported"]
    assert [(e.place.name, e.place.country) for e in events] == [("Gombe", "CD")]


def test_gombe_alone_stays_nigerias_city(pipeline):
    events = code(pipeline, "On 3 April 2023, a mob lynched a suspected thief in Gombe.", "en", APRIL)
    assert [e.place.country for e in events if e.status == "reported"] == ["NG"]


def test_a_french_weekend_in_the_pluperfect_is_the_last_weekend(pipeline):
    text = ("Des milliers de manifestants s'étaient rassemblés le week-end devant la base française de Niamey "
            "pour réclamer le départ des soldats français.")
    assert [e[3] for e in _events(pipeline, text, "fr")] == [date(2023, 4, 1)]


def test_during_the_weekend_is_the_last_weekend(pipeline):
    text = "Thousands of protesters gathered in Niamey during the weekend to demand the departure of French troops."
    assert [e[3] for e in _events(pipeline, text)] == [date(2023, 4, 1)]


def test_a_peoples_name_killed_in_the_passive_is_one_dead(pipeline):
    text = "Un Palestinien a été tué lundi par des tirs de soldats israéliens à Jénine."
    assert [e.fatalities for e in code(pipeline, text, "fr", APRIL) if e.status == "reported"] == [1]


def test_an_age_after_aged_counts_no_one(pipeline):
    text = "A Palestinian aged 19 was killed by Israeli fire during an army raid in Jenin on Monday."
    assert [e.fatalities for e in code(pipeline, text, "en", APRIL) if e.status == "reported"] == [1]


def test_a_peoples_strike_is_no_person(pipeline):
    text = "An Israeli strike killed civilians in Rafah on Monday."
    assert [e.fatalities for e in code(pipeline, text, "en", APRIL) if e.status == "reported"] == [None]


def test_an_age_before_a_peoples_name_still_counts_one(pipeline):
    text = "A 19-year-old Palestinian man was killed by Israeli fire during an army raid in Jenin on Monday."
    assert [e.fatalities for e in code(pipeline, text, "en", APRIL) if e.status == "reported"] == [1]
