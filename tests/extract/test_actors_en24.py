"""Actors as ACLED names them (issue 13, session en24), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.acled import Inter
from sitrep.lang import pack
from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides

PUBLISHED = date(2023, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)


def test_an_execution_told_after_the_killing_marks_its_killers(pipeline):
    """In Brazil ACLED cannot tell gangs from police militias: unnamed killers whose act the next
    sentence calls an execution are its "Unidentified Gang and/or Police Militia"."""
    [e] = _en(pipeline, "On 4 March 2023, in Nova Iguacu (Rio de Janeiro), a shopkeeper was shot several times "
                        "and killed by three armed individuals who entered his store. Witnesses called the "
                        "killing an execution. 1 fatality.")
    assert sides(e) == ["Unidentified Gang and/or Police Militia", "Civilians (Brazil)"]


def test_unnamed_killers_with_no_mark_stay_an_unidentified_group(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, in Nova Iguacu (Rio de Janeiro), a shopkeeper was shot and killed by "
                        "three armed individuals who entered his store. 1 fatality.")
    assert sides(e) == ["Unidentified Armed Group (Brazil)", "Civilians (Brazil)"]


def test_the_owner_of_what_was_hit_is_no_side(pipeline):
    """ "a grenade at an army owned shop": the army owns the shop; the people hurt in it are the target."""
    [e] = _en(pipeline, "On 4 March 2023, in Mandalay (Mandalay region), unidentified men threw a grenade at an "
                        "army owned shop, injuring two employees and a customer.")
    assert sides(e) == ["Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)"]


def test_an_owner_word_does_not_hide_a_force_named_elsewhere():
    found = find_actors("Soldiers raided a Military owned hotel in Sagaing.", pack("en"), "MM")
    assert [a.text for a in found] == ["Soldiers", "Military"]  # the sentence's reading drops only the owner


def test_a_bracket_coding_a_noun_keeps_the_noun_s_demonym():
    """ "a Turkish drone [coded as military]": the bracket says what the drone was, its demonym whose,
    not the country of the place it struck."""
    found = find_actors("On 5 March 2023, a Turkish drone [coded as military] struck fields near Qamishli.",
                        pack("en"), "SY")
    assert [a.name for a in found] == ["Military Forces of Turkey (2016-)"]


def test_a_bracket_with_no_demonym_before_it_takes_the_place_s_country():
    found = find_actors("On 5 March 2023, a drone [coded as military] struck fields near Qamishli.", pack("en"), "SY")
    assert [a.name for a in found] == ["Military Forces of Syria (2000-)"]


def test_a_party_s_members_who_beat_people_are_rioters(pipeline):
    """ACLED's riots are by "Rioters (country)": a party's members who beat campaigners are rioters with
    the party beside them, never protesters."""
    [e] = _en(pipeline, "On 4 March 2023, members of the Hezbollah party and municipal guards beat up campaign "
                        "volunteers of a rival list in Nabatieh (Nabatieh), while they were handing out leaflets. "
                        "One volunteer was hospitalised. [size=no report]")
    assert e.event_type == "Riots"
    assert e.actor1.name == "Rioters (Lebanon)"
    assert [a.name for a in e.assoc_actor_1] == ["Hezbollah"]


def test_who_did_what_a_crowd_protests_is_no_side_it_met(pipeline):
    """ "in protest against the killing of herders by a militia": the militia is what was protested, the
    police who dispersed the crowd are the side it met."""
    events = _en(pipeline, "On 4 March 2023, residents blocked the Garissa-Modogashe road with burning tyres in "
                           "Garissa town (Garissa, Garissa) in protest against the killing of four herders by a "
                           "militia (coded separately). Police dispersed them with tear gas. [size=no report]")
    [e] = [e for e in events if e.event_type == "Riots"]
    assert e.actor1.name == "Rioters (Kenya)"
    assert e.actor2.inter == Inter.STATE_FORCES and e.actor2.name.startswith("Police Forces of Kenya")


def test_the_group_of_an_attack_a_crowd_protests_is_no_side_it_met(pipeline):
    events = _en(pipeline, "On 4 March 2023, traders blocked the Lodwar-Kakuma road with burning tyres in Lodwar "
                           "town (Turkana, Turkana) in protest against the killing of two drivers in a militia ambush "
                           "last week. Police dispersed them with tear gas. [size=no report]")
    [e] = [e for e in events if e.event_type == "Riots"]
    assert e.actor2.name.startswith("Police Forces of Kenya")


def test_a_mob_that_beats_a_man_is_one_crowd(pipeline):
    """ "rioters attacked and beat up two teenagers": one crowd acting on a person, rioters against civilians, not
    a riot between two crowds."""
    events = _en(pipeline, "On 4 March 2023, in Quibdo (Choco), rioters attacked and beat up two teenagers "
                           "suspected of stealing phones. [size=no report]")
    assert events and all(sides(e) == ["Rioters (Colombia)", "Civilians (Colombia)"] for e in events)


def test_two_crowds_that_clash_are_rioters_on_both_sides(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, in Quibdo (Choco), supporters of two rival football clubs threw bottles "
                        "at one another outside the stadium. [size=no report]")
    assert sides(e) == ["Rioters (Colombia)", "Rioters (Colombia)"]


def test_a_force_named_only_as_hurt_did_not_fight_two_crowds(pipeline):
    """ "clashed with one another ... Police personnel and workers from both sides were injured": the police
    were hurt, not a side; ACLED codes rioters on both sides of the crowds' clash."""
    [e] = _en(pipeline, "On 4 March 2023, workers of the BJP and the Congress clashed with one another with "
                        "stones in Thrissur (Thrissur district, Kerala). Police personnel and workers from both "
                        "sides were injured. [size=no report]")
    assert sides(e) == ["Rioters (India)", "Rioters (India)"]


def test_a_force_the_crowd_fought_stays_its_side(pipeline):
    [e] = _en(pipeline, "On 4 March 2023, in Thrissur (Thrissur district, Kerala), rioters clashed with police "
                        "and threw stones at them. Four policemen were injured. [size=no report]")
    assert sides(e) == ["Rioters (India)", "Police Forces of India (2014-)"]


def test_a_local_militia_is_named_by_its_initials_and_full_name(pipeline):
    """ACLED names a local US militia "MVPT: Mohave Valley Preparedness Team", not the government that
    recruitment is otherwise laid to."""
    [e] = _en(pipeline, "Recruitment: On 4 March 2023, the Mohave Valley Preparedness Team invited new members to a "
                        "gathering in Kingman (Arizona).")
    assert e.actor1.name == "MVPT: Mohave Valley Preparedness Team"
    assert e.actor1.inter == Inter.POLITICAL_MILITIA


def test_the_leading_force_of_a_deployment_is_actor1(pipeline):
    """In Mexico ACLED names the military first in what several forces do together: "400 National Guard and
    500 military elements were deployed" is the military's measure, the National Guard beside it."""
    [e] = _en(pipeline, "Security measures: On 4 March 2023, in Culiacan, Sinaloa, after a wave of killings, more "
                        "than 400 National Guard and 500 military elements were deployed to reinforce the local "
                        "police.")
    assert e.actor1.name.startswith("Military Forces of Mexico")
    assert [a.name for a in e.assoc_actor_1] == ["Police Forces of Mexico (2018-2024) National Guard"]


def test_a_deployment_of_one_force_is_that_force_s(pipeline):
    [e] = _en(pipeline, "Security measures: On 4 March 2023, in Culiacan, Sinaloa, 300 National Guard agents were "
                        "deployed to patrol the city centre.")
    assert e.actor1.name == "Police Forces of Mexico (2018-2024) National Guard"


def test_a_word_of_a_quoted_campaign_title_is_no_side(pipeline):
    """ "as part of the 'Plan Against Gangs' crackdown": the gangs are words of the campaign's title; the
    person arrested is a civilian."""
    [e] = _en(pipeline, "On 4 March 2023, in Santa Tecla, La Libertad, police officers detained the head of the bakers' "
                        "association, accused of illicit association, as part of the 'Plan Against Gangs' crackdown.")
    assert sides(e) == ["Police Forces of El Salvador (2019-)", "Civilians (El Salvador)"]


def test_a_quoted_name_that_is_the_whole_actor_stays():
    from sitrep.extract.arguments import sentence_actors
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline("en")("On 4 March 2023, in Raqqa, the 'Islamic State' attacked a checkpoint of the SDF.")
    [sent] = list(doc.sents)
    assert [a.name for a in sentence_actors(doc, sent, "en", "SY")][:1] == ["Islamic State (Syria)"]
