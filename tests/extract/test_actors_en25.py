"""Actors as ACLED names them (issue 13, session en25), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.lang import pack
from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides

PUBLISHED = date(2023, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)


def test_one_armed_man_is_no_mob(pipeline):
    """One man who shoots people is no crowd: in the United States ACLED names him "Sole Perpetrator",
    and the act is an attack, not mob violence."""
    [e] = _en(pipeline, "On 4 March 2023, a man opened fire with a rifle inside a bowling alley in Tulsa (Oklahoma), "
                        "killing two customers. 2 fatalities.")
    assert sides(e) == ["Sole Perpetrator (United States)", "Civilians (United States)"]
    assert e.sub_event_type == "Attack"


def test_one_armed_man_elsewhere_is_an_unidentified_group(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, in Arequipa (Arequipa), a man shot a bus driver with a pistol after an "
                        "argument over the fare. 1 fatality.")
    assert sides(e) == ["Unidentified Armed Group (Peru)", "Civilians (Peru)"]


def test_a_demonym_after_a_force_is_the_next_noun_s():
    """ "IDF soldiers shot a Palestinian man": in English a demonym stands before its noun, so the one
    after "soldiers" is the man's, not the soldiers'."""
    found = find_actors("Troops shot a Palestinian man near Tubas.", pack("en"), "IL")
    assert [a.name for a in found] == ["Military Forces of Israel (2022-)", "Civilians (Palestine)"]
    assert found[0].text == "Troops"


def test_a_nation_s_positions_are_its_military(pipeline):
    """ "shelled Armenian positions": the post a demonym qualifies is that state's forces, the side struck."""
    [e] = _en(pipeline, "On 4 March 2023, Azerbaijani forces shelled Armenian positions near Jermuk (Vayots Dzor). "
                        "No casualties were reported.")
    assert sides(e) == ["Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)"]


def test_a_nation_s_depot_struck_by_its_enemy(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, Ukrainian forces struck a Russian fuel depot in Tokmak (Zaporizhia) with "
                        "HIMARS rockets. Casualties unknown.")
    assert e.actor1.name.startswith("Military Forces of Ukraine")
    assert e.actor2.name.startswith("Military Forces of Russia")


def test_whom_a_victim_served_is_no_side(pipeline):
    """ "a village clerk appointed by the junta": the junta named the clerk to office; he is the civilian
    killed, and the killing is an attack, not a battle with the military."""
    [e] = _en(pipeline, "On 4 March 2023, in Pale township (Yinmabin district, Sagaing region), unknown gunmen shot "
                        "dead a village clerk appointed by the military council. 1 fatality.")
    assert sides(e) == ["Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)"]


def test_a_victim_who_had_made_peace_with_the_regime_is_a_civilian(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, unknown gunmen killed a former rebel commander who had reconciled with the "
                        "regime in Nawa in Daraa. 1 fatality.")
    assert sides(e) == ["Unidentified Armed Group (Syria)", "Civilians (Syria)"]


def test_a_party_member_killed_by_unnamed_men_is_a_civilian(pipeline):
    """ACLED codes a party's member struck by armed men as a civilian; the party fights no battle."""
    [e] = _en(pipeline, "On 4 March 2023, in Bankura (West Bengal), a BJP worker was hacked to death by unidentified "
                        "miscreants near his house. 1 fatality.")
    assert sides(e) == ["Unidentified Armed Group (India)", "Civilians (India)"]


def test_gunmen_suspected_to_be_a_group_s_members_are_that_group():
    found = find_actors("Gunmen suspected to be members of IPOB set fire to a court in Okigwe.", pack("en"), "NG")
    assert [a.name for a in found] == ["IPOB: Indigenous Peoples of Biafra"]


def test_an_attack_on_a_force_by_no_one_named(pipeline):
    """ "a policeman was killed in an ambush": ACLED names an author for every attack; none told is an
    unidentified armed group."""
    [e] = _en(pipeline, "On 4 March 2023, a policeman was killed in an ambush near Ansongo (Ansongo, Gao). "
                        "1 fatality.")
    assert sorted(sides(e)) == ["Police Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"]


def test_a_force_that_shot_down_a_nation_s_helicopter_fought_that_nation(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, Ukrainian air defence shot down a Russian helicopter near Kupiansk "
                        "(Kharkiv). Casualties unknown.")
    assert e.actor1.name.startswith("Military Forces of Ukraine")
    assert e.actor2.name.startswith("Military Forces of Russia")


def test_soldiers_abducted_by_no_one_named_were_taken(pipeline):
    """ "two soldiers were abducted": the soldiers were taken; they are not the abductors."""
    [e] = _en(pipeline, "On 4 March 2023, two soldiers were abducted near Menaka (Menaka, Menaka).")
    assert sides(e) == ["Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"]


def test_soldiers_who_abduct_stay_the_abductors(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, soldiers abducted two herders near Menaka (Menaka, Menaka).")
    assert sides(e) == ["Military Forces of Mali (2021-)", "Civilians (Mali)"]


def test_raiders_of_a_people_are_its_ethnic_militia(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, Pokot raiders attacked a homestead in Tiaty (Baringo) and drove away "
                        "cattle. 1 fatality.")
    assert e.actor1.name == "Pokot Ethnic Militia (Kenya)"


def test_one_gendarme_is_a_force_like_many():
    found = find_actors("A gendarme was wounded near Kaya.", pack("en"), "BF")
    assert [a.name for a in found] == [find_actors("Gendarmes were wounded near Kaya.", pack("en"), "BF")[0].name]
    assert found[0].name.endswith("(2022-)")


def test_suspects_a_mob_burnt_are_civilians(pipeline):
    """ACLED codes the people a crowd punishes for a crime as civilians, not as the armed group the
    crime's word names."""
    [e] = _en(pipeline, "On 4 March 2023, in Onitsha (Anambra), a mob set ablaze three suspected armed robbers at a "
                        "motor park. 3 fatalities.")
    assert sides(e) == ["Rioters (Nigeria)", "Civilians (Nigeria)"]


def test_a_bomb_defused_by_no_one_named_was_defused_by_the_state(pipeline):
    """Disrupted weapons use is a state's act: with no force named, the country's military defused the
    bomb of an unidentified armed group."""
    [e] = _en(pipeline, "Defusal: On 4 March 2023, a roadside bomb was defused near Baidoa (Baidoa, Bay).")
    assert e.sub_event_type == "Disrupted weapons use"
    assert sorted(sides(e)) == ["Military Forces of Somalia (2022-)", "Unidentified Armed Group (Somalia)"]


def test_a_nation_s_drone_shot_down_is_that_nation_s(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, a Russian drone was shot down over Sumy city (Sumy).")
    assert e.actor1.name.startswith("Military Forces of Ukraine")
    assert e.actor2.name.startswith("Military Forces of Russia")


def test_police_who_intervened_against_the_participants_met_the_protest(pipeline):
    """ "The police intervened against the participants": the crowd the police acted on is the protest's,
    a protest with intervention whose actor2 is the police."""
    events = _en(pipeline, "On 4 March 2023, in Rennes, about 60 farmers demonstrated against the water reservoirs "
                           "project. The police intervened against the participants at the prefecture. [size=about 60]")
    assert any(e.sub_event_type == "Protest with intervention" and
               sides(e) == ["Protesters (France)", "Police Forces of France (2017-)"] for e in events)
