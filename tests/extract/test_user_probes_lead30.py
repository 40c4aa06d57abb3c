"""Sentences a new user tried (the thirtieth session's lead): dead bodies found with marks of violence are an
attack by an unidentified group, whoever found them; residents who block roads target no one; a second people
joined after the militia's noun ("des miliciens hema et lendu") is the other side; an attack whose author no
one names is by an unidentified armed group."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

MARCH = date(2023, 3, 9)


def _events(pipeline, text, lang="en"):
    return [(e.sub_event_type, e.actor1.name, e.actor2 and e.actor2.name, e.fatalities)
            for e in code(pipeline, text, lang, MARCH) if e.status == "reported"]


def test_bodies_found_with_gunshot_wounds_are_an_attack_by_an_unidentified_group(pipeline):
    text = "On 7 March 2023, the bodies of two shopkeepers with gunshot wounds were found in a field outside Gao."
    assert _events(pipeline, text) == [("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 2)]


def test_who_finds_the_dead_did_not_kill_them(pipeline):
    text = "On 7 March 2023, police found the bodies of four herders riddled with bullets near Gao."
    assert _events(pipeline, text) == [("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 4)]


def test_french_soldiers_who_discover_bodies_are_no_side(pipeline):
    text = "Mardi, des militaires ont découvert les corps de six pêcheurs criblés de balles près de Kalemie."
    assert _events(pipeline, text, "fr") == \
        [("Attack", "Unidentified Armed Group (Democratic Republic of Congo)",
          "Civilians (Democratic Republic of Congo)", 6)]


def test_bodies_found_with_no_mark_of_violence_are_no_attack(pipeline):
    text = "On 7 March 2023, the bodies of nine migrants were recovered from the sea near Zuwara."
    assert _events(pipeline, text) == []


def test_residents_who_block_roads_with_burning_tyres_target_no_one(pipeline):
    text = "On 7 March 2023, residents of Gao blocked the main roads with burning tyres to protest power cuts."
    assert _events(pipeline, text) == [("Violent demonstration", "Rioters (Mali)", None, None)]


def test_a_second_people_after_the_militias_noun_is_the_other_side(pipeline):
    text = "Des miliciens hema et lendu se sont affrontés dimanche près de Fataki, faisant quatre morts."
    assert _events(pipeline, text, "fr") == \
        [("Armed clash", "Hema Ethnic Militia (Democratic Republic of Congo)",
          "Lendu Ethnic Militia (Democratic Republic of Congo)", 4)]


def test_a_shooting_no_one_signs_is_by_an_unidentified_group(pipeline):
    text = ("On 7 March 2023, residents found three young men dead near Tal Abyad (Raqqa). "
            "The men had been shot in the head.")
    events = code(pipeline, text, "en", MARCH)
    assert [e.actor1.name for e in events if e.sub_event_type == "Attack"] == ["Unidentified Armed Group (Syria)"]


def test_an_attack_that_cost_the_lives_of_soldiers_counts_them(pipeline):
    text = "Une embuscade tendue par des jihadistes a coûté la vie à neuf soldats mardi près de Douentza."
    assert [f for *_, f in _events(pipeline, text, "fr")] == [9]


def test_a_place_near_a_village_on_a_road_is_the_village_not_the_roads_end(pipeline):
    text = "Mercredi, des hommes armés ont enlevé trois chauffeurs sur la route Rutshuru-Goma, près de Kibumba."
    events = [e for e in code(pipeline, text, "fr", MARCH) if e.status == "reported"]
    assert [e.place.name for e in events] == ["near Kibumba"]
