"""Sentences a new user tried (the twenty-ninth session's lead): herders who attack a village are a
communal militia, named after the people the French word names; an attack on a camp of displaced people
happened where the camp stands; a source phrase naming a statement no longer loses the act; a participle before its noun ("12 detained soldiers") tells
who they are, not an arrest; a hand-over of people is no transfer of territory; supporters who march
for a cause protest; ground retaken "from the rebels" is ground, not people freed; a party's activists a
rival party's supporters beat are civilians, the mob has its party beside it; a strike a headline or a
later sentence tells again keeps the means its first full telling names."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

JANUARY = date(2024, 1, 9)


def _sides(events):
    return [(e.sub_event_type, e.actor1.name, e.actor2 and e.actor2.name) for e in events if e.status == "reported"]


def test_herders_who_attack_a_village_are_an_ethnic_militia_though_no_farmer_is_named(pipeline):
    text = ("On 7 January 2024, suspected Fulani herders attacked Kwall village in Bassa LGA (Plateau state), "
            "killing 12 residents and burning several houses.")
    assert _sides(code(pipeline, text, "en", JANUARY)) == \
        [("Attack", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")]


def test_french_herders_named_by_their_people_after_the_noun_are_its_ethnic_militia(pipeline):
    text = "Le 7 janvier 2024, des éleveurs peuls ont attaqué un village de l'État du Plateau, tuant 12 habitants."
    assert _sides(code(pipeline, text, "fr", JANUARY)) == \
        [("Attack", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")]


def test_french_militiamen_of_a_people_written_in_lower_case_are_named_as_acled_names_the_people(pipeline):
    text = "Le 7 janvier 2024, des miliciens dogons ont attaqué un village près de Bankass, tuant 12 civils."
    events = code(pipeline, text, "fr", JANUARY)
    assert _sides(events) == [("Attack", "Dogon Ethnic Militia (Mali)", "Civilians (Mali)")]


def test_an_ethnic_militia_written_in_french_takes_acleds_english_name_of_the_people(pipeline):
    text = "Le 7 janvier 2024, des miliciens Peuls ont attaqué un village près de Bankass, tuant 12 civils."
    assert _sides(code(pipeline, text, "fr", JANUARY))[0][1] == "Fulani Ethnic Militia (Mali)"


def test_an_attack_on_a_camp_of_displaced_people_is_placed_where_the_camp_stands(pipeline):
    text = "Le 7 janvier 2024, des miliciens ont attaqué un site de déplacés à Djugu, en Ituri, tuant 12 civils."
    events = [e for e in code(pipeline, text, "fr", JANUARY) if e.status == "reported"]
    assert [e.place.name for e in events] == ["Djugu"]


def test_people_displaced_to_a_town_still_do_not_place_the_attack_there(pipeline):
    text = ("Le 7 janvier 2024, des miliciens ont attaqué le village de Tchomia, tuant 12 civils. "
            "Des centaines de familles déplacées à Bunia ont raconté l'attaque.")
    events = [e for e in code(pipeline, text, "fr", JANUARY) if e.status == "reported"]
    assert events and events[0].place.name == "Tchomia"


def test_a_statement_named_as_the_source_is_no_figure_of_speech(pipeline):
    text = "L'armée malienne a repris la localité de Kidal, selon un communiqué publié par les militaires."
    events = code(pipeline, text, "fr", date(2024, 5, 12))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_verb_that_takes_a_statement_as_its_weapon_is_still_a_figure(pipeline):
    text = "Le ministre a attaqué mardi le gouvernement par un communiqué."
    assert code(pipeline, text, "fr", date(2024, 5, 12)) == []


def test_detained_soldiers_handed_to_the_red_cross_are_no_arrest_and_no_transfer_of_territory(pipeline):
    text = ("On 15 January 2023, members of the Arakan Army handed over 12 detained junta soldiers to the ICRC "
            "in Maungdaw township.")
    events = code(pipeline, text, "en", date(2023, 1, 17))
    assert [e.sub_event_type for e in events if e.status == "reported"] == []


def test_a_handover_of_a_towns_control_is_still_a_transfer_of_territory(pipeline):
    text = "On 15 January 2023, government forces handed over control of the town of Mocimboa to the militia."
    events = code(pipeline, text, "en", date(2023, 1, 17))
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_supporters_who_march_through_a_city_for_a_cause_protest(pipeline):
    text = ("Des centaines de partisans du président ont défilé samedi dans les rues de Kinshasa pour soutenir "
            "l'armée. La marche s'est déroulée dans le calme.")
    assert _sides(code(pipeline, text, "fr", date(2024, 5, 20))) == \
        [("Peaceful protest", "Protesters (Democratic Republic of Congo)", None)]


def test_soldiers_who_parade_on_a_national_day_do_not_protest(pipeline):
    text = "Les soldats ont défilé samedi dans les rues de Bamako pour la fête de l'indépendance."
    assert code(pipeline, text, "fr", date(2024, 5, 20)) == []


def test_ground_retaken_from_rebels_named_after_it_is_still_ground(pipeline):
    text = "Les FARDC ont repris mardi la cité de Kitshanga aux rebelles du M23."
    assert _sides(code(pipeline, text, "fr", date(2024, 5, 12))) == \
        [("Government regains territory", "Military Forces of the Democratic Republic of Congo (2019-)",
          "M23: March 23 Movement")]


def test_hostages_freed_with_no_ground_named_are_no_ground_taken(pipeline):
    text = "L'armée a libéré des dizaines d'otages mardi à Kitshanga."
    events = code(pipeline, text, "fr", date(2024, 5, 12))
    assert not any(e.sub_event_type == "Government regains territory" for e in events)


def test_a_partys_activists_a_rival_partys_supporters_beat_are_civilians(pipeline):
    text = "On 9 October 2022, ZANU-PF youths beat up two CCC activists in Gokwe."
    events = [e for e in code(pipeline, text, "en", date(2022, 10, 11)) if e.status == "reported"]
    assert _sides(events) == [("Mob violence", "Rioters (Zimbabwe)", "Civilians (Zimbabwe)")]
    assert [a.name for a in events[0].assoc_actor_1] == ["ZANU-PF: Zimbabwe African National Union-Patriotic Front"]


def test_two_partys_supporters_who_clash_are_both_rioters(pipeline):
    text = "On 9 October 2022, ZANU-PF and CCC supporters clashed in Gokwe, injuring four."
    assert _sides(code(pipeline, text, "en", date(2022, 10, 11))) == \
        [("Mob violence", "Rioters (Zimbabwe)", "Rioters (Zimbabwe)")]


def test_a_headlines_bare_strike_takes_the_means_the_body_names(pipeline):
    text = ("Ukraine : une frappe russe sur Kharkiv fait trois morts\n"
            "Une frappe de missile russe a touché samedi soir un immeuble de Kharkiv, faisant trois morts.")
    events = [e for e in code(pipeline, text, "fr", date(2024, 11, 3)) if e.status == "reported"]
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_strike_told_again_keeps_the_means_told_first(pipeline):
    text = ("Une frappe de missile russe a touché samedi soir un immeuble de Kharkiv, faisant trois morts. "
            "La frappe a aussi endommagé une école.")
    events = [e for e in code(pipeline, text, "fr", date(2024, 11, 3)) if e.status == "reported"]
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_warplanes_and_artillery_on_one_village_are_still_an_air_strike(pipeline):
    text = ("Des avions russes ont bombardé samedi le village de Tetkino, puis l'artillerie a pilonné ses abords, "
            "tuant deux civils.")
    events = [e for e in code(pipeline, text, "fr", date(2024, 11, 3)) if e.status == "reported"]
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
