"""Events, types and tolls of ACLED notes (issue 13, en30), on invented notes in ACLED's style.

A person lynched is dead. "Fired on" is an attack, but a helicopter that fires on someone strikes from
the air whatever preposition follows; "shot and wounded" is an attack however the parse reads "shot";
"retook" takes ground back; ground a state regains from no one named is regained from the foreign state
holding it.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides


def _note(pipeline, text: str, day: date):
    return news_of(pipeline, text, lang="en", published=day)


def _one(pipeline, text: str, day: date):
    [event] = _note(pipeline, text, day)
    return event


def test_a_kinsman_wounded_after_a_killing_adds_no_dead(pipeline):
    event = _one(pipeline, "On 11 April 2023, a trader was killed and his brother wounded by gunmen in Jos (Jos North, "
                           "Plateau).", date(2023, 4, 11))
    assert event.fatalities == 1


def test_a_person_lynched_is_one_dead(pipeline):
    event = _one(pipeline, "On 16 May 2023, residents lynched a suspected kidnapper in Kakamega town (Lurambi, "
                           "Kakamega). [size=no report]", date(2023, 5, 16))
    assert event.sub_event_type == "Mob violence"
    assert event.fatalities == 1


def test_fired_on_peacekeepers_is_an_attack_on_them(pipeline):
    event = _one(pipeline, "On 2 August 2023, Hezbollah fighters fired on UN peacekeepers near Shebaa (Hasbaya, "
                           "Nabatieh). No casualties were reported.", date(2023, 8, 2))
    assert event.event_type == "Battles"
    assert sides(event)[0] == "Hezbollah"
    assert sides(event)[1].startswith("UNIFIL")


@pytest.mark.parametrize("preposition", ["on", "at"])
def test_a_helicopter_that_fires_on_someone_strikes_from_the_air(pipeline, preposition):
    event = _one(pipeline, f"On 2 August 2023, a military helicopter fired {preposition} JNIM militants near Boni "
                           "(Douentza, Mopti). Casualties unknown.", date(2023, 8, 2))
    assert event.sub_event_type == "Air/drone strike"


def test_soldiers_who_fire_on_youths_attack_them(pipeline):
    event = _one(pipeline, "On 2 August 2023, Israeli soldiers fired on Palestinian youths near Nablus (Nablus, West "
                           "Bank).", date(2023, 8, 2))
    assert event.sub_event_type == "Attack"
    assert sides(event) == ["Military Forces of Israel (2022-)", "Civilians (Palestine)"]


def test_shot_and_wounded_is_an_attack_whatever_the_parse(pipeline):
    event = _one(pipeline, "On 21 June 2023, an Israeli settler shot and wounded a Palestinian man near the village of "
                           "Burin (Nablus, West Bank).", date(2023, 6, 21))
    assert event.sub_event_type == "Attack"
    assert sides(event) == ["Settlers (Israel)", "Civilians (Palestine)"]


def test_retook_takes_ground_back_from_the_side_named(pipeline):
    event = _one(pipeline, "On 5 October 2023, Ukrainian forces retook Klishchiivka, Donetsk, from Russian forces. "
                           "Casualties unknown.", date(2023, 10, 5))
    assert event.sub_event_type == "Government regains territory"
    assert sides(event) == ["Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)"]


@pytest.mark.xfail(reason="'shell' frames a shelling whatever qualifies it: a rule lifted acled tune only and was taken "
                          "out", strict=True)
def test_an_unexploded_shell_that_goes_off_is_an_explosive(pipeline):
    event = _one(pipeline, "On 3 July 2023, an unexploded mortar shell from past fighting went off in a field near "
                           "Inkhil (As-Sanamayn, Dar'a), injuring a shepherd. No one died.", date(2023, 7, 3))
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 0


# Notes of the kinds the tune half shows weak, each with what an ACLED coder would code:
# (text, day, sub-event type, fatalities (None: not told), actor1, actor2)
NOTES = [
    ("On 12 September 2023, JNIM militants ambushed a FAMa patrol near Boulkessi (Douentza, Mopti). Four soldiers "
     "died; three more were wounded.", date(2023, 9, 12), "Armed clash", 4,
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)"),
    ("On 12 September 2023, Al Shabaab militants detonated a roadside bomb targeting a Somali army convoy near "
     "Wanlaweyn (Wanla Weyn, Lower Shabelle). Two soldiers were killed.", date(2023, 9, 12),
     "Remote explosive/landmine/IED", 2, "Al Shabaab", "Military Forces of Somalia (2022-)"),
    ("On 19 January 2023, police arrested a journalist in Harare (Harare) for publishing a report on corruption.",
     date(2023, 1, 19), "Arrests", None, "Police Forces of Zimbabwe (2017-)", "Civilians (Zimbabwe)"),
    ("On 28 November 2023, Russian forces shelled Kherson city, Kherson. Two civilians died and four more were hurt.",
     date(2023, 11, 28), "Shelling/artillery/missile attack", 2, "Military Forces of Russia (2000-)",
     "Civilians (Ukraine)"),
    ("On 5 May 2023, a mob torched the home of a woman accused of witchcraft in Kisii town (Kitutu Chache South, "
     "Kisii). No injuries were reported. [size=no report]", date(2023, 5, 5), "Mob violence", None,
     "Rioters (Kenya)", "Civilians (Kenya)"),
    ("On 22 May 2023, suspected ADF militiamen attacked Mukondi village (Beni, Nord-Kivu) with machetes, killing 12 "
     "civilians.", date(2023, 5, 22), "Attack", 12, "ADF: Allied Democratic Forces",
     "Civilians (Democratic Republic of Congo)"),
    ("On 9 June 2023, unidentified gunmen shot dead a police officer in Dera Ismail Khan (Dera Ismail Khan, KP).",
     date(2023, 6, 9), "Armed clash", 1, "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2022-2024)"),
    ("On 30 March 2023, hundreds of students demonstrated in Dhaka (Dhaka) to demand justice for a classmate who was "
     "killed in a road accident. [size=hundreds]", date(2023, 3, 30), "Peaceful protest", None,
     "Protesters (Bangladesh)", None),
    ("On 17 August 2023, Sudanese Armed Forces (SAF) airstrikes hit a market in Nyala (Nyala, South Darfur), killing 6 "
     "civilians.", date(2023, 8, 17), "Air/drone strike", 6, "Military Forces of Sudan (2019-)", "Civilians (Sudan)"),
    ("On 14 February 2023, gunmen abducted three traders on the road between Birnin Gwari and Funtua (Birnin-Gwari, "
     "Kaduna).", date(2023, 2, 14), "Abduction/forced disappearance", None, "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)"),
    ("On 1 December 2023, a Syrian army soldier died when an IED went off beside his vehicle near Palmyra (Tadmor, "
     "Homs).", date(2023, 12, 1), "Remote explosive/landmine/IED", 1, "Unidentified Armed Group (Syria)",
     "Military Forces of Syria (2000-)"),
    ("On 7 February 2023, around 50 climate activists protested in Brisbane (Queensland) against a new gas project. "
     "Police arrested six of them for blocking traffic. [size=around 50]", date(2023, 2, 7),
     "Protest with intervention", None, "Protesters (Australia)", "Police Forces of Australia (2022-)"),
    ("On 26 October 2023, Houthi forces fired a ballistic missile at Eilat, Israel. The missile was intercepted.",
     date(2023, 10, 26), "Disrupted weapons use", None, "Military Forces of Israel (2022-)",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
]
STILL_WRONG = {
    "Brisbane": "blocking traffic named as the arrests' charge reads as the riot's act (a rule lifted tune only)",
    "Eilat": "an interception told in the passive leaves the launcher as actor1 and the defender unnamed (sides)",
}


def _params():
    out = []
    for note in NOTES:
        cause = next((why for key, why in STILL_WRONG.items() if key in note[0]), None)
        out.append(note if cause is None else pytest.param(*note, marks=pytest.mark.xfail(reason=cause, strict=True)))
    return out


@pytest.mark.parametrize("text, day, sub_type, toll, actor1, actor2", _params())
def test_a_note_is_coded_as_an_acled_coder_would(pipeline, text, day, sub_type, toll, actor1, actor2):
    event = _one(pipeline, text, day)
    assert (event.sub_event_type, event.event_date, event.fatalities or None) == (sub_type, day, toll)
    assert sides(event) == [actor1, actor2]


def test_retook_with_no_side_named_is_from_the_foreign_state_holding_the_ground(pipeline):
    event = _one(pipeline, "On 10 September 2022, Ukrainian forces retook Balakliia, Kharkiv.", date(2022, 9, 10))
    assert event.sub_event_type == "Government regains territory"
    assert sides(event) == ["Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)"]
