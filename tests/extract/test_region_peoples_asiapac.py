"""Who is who in the notes of Indonesia's Papua and Kosovo (issue 13, asiapac): "Papuans" are Indonesia's
people, not Papua New Guinea's; Serbs of Kosovo are Kosovo's crowds and civilians, as Bosnian Serbs are Bosnia's;
KFOR is its own force. Sentences are invented; names and conventions are general facts of ACLED's actor list."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

DAY = date(2023, 9, 2)


def first(pipeline, text: str):
    events = news_of(pipeline, text, "en", DAY)
    assert events, text
    return events[0]


def test_papuans_are_indonesias(pipeline):
    e = first(pipeline, "On 1 September 2023, police broke up a rally of Papuan students in Nabire with tear gas.")
    assert e.actor1.name == "Protesters (Indonesia)"


def test_serbs_of_kosovo_are_kosovos(pipeline):
    e = first(pipeline, "On 1 September 2023, hundreds of Serb residents rallied in Leposavic against the "
                        "arrest of a local official.")
    assert e.actor1.name == "Protesters (Kosovo)"


def test_serbs_in_serbia_stay_serbias(pipeline):
    """Guard: the same crowd in Serbia is Serbia's."""
    e = first(pipeline, "On 1 September 2023, hundreds of Serb residents rallied in Kragujevac against the "
                        "arrest of a local official.")
    assert e.actor1.name == "Protesters (Serbia)"


def test_kfor_is_its_own_force(pipeline):
    e = first(pipeline, "On 1 September 2023, a crowd threw stones at KFOR soldiers guarding a bridge in "
                        "Mitrovica.")
    assert "KFOR: Kosovo Force" in sides(e)
