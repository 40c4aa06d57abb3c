"""South Asia in ACLED's notes, tenth round: a crowd that wrecks a thing a named body owns ("a crowd burned a police
post", "crowds torched the party's office") riots against that body; the owner, named inside what was wrecked, is
the target, not the wrecker. Invented reports."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

RIOT = {"Mob violence", "Violent demonstration"}


def _one(pipeline, text: str):
    [e] = news_of(pipeline, text, lang="en", published=date(2022, 3, 11))
    return e


def test_a_crowd_burning_a_police_post_riots_against_the_police(pipeline):
    e = _one(pipeline, "On 10 March 2022, a crowd burned a police post in Kalaroa (Satkhira) after a detainee "
                       "died there.")
    assert e.sub_event_type in RIOT
    assert e.actor1.name == "Rioters (Bangladesh)"
    assert e.actor2.name.startswith("Police Forces of Bangladesh")


def test_crowds_torching_a_partys_office_are_the_rioters(pipeline):
    e = _one(pipeline, "On 10 March 2022, crowds stormed and torched the BJP office in Sitapur (Uttar Pradesh).")
    assert e.sub_event_type in RIOT
    assert e.actor1.name == "Rioters (India)"


def test_a_named_wrecker_stays_the_wrecker(pipeline):
    """Guard: the police named as who burned, a crowd nowhere: no riot."""
    e = _one(pipeline, "On 10 March 2022, police burned the shop of a suspected smuggler in Kalaroa (Satkhira).")
    assert e.actor1.name.startswith("Police Forces of Bangladesh")
    assert e.sub_event_type not in RIOT


def test_attackers_killed_after_a_groups_attack_are_that_group(pipeline):
    """"four attackers were killed": the word names the men of the attack just told, the group named; the post
    they attacked is the state's."""
    e = _one(pipeline, "On 10 March 2022, TTP militants attacked a checkpoint in Lakki Marwat; three attackers were "
                       "killed in the exchange.")
    assert e.sub_event_type == "Armed clash"
    assert e.actor1.name == "TTP: Tehreek-i-Taliban Pakistan"
    assert e.actor2.name.startswith("Military Forces of Pakistan")


def test_attackers_with_no_group_named_stay_unidentified(pipeline):
    """Guard: no group named in the report, the attackers are ACLED's unidentified armed group."""
    e = _one(pipeline, "On 10 March 2022, unknown attackers shot dead a shopkeeper in Lakki Marwat.")
    assert e.actor1.name == "Unidentified Armed Group (Pakistan)"


def test_an_air_station_attacked_is_the_militarys(pipeline):
    e = _one(pipeline, "On 10 March 2022, BLA fighters attacked a naval air station near Pasni (Gwadar).")
    assert e.sub_event_type == "Armed clash"
    assert e.actor1.name == "BLA: Balochistan Liberation Army"
    assert e.actor2.name.startswith("Military Forces of Pakistan")
