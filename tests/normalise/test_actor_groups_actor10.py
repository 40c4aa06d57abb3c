"""Armed groups and their victims as ACLED names them, tenth round (issue 13, session actor10): people of two
nationalities named together are the first one's, and a series of verbs the parse split into a participle on the
subject and the verb after it shares one object, whose nationality the victim keeps. Sentences invented for
these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def test_victims_of_two_nationalities_are_the_first_ones(pipeline):
    """ACLED names the slot after the first nationality of several: Malian traders before Burkinabe ones."""
    [e] = _en(pipeline, "On 1 May 2024, unidentified gunmen attacked Malian and Burkinabe traders near Koro "
                        "(Mopti).")
    assert "Civilians (Mali)" in _sides(e)


def test_two_armies_named_together_keep_their_order(pipeline):
    """A state's forces keep the nearest first, so two armies at war are still each other's foe."""
    [e] = _en(pipeline, "On 1 May 2024, Russian and Ukrainian forces clashed near Vuhledar (Donetsk).")
    assert {n.split(" (")[0] for n in _sides(e)} == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_a_victim_after_a_series_of_three_verbs_keeps_its_nationality(pipeline):
    """"Abducted, interrogated, and released a Cameroonian trader": the trader is the object of the whole series."""
    [e] = _en(pipeline, "On 1 May 2024, presumed ISWAP militants abducted, interrogated, and released a "
                        "Cameroonian trader near Gwoza (Borno).")
    first, second = _sides(e)
    assert first.startswith("Islamic State") and second == "Civilians (Cameroon)"


def test_a_group_abducted_by_a_force_stays_its_victim(pipeline):
    """A participle followed by its own agent is no series: the militants abducted by the army are its victims."""
    [e] = _en(pipeline, "On 1 May 2024, JNIM militants abducted by the army were released near Kantchari (Tapoa).")
    first, second = _sides(e)
    assert first.startswith("Military Forces of Burkina Faso") and second.startswith("JNIM")
