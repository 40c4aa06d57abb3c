"""Sentences a new user tried (the thirty-second session's lead): an armed post told with a nationality is
held by that country's forces; the forces named with the side fought are its associates, and associates
stay with their side when the sides are turned round; a response's means are its own strike."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

APRIL = date(2023, 4, 5)


def _events(pipeline, text, lang="en"):
    return [e for e in code(pipeline, text, lang, APRIL) if e.status == "reported"]


def _pair(e):
    return e.actor1 and e.actor1.name, e.actor2 and e.actor2.name


def test_a_barracks_told_with_its_nationality_is_held_by_that_countrys_army(pipeline):
    text = "Le Hezbollah a tiré mardi des missiles antichars sur une caserne israélienne près de la frontière."
    assert [_pair(e) for e in _events(pipeline, text, "fr")] == [("Hezbollah", "Military Forces of Israel (2022-)")]


def test_an_air_base_told_with_its_nationality_is_held_by_that_countrys_army(pipeline):
    text = "Un drone ukrainien a frappé mardi une base aérienne russe en Crimée."
    assert [_pair(e)[1] for e in _events(pipeline, text, "fr")] == ["Military Forces of Russia (2000-)"]


def test_a_post_on_a_border_named_by_a_demonym_is_not_that_countrys(pipeline):
    text = "On 3 April 2023, Israeli jets struck a position on the Syrian border."
    assert [_pair(e)[1] for e in _events(pipeline, text)] == [None]


def test_the_militia_fought_beside_the_army_is_its_associate(pipeline):
    text = "On 3 April 2023, M23 rebels clashed with the FARDC and Wazalendo fighters in Kitshanga."
    [e] = _events(pipeline, text)
    assert [a.name for a in e.assoc_actor_2] == ["Wazalendo"] and not e.assoc_actor_1


def test_the_french_militia_fought_beside_the_army_is_its_associate(pipeline):
    text = "Les rebelles du M23 se sont emparés dimanche de Kitshanga après des combats avec les FARDC et les Wazalendo."
    [e] = _events(pipeline, text, "fr")
    assert [a.name for a in e.assoc_actor_2] == ["Wazalendo"]


def test_the_police_beside_the_soldiers_who_arrested_protesters_stay_on_their_side(pipeline):
    text = "On 3 April 2023, soldiers and police arrested twelve protesters in Kano."
    [e] = _events(pipeline, text)
    assert e.actor1.name == "Protesters (Nigeria)" and not e.assoc_actor_1 and \
        [a.name for a in e.assoc_actor_2] == ["Police Forces of Nigeria (2015-2023)"]


def test_the_soldiers_beside_the_police_who_fired_tear_gas_stay_on_their_side(pipeline):
    text = "On 3 April 2023, police and soldiers fired tear gas at protesters in Nairobi."
    [e] = _events(pipeline, text)
    assert not e.assoc_actor_1 and [a.name for a in e.assoc_actor_2] == ["Military Forces of Kenya (2022-)"]


def test_a_french_response_by_strikes_is_a_strike_by_the_country(pipeline):
    text = "Le Hezbollah a tiré dimanche des roquettes sur le nord d'Israël. Israël a riposté par des frappes sur le sud du Liban."
    assert ("Military Forces of Israel (2022-)", None) in [_pair(e) for e in _events(pipeline, text, "fr")]


def test_an_english_retaliation_with_strikes_is_a_strike(pipeline):
    text = "Hezbollah fired rockets at northern Israel on Sunday. Israel retaliated with strikes on southern Lebanon."
    assert len(_events(pipeline, text)) == 2


def test_a_supply_convoy_ambushed_is_no_aid_delivered(pipeline):
    text = "Un convoi de vivres est tombé dans une embuscade près de Mambasa dimanche; deux camionneurs ont été tués."
    assert None not in [e.sub_event_type for e in _events(pipeline, text, "fr")]


def test_an_aid_convoy_attacked_is_no_aid_delivered(pipeline):
    text = "On 3 April 2023, gunmen attacked an aid convoy near Bambari, killing a driver."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Attack"]


def test_an_aid_convoy_that_delivers_is_aid(pipeline):
    text = "Un convoi humanitaire a livré dimanche des vivres à Bambari."
    assert [e.sub_event_type for e in _events(pipeline, text, "fr")] == [None]


def test_a_motorcyclist_shot_dead_counts_one(pipeline):
    text = "Des inconnus armés ont tué par balles un motard dimanche soir à Kisangani."
    assert [e.fatalities for e in _events(pipeline, text, "fr")] == [1]


def test_a_clash_whose_sentence_the_parser_cut_before_a_name_keeps_its_day_and_toll(pipeline):
    text = "Des heurts entre membres des communautés Hema et Lendu ont fait cinq morts mardi à Bunia."
    assert [(e.event_date, e.fatalities) for e in _events(pipeline, text, "fr")] == [(date(2023, 4, 4), 5)]


def test_a_french_clash_between_two_named_communities_is_fought_by_their_militias(pipeline):
    text = "Des affrontements entre les communautés Hema et Lendu ont fait deux morts mardi près de Djugu."
    assert [_pair(e) for e in _events(pipeline, text, "fr")] == [
        ("Hema Ethnic Militia (Democratic Republic of Congo)", "Lendu Ethnic Militia (Democratic Republic of Congo)")]


def test_two_peoples_paired_are_no_towns_abroad(pipeline):
    text = "Des heurts entre Nande et Hunde ont fait deux morts mardi à Masisi."
    [e] = _events(pipeline, text, "fr")
    assert e.place.country == "CD" and _pair(e) == (
        "Nande Ethnic Militia (Democratic Republic of Congo)", "Hunde Ethnic Militia (Democratic Republic of Congo)")


def test_a_french_strike_with_a_wave_of_drones_is_an_air_strike(pipeline):
    text = ("Russie : un dépôt en flammes après une attaque de drones\n\nL'Ukraine a frappé dans la nuit de dimanche à "
            "lundi une raffinerie de la région de Koursk avec une vague de drones, selon le gouverneur.")
    assert [e.sub_event_type for e in _events(pipeline, text, "fr")] == ["Air/drone strike"]
