"""Sentences a new user tried (the twenty-seventh session's lead): a note's opening day belongs to the act
the sentence tells, even when the parse hangs that act on its subject as a clause; a day told inside a
clause about another noun ("protests held in April") is that noun's, not the act's."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news_of, sides

MAY = date(2023, 5, 13)


@pytest.mark.parametrize("text", [
    "Around 12 May 2023, Bahraini police units arrested and interrogated scores of civilians for joining "
    "marches held in January 2023.",
    "Around 12 May 2023, Bahraini police units arrested and interrogated tens of workers for joining "
    "marches held in January 2023.",
])
def test_the_notes_opening_day_dates_its_act_not_the_older_day_of_a_clause(pipeline, text):
    events = [e for e in code(pipeline, text, "en", MAY) if e.sub_event_type == "Arrests"]
    assert events, "the arrest was lost"
    assert events[0].status == "reported"
    assert events[0].event_date == date(2023, 5, 12)


def test_a_clause_about_a_noun_keeps_its_own_older_day(pipeline):
    text = "On 12 May 2023, mourners buried a reporter killed in an air strike in January 2023."
    strikes = [e for e in code(pipeline, text, "en", MAY) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.status != "reported" for e in strikes)


@pytest.mark.parametrize("text,lang", [
    ("Shelling by the rebels killed nine civilians in Kadugli on Saturday, a medical group said on Sunday. "
     "Separately, the army said its jets had struck rebel positions north of the town, killing dozens of fighters.",
     "en"),
    ("Samedi, des tirs d'obus des rebelles ont tué neuf civils à Kadugli, selon un groupe de médecins. "
     "Dans un autre incident, l'armée a affirmé que ses avions avaient frappé des positions rebelles au nord de "
     "la ville, tuant des dizaines de combattants.", "fr"),
])
def test_a_sentence_set_apart_by_its_opening_words_tells_another_event(pipeline, text, lang):
    events = news_of(pipeline, text, lang, date(2024, 6, 9))
    kinds = sorted(e.sub_event_type for e in events)
    assert kinds == ["Air/drone strike", "Shelling/artillery/missile attack"]
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert sides(strike)[0].startswith("Military Forces of Sudan")


WIRE = ("Gunmen kill six villagers in central Nigeria\n\n"
        "JOS, Nigeria, May 12 (Agency) - Gunmen killed six villagers and torched houses in a raid on a farming "
        "settlement in Bokkos local government area of Plateau state, police said on Friday.\n\n"
        "Officers arrived in the area later, a police spokesman said. He did not say who the attackers were.\n\n"
        "Residents said the raid began before dawn and lasted about two hours. Many fled to nearby towns.\n\n"
        "The region has seen repeated raids on farming villages. Local leaders called for more patrols.")


def test_a_wire_story_under_its_headline_is_placed_at_its_bodys_town_not_its_dateline(pipeline):
    [event] = news_of(pipeline, WIRE, "en", date(2023, 5, 12))
    assert event.sub_event_type == "Attack"
    assert event.place is not None and event.place.name == "Bokkos"
    assert event.fatalities == 6


def test_a_definite_noun_names_the_event_of_its_kind_told_before_another(pipeline):
    text = ("Gunmen attacked a farming village near Bokkos on Sunday, killing three people. Police were deployed "
            "to the area on Sunday evening. Residents said the attack lasted about two hours.")
    events = news_of(pipeline, text, "en", date(2023, 5, 15))
    attacks = [e for e in events if e.sub_event_type in ("Attack", "Mob violence", "Armed clash")]
    assert [(e.sub_event_type, e.fatalities) for e in attacks] == [("Attack", 3)]
