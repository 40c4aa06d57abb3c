"""Armed groups as ACLED names them, fifth round (issue 13, session actor5): the acronyms the press writes for
Lashkar-e-Taiba, Jaish-e-Mohammad, Jamaat-ul-Ahrar, Abu Sayyaf and Asaib Ahl al-Haq, the Lord's Resistance Army,
unnamed gunmen a named group claims ("al-Shabaab-linked gunmen") and a marine patrol as the military. Sentences
invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def _bodies(names: list[str | None]) -> list[str | None]:
    """Each side's ACLED name without its period: "Military Forces of India"."""
    return [n.split(" (")[0] if n and n.startswith(("Police", "Military")) else n for n in names]


@pytest.mark.parametrize("text, want", [
    ("LeT militants fired at a patrol on the ridge.", "LeT: Lashkar-e-Taiba"),
    ("Two JeM operatives were arrested at a bus stand.", "JeM: Jaish-e-Mohammad"),
    ("JuA claimed the bombing of the court complex.", "JuA: Jamaat-ul-Ahrar"),
    ("ASG bandits seized three fishermen off the coast.", "Abu Sayyaf Group"),
    ("AAH fighters manned the checkpoints on the highway.", "Asaib Ahl al Haq"),
    ("LRA fighters looted a health centre near the border.", "LRA: Lord's Resistance Army"),
])
def test_a_groups_acronym_names_it(text, want):
    """The acronym the press writes for the group is its ACLED name."""
    assert [a.name for a in find_actors(text, "en")][:1] == [want]


def test_let_as_an_english_word_names_no_group():
    """"Let" and "let" are words: only the acronym's own case names Lashkar-e-Taiba."""
    names = [a.name for a in find_actors("Let the police and the militants talk, the elders said; they let them go.",
                                         "en")]
    assert "LeT: Lashkar-e-Taiba" not in names


@pytest.mark.parametrize("text, want", [
    ("Al-Shabaab-linked gunmen shot dead a clan elder.", "Al Shabaab"),
    ("ADF-affiliated assailants set fire to a health centre.", "ADF: Allied Democratic Forces"),
    ("Abu Sayyaf gunmen fired on a fishing boat.", "Abu Sayyaf Group"),
])
def test_gunmen_a_named_group_claims_are_its_own(text, want):
    """One mention, the group's: no unidentified armed group beside it."""
    assert [a.name for a in find_actors(text, "en")] == [want]


def test_gunmen_who_kill_a_groups_man_stay_unidentified():
    """"an al-Shabaab-linked cleric": the group qualifies the victim, not the gunmen before him."""
    names = [a.name for a in find_actors("Gunmen shot dead an al-Shabaab-linked cleric.", "en")]
    assert names[0] == "Unidentified Armed Group"


def test_linked_gunmen_are_the_group_in_the_event(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, al-Shabaab-linked gunmen shot dead a clan elder outside a market in Jowhar "
                        "(Middle Shabelle).")
    assert _sides(e) == ["Al Shabaab", "Civilians (Somalia)"]


def test_let_militants_in_kashmir_keep_their_name(pipeline):
    """A named group is not the regional label ACLED gives to militants nobody names ("Kashmir Rebels")."""
    [e] = _en(pipeline, "On 1 May 2024, LeT militants fired at a column of soldiers near Uri (Jammu and Kashmir).")
    assert sorted(_bodies(_sides(e))) == ["LeT: Lashkar-e-Taiba", "Military Forces of India"]


def test_a_marine_patrol_is_the_military(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, BIFF militants ambushed a marine patrol near Datu Saudi Ampatuan "
                        "(Maguindanao del Sur).")
    assert _bodies(_sides(e))[1] == "Military Forces of the Philippines"


def test_a_marine_park_is_no_force():
    assert find_actors("Fishermen protested against the new marine park.", "en")[0].name != \
        "Military Forces"
