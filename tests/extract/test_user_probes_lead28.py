"""Sentences a new user tried (the twenty-eighth session's lead): an agreement's second party past "the
Government of <country>"; a protest coded late has no side acted upon; a battle's supporting shells lend it
no civilians as associates; a group after "of" on what a strike hit is its target; a nation's strike on
forces named before still strikes them."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

JUNE = date(2022, 6, 8)


def test_a_nations_strike_on_forces_named_before_still_strikes_them(pipeline):
    text = "Deux soldats ukrainiens sont morts mardi dans un bombardement russe à Kherson."
    events = code(pipeline, text, "fr", JUNE)
    assert [(e.actor1.name, e.actor2.name) for e in events] == \
        [("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]


def test_a_government_named_with_its_country_and_a_rebel_group_sign_as_the_two_parties(pipeline):
    text = ("On 10 June 2022, the Government of South Sudan and the SPLM-IO signed an agreement on the "
            "unification of forces in Juba.")
    events = [e for e in code(pipeline, text, "en", JUNE) if e.sub_event_type == "Agreement"]
    assert len(events) == 1
    assert events[0].actor1.name.startswith("Government of South Sudan")
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("SPLM/A-IO")


def test_a_gathering_coded_a_protest_late_has_no_side_acted_upon(pipeline):
    text = ("On 15 March 2022, in Dnipro, hundreds of residents formed a human chain in support of Ukrainian "
            "forces. [size=hundreds]")
    events = [e for e in code(pipeline, text, "en", date(2022, 3, 15)) if e.status == "reported"]
    assert [(e.sub_event_type, e.actor1.name, e.actor2) for e in events] == \
        [("Peaceful protest", "Protesters (Ukraine)", None)]


def test_the_civilians_a_supporting_shell_hit_are_no_associate_of_the_army(pipeline):
    text = ("De violents combats ont opposé mardi matin les Forces armées de la RDC (FARDC), appuyées par des "
            "miliciens wazalendo, aux rebelles du M23 sur les collines surplombant Sake, à une vingtaine de "
            "kilomètres à l'ouest de Goma. Des obus sont tombés sur un camp de déplacés de Mugunga, tuant trois "
            "personnes, selon des sources humanitaires.")
    clashes = [e for e in code(pipeline, text, "fr", date(2024, 5, 28)) if e.sub_event_type == "Armed clash"]
    assert clashes
    assert not [a.name for e in clashes for a in e.assoc_actor_1 if a.name.startswith("Civilians")]


def test_the_group_owning_what_a_strike_hit_is_its_target_not_the_killer(pipeline):
    text = "On 25 March 2022, in Tal Abyad (Ar-Raqqa), a Turkish drone targeted a vehicle of the SDF, killing 2 SDF fighters."
    events = [e for e in code(pipeline, text, "en", date(2022, 3, 26)) if e.status == "reported"]
    assert len(events) == 1
    assert events[0].actor2 is not None and "Syrian Democratic Forces" in events[0].actor2.name
