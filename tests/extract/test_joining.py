"""ACLED's one-event rule on short English reports written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.types import Article
from tests.extract.reports import news_of

PUBLISHED = date(2024, 5, 8)


_dated = partial(news_of, lang="en", published=PUBLISHED)


def test_one_attack_told_with_several_verbs_is_one_event(pipeline):
    text = ("On 6 May 2024, gunmen attacked the village of Kalo in Mali, killing four villagers "
            "and looting several shops.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"


def test_the_dead_of_a_battle_told_in_the_next_sentence_are_its_toll(pipeline):
    text = ("On 6 May 2024, Malian soldiers clashed with JNIM militants near Gao. "
            "Three militants were killed and two were arrested.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Armed clash"


def test_a_protest_ended_by_arrests_is_a_protest_with_intervention(pipeline):
    text = ("On 6 May 2024, about 200 teachers demonstrated in Dakar, Senegal, to demand higher wages. "
            "Police arrested five of them.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Protest with intervention"


def test_an_event_named_in_passing_does_not_retype_the_one_reported(pipeline):
    text = ("On 6 May 2024, Malian soldiers arrested three traders in Gao in connection with "
            "the bombing of a market.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Arrests"


def test_violence_with_no_demonstration_is_mob_violence(pipeline):
    text = "On 6 May 2024, a mob of residents beat a man accused of theft in Kano, Nigeria."
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")


def test_a_town_taken_without_a_fight_is_a_non_violent_transfer(pipeline):
    text = "On 6 May 2024, rebels took control of the town of Kalo in Mali without a fight."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_a_labelled_report_is_one_event_of_the_labels_type(pipeline):
    text = ("Security measures: On 6 May 2024, in Kawlin township (Sagaing region), Myanmar soldiers fired "
            "artillery rounds into the hills and set up three new checkpoints.")
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert e.why["trigger"] == "Security measures"
    assert e.actor1.name.startswith("Military Forces of Myanmar")


def test_a_labelled_report_without_a_trigger_word_still_gets_its_event(pipeline):
    text = "Non-violent activity: On 6 May 2024, members of a local party hung banners over a bridge in Kawlin town, Myanmar."
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Other")
    assert e.event_date == date(2024, 5, 6)



def test_a_clash_a_crowd_fights_is_a_riot(pipeline):
    text = ("On 6 May 2024, at least 12 people were injured in a clash between supporters of two "
            "candidates in Gashaka, Nigeria.")
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert e.actor1.name == "Rioters (Nigeria)"


def test_people_killed_in_fighting_are_no_crowd_fighting(pipeline):
    text = ("On 6 May 2024, twelve people were killed during fighting between the army and rebels "
            "near Gashaka, Nigeria.")
    assert [e.event_type for e in _dated(pipeline, text)] == ["Battles"]


def test_soldiers_told_again_are_the_forces_named_before(pipeline):
    text = ("On 6 May 2024, Palestinian rioters clashed with Israeli forces in Umm Hassan, near Hebron. "
            "Soldiers fired tear gas canisters at the rioters.")
    [e] = _dated(pipeline, text)
    assert e.event_type == "Riots"
    assert e.actor2.name.startswith("Military Forces of Israel")


def test_overnight_after_a_stated_date_is_that_date(pipeline):
    text = "On 6 May 2024, overnight, a suicide bomber from Al Shabaab detonated explosives in Baidoa, killing 3."
    [e] = _dated(pipeline, text)
    assert e.event_date == date(2024, 5, 6)



def test_one_person_shot_by_gunmen_is_an_attack_on_a_civilian(pipeline):
    text = "On 6 May 2024, in Gashaka, Nigeria, a woman was shot and killed by two armed individuals at her home."
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor2.name) == ("Attack", "Civilians (Nigeria)")


def test_a_deadly_attack_on_a_checkpoint_is_a_clash_not_violence_against_civilians(pipeline):
    text = "On 6 May 2024, Al Shabaab militants attacked a checkpoint near Baidoa, Somalia, killing three."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Armed clash"
    assert e.actor2.name.startswith("Military Forces of Somalia")




def test_people_a_force_fights_are_its_victims_not_a_riot(pipeline):
    text = "On 6 May 2024, Russian forces fought unarmed villagers near Kupiansk, Ukraine."
    assert "Riots" not in [e.event_type for e in _dated(pipeline, text)]



def test_a_state_fighting_civilians_is_no_riot_in_french_either(pipeline):
    text = "Le 6 mai 2024, au lieu de combattre sur le front, la Russie combat des civils à Kharkiv."
    events = pipeline.code(Article(article_id="t", text=text, lang="fr", published=PUBLISHED))
    assert "Riots" not in [e.event_type for e in events]


ONE_EVENT_TYPES = [  # one report, the one sub-event type ACLED gives it
    ("Other news: On 6 May 2024, gunmen attacked the village of Kalo in Mali, killing four villagers.", "Attack"),
    ("On 6 May 2024, M23 rebels took control of Bafwasende village in Nord-Kivu, DR Congo. No clashes were reported.",
     "Non-violent transfer of territory"),
    ("On 6 May 2024, militants detonated a suicide vehicle-borne improvised explosive device (SVBIED) at a hotel "
     "in Mogadishu, Somalia, killing 25 people.", "Suicide bomb"),
    ("On 6 May 2024, security forces used excessive force to violently suppress a peaceful protest of students "
     "in Hebron.", "Excessive force against protesters"),
    ("On 6 May 2024, Al Shabaab militants carried out a mine attack on a Somali army convoy near Baidoa.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text,sub_event_type", ONE_EVENT_TYPES)
def test_a_report_of_one_event_gets_its_sub_event_type(pipeline, text, sub_event_type):
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == sub_event_type


def test_a_range_in_brackets_after_a_date_is_no_date_of_its_own(pipeline):
    text = "Around 6 May 2024 (between 4 - 10 May), in Kawlin township, Myanmar, the military arrested 20 locals."
    [e] = _dated(pipeline, text)
    assert e.event_date == date(2024, 5, 6)



def test_a_stabbing_by_no_armed_group_is_mob_violence_and_a_beating_by_soldiers_an_attack(pipeline):
    [e] = _dated(pipeline, "On 6 May 2024, a man was stabbed after a quarrel outside a bar in Capdepera, Spain.")
    assert (e.sub_event_type, e.actor1.name) == ("Mob violence", "Rioters (Spain)")
    [e] = _dated(pipeline, "On 6 May 2024, soldiers beat two villagers in Kawlin, Myanmar.")
    assert e.sub_event_type == "Attack"


def test_members_of_a_rebel_group_detained_with_no_one_named_are_arrested_not_abductors(pipeline):
    """ "members of X were detained": X is who was arrested, so the event is an arrest, not an abduction by X."""
    text = "On 6 May 2024, members of the Kurdistan Workers Party were detained in Diyarbakir, Turkey."
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor2.name) == ("Arrests", "PKK: Kurdistan Workers Party")


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, Al Shabaab fighters attacked and overran two army checkpoints near Baidoa, Somalia.",
     "Armed clash"),
    ("On 6 May 2024, Al Shabaab fighters captured the town of Bulo Burte in Hiiraan, Somalia.",
     "Non-state actor overtakes territory"),
])
def test_fighting_positions_overrun_are_a_battle_and_a_town_taken_a_change_of_territory(pipeline, text, sub_event_type):
    """ACLED: territory changes hands when a place does, not a checkpoint or a position."""
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, hundreds of students protested in Accra, Ghana, over the arrest of their union leader.",
     "Peaceful protest"),
    ("On 6 May 2024, police arrested a dozen activists in Cairo, Egypt, in anticipation of mass protests.",
     "Arrests"),
    ("On 6 May 2024, police arrested twenty protesters in Accra, Ghana.", "Protest with intervention"),
])
def test_an_arrest_a_protest_answers_is_no_intervention(pipeline, text, sub_event_type):
    """A protest over an arrest, or arrests ahead of a protest: the event named as the other's cause
    is its own event, not the police intervening in the protest."""
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


def test_an_oil_field_seized_by_rebels_is_territory_they_overtake(pipeline):
    text = "On 6 May 2024, rebel fighters seized two oil fields near Brega, Libya."
    assert [e.sub_event_type for e in _dated(pipeline, text)] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, protesters shut down roads and bridges in Basra, Iraq.", "Violent demonstration"),
    ("On 6 May 2024, a tank attack by the rebels hit the village of Kalo in Mali, killing three villagers.",
     "Shelling/artillery/missile attack"),
])
def test_roads_shut_by_protesters_and_tank_fire_get_their_codebook_types(pipeline, text, sub_event_type):
    """ACLED: road-blocking is a violent demonstration; a tank's fire is shelling."""
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


def test_riot_police_chasing_demonstrators_is_an_intervention_not_a_riot(pipeline):
    """ "Riot police" names police, however the parse hangs the two words; chasing a crowd is intervening."""
    text = "Riot police chase demonstrators during a protest in Sfax, Tunisia, on 6 May 2024."
    assert [e.sub_event_type for e in _dated(pipeline, text)] == ["Protest with intervention"]


def test_weapons_found_told_by_a_participle_with_its_own_time_are_disrupted(pipeline):
    """ "the bombs discovered on Friday": a participle with its own time tells the finding as news."""
    text = "Fishermen in Kisumu, Kenya, handed police two rocket bombs discovered on 6 May 2024 near the shore."
    assert "Disrupted weapons use" in [e.sub_event_type for e in _dated(pipeline, text)]


@pytest.mark.parametrize("text", [
    "On 6 May 2024, police broke up a protest by teachers in Nairobi, Kenya.",
    "On 6 May 2024, police used pepper spray on students marching in Santiago, Chile.",
    "On 6 May 2024, police fired stun grenades at demonstrators in Beirut, Lebanon.",
])
def test_a_protest_broken_up_or_met_with_crowd_control_weapons_is_an_intervention(pipeline, text):
    assert [e.sub_event_type for e in _dated(pipeline, text)] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "On 6 May 2024, protesters attacked the convoy of the governor in Kisumu, Kenya.",
    "On 6 May 2024, demonstrators fought with police in Kisumu, Kenya, during a protest over fuel prices.",
    "On 6 May 2024, traders protesting new taxes damaged council vehicles in Kisumu, Kenya.",
])
def test_demonstrators_who_attack_fight_or_wreck_riot(pipeline, text):
    """ACLED: violence by the demonstrators makes a violent demonstration, not a protest met with force."""
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor1.name) == ("Violent demonstration", "Rioters (Kenya)")


def test_demonstrators_attacked_by_police_are_met_with_force(pipeline):
    text = "On 6 May 2024, police attacked protesters in Kisumu, Kenya, injuring twelve of them."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Excessive force against protesters"


def test_men_detained_to_be_conscripted_are_abducted(pipeline):
    """ACLED: detention outside any judicial process, here to fill the army's ranks, is an abduction."""
    text = "On 6 May 2024, regime forces detained a number of young men in Daraa, Syria, for conscription."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_men_detained_on_charges_are_arrested(pipeline):
    text = "On 6 May 2024, regime forces detained five men in Daraa, Syria, on charges of smuggling."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Arrests"


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, government aircraft dropped bombs on the village of Kalo in Mali.", "Air/drone strike"),
    ("On 6 May 2024, militants torched a school near Maiduguri, Nigeria.", "Looting/property destruction"),
    ("On 6 May 2024, Malian soldiers captured the mayor of Kalo in Mali.", "Arrests"),
])
def test_bombs_dropped_schools_torched_and_mayors_captured(pipeline, text, sub_event_type):
    """Bombs dropped from the air are an air strike; armed men burning a building destroy property
    (a riot needs a crowd); a named person captured is taken."""
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


@pytest.mark.parametrize("text,coded", [
    ("On 6 May 2024, unknown people set fire to the offices of the ruling party in Turin, Italy.",
     ("Looting/property destruction", "Unidentified Armed Group (Italy)")),
    ("On 6 May 2024, a journalist was physically attacked by unknown persons in Leipzig, Germany.",
     ("Mob violence", "Rioters (Germany)")),
])
def test_strangers_who_burn_are_an_unidentified_group_and_who_beat_are_rioters(pipeline, text, coded):
    """ACLED: unknown people who set fire or wreck are an unidentified armed group; unknown people who
    beat someone with no weapon told are rioters."""
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor1.name) == coded


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, students protesting tuition fees broke windows of the university in Bogota, Colombia.",
     "Violent demonstration"),
    ("On 6 May 2024, football fans clashed with police in Marseille, France, after the match.", "Mob violence"),
])
def test_windows_broken_by_protesters_and_fans_fighting_police_are_riots(pipeline, text, sub_event_type):
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


def test_a_state_attack_on_no_one_named_is_on_civilians(pipeline):
    text = "On 6 May 2024, Malian soldiers shot dead a herder near Mopti, Mali."
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor2.name if e.actor2 else None) == ("Attack", "Civilians (Mali)")


def test_air_defence_is_the_military_and_a_downed_helicopter_a_clash(pipeline):
    intercepted = "On 6 May 2024, Ukrainian air defense intercepted two Russian cruise missiles over Odesa, Ukraine."
    [e] = _dated(pipeline, intercepted)
    assert e.actor1.name.startswith("Military Forces of Ukraine")
    downed = "On 6 May 2024, Ukrainian forces shot down a Russian helicopter near Kherson, Ukraine."
    assert [e.sub_event_type for e in _dated(pipeline, downed)] == ["Armed clash"]


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, Nigerian troops recovered weapons and ammunition from a bandit camp in Zamfara, Nigeria.",
     "Disrupted weapons use"),
    ("On 6 May 2024, Nigerian troops recovered the town of Baga, Nigeria, from ISWAP.", "Government regains territory"),
])
def test_arms_recovered_are_seized_and_a_town_recovered_is_regained(pipeline, text, sub_event_type):
    assert [e.sub_event_type for e in _dated(pipeline, text)] == [sub_event_type]


def test_caches_an_air_raid_targets_are_no_seizure(pipeline):
    text = ("On 6 May 2024, the Saudi-led coalition conducted six air raids targeting Houthi command centres "
            "and weapons caches near Harad, Yemen.")
    assert [e.sub_event_type for e in _dated(pipeline, text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text,coded", [
    ("On 6 May 2024, members of two parties clashed at Suri, India, during the civic polls. [size=no report]",
     ("Riots", "Rioters (India)")),
    ("On 6 May 2024, around 60 farmers blocked the access to a supermarket in Lyon, France. [size=around 60]",
     ("Protests", "Protesters (France)")),
    ("On 6 May 2024, police arrested 40 opposition supporters who gathered in Harare, Zimbabwe. [size=dozens]",
     ("Protests", "Protesters (Zimbabwe)")),
])
def test_a_note_tagged_with_a_crowd_size_is_a_demonstration(pipeline, text, coded):
    """ACLED tags the notes of demonstrations, and only those, with the crowd's size: the event they
    tell is a protest or a riot, its violence the crowd's."""
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.actor1.name) == coded


@pytest.mark.parametrize("text,actors", [
    ("On 6 May 2024, Russian airstrikes hit rebel positions near Idlib, Syria.", "Military Forces of Russia"),
    ("On 6 May 2024, Turkish drone strikes killed two PKK members near Qamishli, Syria.", "Military Forces of Turkey"),
])
def test_a_nations_name_on_the_strike_says_whose_forces_struck(pipeline, text, actors):
    [e] = _dated(pipeline, text)
    assert e.actor1 is not None and e.actor1.name.startswith(actors)


def test_units_a_nation_names_are_its_military(pipeline):
    text = "On 6 May 2024, Ukrainian forces conducted a drone strike on Russian units near Izium, Ukraine."
    [e] = _dated(pipeline, text)
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Russia")


def test_a_demonstration_note_tells_one_event_and_its_earlier_day_is_background(pipeline):
    """A note tagged with its crowd's size is one event; a clash it says happened the day before is
    background, not a second event."""
    text = ("On 6 May 2024, locals held a sit-in in Nepalgunj, Nepal. The protest came after "
            "a woman died in a clash between locals and the police on 5 May 2024. [size=no report]")
    [e] = _dated(pipeline, text)
    assert e.event_type == "Protests"


def test_a_state_protested_against_is_no_side_of_the_protest(pipeline):
    text = ("On 6 May 2024, workers dismissed by government decree held a protest in Ankara, Turkey. "
            "Police intervened and removed the protesters by force. [size=no report]")
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor1.name) == ("Protest with intervention", "Protesters (Turkey)")
