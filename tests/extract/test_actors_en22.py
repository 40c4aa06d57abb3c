"""Actors as ACLED names them (issue 13, session en22), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.lang import pack
from sitrep.normalise.actors import find_actors, front_area_holder
from tests.extract.reports import news_of, sides

PUBLISHED = date(2022, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)


def test_a_label_right_after_a_groups_name_is_that_group():
    """ "Houthi fighters": the label is the group's own noun, one mention of the group, not a second actor."""
    found = find_actors("On 5 March 2022, Houthi fighters shelled Hays.", pack("en"), "YE")
    assert [(a.name, a.text) for a in found] == [
        ("Military Forces of Yemen (2016-) Supreme Political Council", "Houthi fighters")]


def test_a_second_party_named_in_brackets_after_its_noun_is_the_foe_of_a_clash(pipeline):
    """ "JNIM militants and a volunteer fighter (VDP) clashed": the VDP fought JNIM, it is actor2, not
    JNIM's associate."""
    [e] = _en(pipeline, "On 5 March 2022, JNIM militants and a local volunteer (VDP) clashed outside Kaya (Kaya, "
                        "Sanmatenga). Two of the militants died.")
    assert sides(e) == ["JNIM: Group for Support of Islam and Muslims", "VDP: Volunteer for Defense of Homeland"]


def test_the_actor_naming_the_subject_is_actor1(pipeline):
    """ "A Saudi-led coalition ship arrived": the coalition names the thing that arrived, so it is actor1,
    not the military whose vehicles the ship carried."""
    [e] = _en(pipeline, "Movement of forces: On 5 March 2022, a Saudi-led coalition ship carrying military trucks "
                        "arrived at Aden port (Al Mualla, Aden).")
    assert e.actor1.name == "Operation Restoring Hope"


def test_the_group_a_weapon_is_presumed_to_be_of_is_its_author(pipeline):
    """ "a mine, presumably Houthi,": the report's belief names the author, as ACLED codes it, not an
    unidentified armed group."""
    [e] = _en(pipeline, "On 5 March 2022, a mine, presumably Houthi, exploded in Harib district (Marib), killing a "
                        "shepherd. 1 fatality.")
    assert e.actor1.name.startswith("Military Forces of Yemen") and e.actor1.name.endswith("Supreme Political Council")


def test_people_displaced_by_fighting_between_two_sides_are_not_acted_on_by_them(pipeline):
    """ "displaced by fighting between X and Y": X and Y fought each other, they are not the displacement's
    two sides; its people, civilians, are one (ACLED codes them as actor1)."""
    events = _en(pipeline, "Displacement: On 5 March 2022, some 900 residents fled their homes, displaced by fighting "
                           "between AMISOM troops and Al Shabaab militants near Beledweyne (Hiraan).")
    [e] = [e for e in events if e.sub_event_type == "Other"]
    assert "Civilians (Somalia)" in sides(e)


def test_the_ground_a_monitored_front_holds():
    assert front_area_holder("UA", 48.30, 38.05) == "NAF: United Armed Forces of Novorossiya"  # Horlivka
    assert front_area_holder("UA", 48.14, 37.74) is None  # Avdiivka, on the government's side
    assert front_area_holder("RU", 48.30, 38.05) is None


def test_explosions_a_monitor_saw_were_fired_from_across_the_front(pipeline):
    """ACLED codes the OSCE's explosions to the side facing the ground they fell on: Ukraine's military
    for those near Horlivka, which NAF held; NAF for those near Avdiivka."""
    [near_horlivka] = _en(pipeline, "On 5 February 2022, OSCE SMM monitors recorded 6 explosions of unknown "
                                    "weapons near Horlivka.")
    [near_avdiivka] = _en(pipeline, "On 5 February 2022, OSCE SMM monitors recorded 9 explosions of unknown "
                                    "weapons near Avdiivka.")
    assert near_horlivka.actor1.name.startswith("Military Forces of Ukraine")
    assert near_avdiivka.actor1.name == "NAF: United Armed Forces of Novorossiya"


def test_a_labels_verb_is_never_a_word_of_a_groups_name(pipeline):
    """The parse may root a note's sentence on a word of a group's name ("Pyu Saw Htee", rooted on "Saw"):
    the label's event is then read around the sentence's trigger, and the group listed with the military
    is its associate, not the houses' owners."""
    [e] = _en(pipeline, "Property destruction: On 5 March 2022, in Thit Gyi village, Kani township (Yinmarbin "
                        "district, Sagaing region), soldiers and Pyu Saw Htee men torched some twenty houses in "
                        "the morning.")
    assert sides(e) == ["Military Forces of Myanmar (2021-)", "Civilians (Myanmar)"]


def test_the_agent_of_a_passive_is_its_actor1_whatever_qualifies_it(pipeline):
    """ "was shot dead by two plain-clothes police officers": the parse's agent, words between "by" and
    the force notwithstanding."""
    [e] = _en(pipeline, "On 5 March 2022, a delivery driver was shot dead by two plain-clothes police officers in "
                        "Chicago (Illinois). 1 fatality.")
    assert e.actor1 is not None and e.actor1.name.startswith("Police Forces of the United States")


def test_iswap_or_boko_haram_is_acleds_joint_name():
    """ "ISWAP/Boko Haram": a report unsure which of the two acted; ACLED has one actor for that."""
    joint = "Islamic State (West Africa) - Lake Chad Faction and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    for text, lang in (("Troops shelled a Boko Haram/ISWAP camp near Bama.", "en"),
                       ("Des combattants ISWAP/Boko Haram ont attaqué Dikwa.", "fr")):
        assert joint in [a.name for a in find_actors(text, pack(lang), "NG")]


def test_a_quoted_word_the_note_codes_in_brackets_is_the_coded_group(pipeline):
    """ "'local forces' (coded as Giants Brigade)": the quote closing the words does not hide the bracket
    that says whom ACLED coded."""
    [e] = _en(pipeline, "On 5 March 2022, 'local forces' (coded as Giants Brigade) clashed with Houthi fighters near "
                        "Harib (Marib).")
    assert e.actor1.name == "Giants Brigade"


def test_the_civilians_a_bomb_threat_names_are_its_target(pipeline):
    """ "a school with many Black students received a bomb threat": the students are the ones threatened;
    the caller no one names is ACLED's "Sole Perpetrator (United States)"."""
    [e] = _en(pipeline, "Other: On 5 March 2022, classes were cancelled at Lincoln High School, a school with many "
                        "Black students, in Dayton (Ohio), after a bomb threat was made by phone.")
    assert sides(e) == ["Sole Perpetrator (United States)", "Civilians (United States)"]
