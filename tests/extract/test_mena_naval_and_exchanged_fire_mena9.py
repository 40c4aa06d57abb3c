"""A state's ships as its forces, and an exchange of fire named by its weapon (issue 13, session mena9): "Israeli
naval ships fired shells at the coast" named no side, since no actor word held a navy's ships, and the event was
lost; "exchanged heavy machine gun fire" matched no phrase of an exchange (a noun between the verb and "fire"), so
the machine gun's fire read as shelling where ACLED codes the exchange an armed clash. Sentences are invented; the
actors are ACLED's general names."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _first(pipeline, text, published=date(2024, 3, 5)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return next((e for e in events if e.status in ("reported", "ongoing")), None)


@pytest.mark.parametrize("text,force", [
    ("On 4 March 2024, Israeli warships fired shells at the beach of Khan Younis (Khan Younis), wounding a "
     "fisherman.", "Military Forces of Israel"),
    ("On 4 March 2024, Israeli naval ships shelled the shore north of Rafah (Rafah). No casualties were reported.",
     "Military Forces of Israel"),
])
def test_a_states_ships_are_its_forces(pipeline, text, force):
    e = _first(pipeline, text)
    assert e is not None and e.actor1 is not None and e.actor1.name.startswith(force)


def test_a_ship_struck_stays_the_target(pipeline):
    """A single warship hit by missiles is the side struck, as before: the words are the fleet's, in the plural."""
    e = _first(pipeline, "On 4 March 2024, Houthi forces fired missiles at a US warship in the Red Sea off "
                         "Hodeidah (Al Hudaydah). No casualties were reported.")
    assert e is not None and e.actor1 is not None and e.actor1.name.startswith("Military Forces of Yemen")


@pytest.mark.parametrize("text", [
    "On 4 March 2024, the SNA and the SDF exchanged heavy machine gun fire near Manbij (Aleppo).",
    "On 4 March 2024, rebels and regime forces exchanged mortar fire on the frontline near Saraqib (Idleb).",
])
def test_an_exchange_named_by_its_weapon_is_a_clash(pipeline, text):
    e = _first(pipeline, text)
    assert e is not None and e.sub_event_type == "Armed clash"


def test_fire_of_one_side_stays_shelling(pipeline):
    """Fire one side sends, with no exchange, keeps its weapon's type."""
    e = _first(pipeline, "On 4 March 2024, regime forces fired mortar rounds at the outskirts of Saraqib (Idleb).")
    assert e is not None and e.sub_event_type == "Shelling/artillery/missile attack"
