"""Events, sub-event types and tolls of ACLED notes never seen (issue 13), on invented notes in ACLED's style.

A bomb followed by an assault on armed men is one armed clash; a gang's takeover is an overtaking unless the
note says it was peaceful; a plan's word inside an operation's name tells no plan; the toll a note says it
codes is the event's.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


def _note(pipeline, text: str, day: date):
    return news_of(pipeline, text, lang="en", published=day)


@pytest.mark.parametrize("text, day", [
    ("On 12 March 2022, Al-Shabaab militants detonated a car bomb at the gate of an SNA base in Bulo Burto "
     "(Hiraan), then stormed the base and fought the soldiers for two hours. Casualties unknown.", date(2022, 3, 12)),
    ("On 3 May 2022, ISWAP fighters exploded a VBIED at the entrance of a military camp in Malam Fatori "
     "(Abadam, Borno) before storming it and clashing with Nigerian army troops.", date(2022, 5, 3)),
    ("On 20 August 2022, Taliban militants set off a truck bomb near a police checkpoint in Ghazni city (Ghazni) "
     "and then attacked the post, exchanging fire with the police for hours.", date(2022, 8, 20)),
    ("On 4 July 2022, Al Shabaab militants detonated a car bomb at the entrance of an AMISOM base in Bariire "
     "(Afgooye, Lower Shabelle). Militants then stormed the base and fought the soldiers.", date(2022, 7, 4)),
    ("On 17 May 2022, ADF militiamen detonated an IED near a FARDC position in Mukondi (Beni, Nord-Kivu), then "
     "attacked the soldiers. The FARDC repelled the attack.", date(2022, 5, 17)),
])
def test_a_bomb_followed_by_an_assault_on_armed_men_is_an_armed_clash(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, day", [
    ("On 5 June 2022, a JNIM IED exploded as a FAMa convoy drove past Boni (Douentza, Mopti), killing two "
     "soldiers.", date(2022, 6, 5)),
    ("On 30 May 2022, JNIM militants ambushed a FAMa convoy with an IED near Diafarabe (Tenenkou, Mopti), "
     "killing three soldiers.", date(2022, 5, 30)),
    ("On 30 May 2022, four soldiers were killed in an IED ambush by suspected ISWAP militants near Gwoza "
     "(Borno).", date(2022, 5, 30)),
    ("On 22 March 2022, militants detonated a roadside bomb targeting a police vehicle near Bannu (KP), "
     "killing two policemen.", date(2022, 3, 22)),
])
def test_a_bomb_with_no_assault_after_it_stays_a_remote_explosive(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, day", [
    ("On 8 April 2022, members of the G9 gang took control of the Bel Air neighbourhood in Port-au-Prince "
     "(Ouest).", date(2022, 4, 8)),
    ("On 15 June 2022, CJNG members took over the town of Aguililla, Michoacan.", date(2022, 6, 15)),
    ("On 21 July 2022, Barrio 18 gang members took control of the San Jose neighbourhood in San Pedro Sula "
     "(Cortes).", date(2022, 7, 21)),
])
def test_a_gang_taking_ground_overtakes_it(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text, day", [
    ("On 3 September 2022, gang members took control of the Martissant neighbourhood of Port-au-Prince (Ouest) "
     "without a fight after police withdrew.", date(2022, 9, 3)),
    ("On 12 October 2022, members of a cartel took over the town of Tepalcatepec (Michoacan) peacefully, "
     "residents said.", date(2022, 10, 12)),
    ("On 3 May 2022, the M23 took control of Bunagana (Rutshuru, Nord-Kivu).", date(2022, 5, 3)),
])
def test_a_takeover_told_as_peaceful_or_by_rebels_with_no_force_stays_a_transfer(pipeline, text, day):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text, day, sub", [
    ("Property destruction: On 2 May 2022, the Iraqi army destroyed 4 IS tunnels during a sweep under Operation "
     "Solid will across the Wadi al-Tharthar area of Salah al-Din province.", date(2022, 5, 2),
     "Looting/property destruction"),
    ("On 9 June 2022, Iraqi forces arrested three IS suspects during a raid under Operation Iron will near Kirkuk "
     "(Kirkuk).", date(2022, 6, 9), "Arrests"),
])
def test_a_modal_inside_an_operations_name_tells_no_plan(pipeline, text, day, sub):
    [event] = _note(pipeline, text, day)
    assert (event.sub_event_type, event.event_date) == (sub, day)


def test_an_operation_that_will_start_is_still_a_plan(pipeline):
    assert not _note(pipeline, "On 7 April 2022, Iraqi forces said the operation will target IS cells in the "
                     "Hamrin mountains (Salah al-Din).", date(2022, 4, 7))


@pytest.mark.parametrize("text, day, toll", [
    ("On 20 May 2022, suspected Al Shabaab militants ambushed a police patrol near Mandera (Mandera). A police "
     "officer was killed. Two attackers also died in the exchange. Fatalities coded as 3.", date(2022, 5, 20), 3),
    ("On 11 April 2022, Ukrainian troops and Russian forces fought near Izium (Kharkiv). Unspecified casualties "
     "coded as 10.", date(2022, 4, 11), 10),
    ("On 9 February 2022, the army clashed with KNDF fighters near Demoso (Loikaw, Kayah). The KNDF killed four "
     "soldiers and lost one fighter. Fatalities coded as 5.", date(2022, 2, 9), 5),
    ("On 2 March 2022, Houthi forces clashed with Giants Brigades near Harib (Marib) and took two hills. Unclear "
     "fatalities were coded as 10, split between 4 locations.", date(2022, 3, 2), 3),
])
def test_the_toll_a_note_says_it_codes_is_the_events(pipeline, text, day, toll):
    [event] = _note(pipeline, text, day)
    assert event.fatalities == toll


@pytest.mark.parametrize("text, day, toll", [
    ("On 3 February 2022, unidentified gunmen shot at a police checkpoint in Quetta (Balochistan). The policeman "
     "was killed.", date(2022, 2, 3), 1),
    ("On 18 February 2022, suspected ADF militiamen killed the chief of Mangina village (Beni, Nord-Kivu).",
     date(2022, 2, 18), 1),
    ("On 6 January 2022, a mob beat a suspected thief in Kisumu (Kisumu). The man later died in hospital. "
     "[size=no report]", date(2022, 1, 6), 1),
])
def test_one_person_named_with_the_is_a_toll_of_one(pipeline, text, day, toll):
    [event] = _note(pipeline, text, day)
    assert event.fatalities == toll


@pytest.mark.parametrize("text, day, toll", [
    ("On 27 March 2022, a sergeant from infantry battalion 52 was killed by a PDF mine near Kalay (Sagaing).",
     date(2022, 3, 27), 1),
    ("On 25 February 2022, a boy was killed and 2-3 of his relatives were injured when a mortar round exploded in "
     "Sangin (Helmand).", date(2022, 2, 25), 1),
    ("On 22 March 2022, Al Shabaab militants set off an IED near a checkpoint in Jowhar (Middle Shabelle). "
     "The officer was killed and four others were injured.", date(2022, 3, 22), 1),
    ("On 11 May 2022, gunmen attacked a bus near Kaduna (Kaduna), killing 2 and injuring 6.", date(2022, 5, 11), 2),
])
def test_a_units_number_and_the_wounded_after_a_killing_count_no_dead(pipeline, text, day, toll):
    [event] = _note(pipeline, text, day)
    assert event.fatalities == toll


@pytest.mark.parametrize("text, day, toll", [
    ("On 9 March 2022, the Burkinabe army said it neutralised five terrorists and seized arms in the area of Djibo "
     "(Soum, Sahel).", date(2022, 3, 9), 5),
    ("On 14 June 2022, Nigerien soldiers neutralized three bandits near Tillia (Tahoua).", date(2022, 6, 14), 3),
])
def test_armed_men_neutralised_by_troops_are_a_clash_and_its_dead(pipeline, text, day, toll):
    [event] = _note(pipeline, text, day)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", toll)


@pytest.mark.parametrize("text, day, sub", [
    ("On 1 March 2022, Russian troops captured Volnovakha, Donetsk, after a week of fighting. Casualties unknown.",
     date(2022, 3, 1), "Non-state actor overtakes territory"),
    ("On 20 January 2022, Giants Brigades troops fought Houthi forces and took over Harib (Marib). Casualties "
     "unknown.", date(2022, 1, 20), "Non-state actor overtakes territory"),
    ("On 4 April 2022, ISWAP fighters captured Sheikh Abba during a raid near Dikwa (Borno).", date(2022, 4, 4),
     "Abduction/forced disappearance"),
])
def test_a_place_named_as_what_was_taken_is_ground_taken(pipeline, text, day, sub):
    [event] = _note(pipeline, text, day)
    assert event.sub_event_type == sub


@pytest.mark.parametrize("text, day, toll", [
    ("On 20 May 2022, suspected Al Shabaab militants ambushed a police patrol near Mandera (Mandera). A police "
     "officer was killed. Two attackers also died in the exchange.", date(2022, 5, 20), 3),
    ("On 8 August 2022, ADF rebels raided an army post in Kainama (Beni, Nord-Kivu). One soldier died. Four "
     "rebels were also killed by the troops.", date(2022, 8, 8), 5),
])
def test_the_attackers_dead_told_after_the_defenders_add_to_the_fights_toll(pipeline, text, day, toll):
    [event] = _note(pipeline, text, day)
    assert event.fatalities == toll
