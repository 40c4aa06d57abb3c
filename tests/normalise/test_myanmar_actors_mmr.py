"""Myanmar's resistance as ACLED names it (issue 13, mmr): a numbered PDF battalion is no township's PDF,
"together with" joins an associate, and "joint forces of X and Y" are X and Y's, not the state's. Sentences
are invented; the names are ACLED's conventions."""
from __future__ import annotations

from sitrep import api

PST, MIL = "Pyu Saw Htee", "Military Forces of Myanmar (2021-)"
KNDF, KA = "KNDF: Karenni Nationalities Defense Force", "KNPP/KA: Karenni National Progressive Party/Karenni Army"


def _event(text: str):
    return next(e for e in api.code(text, lang="en", published="2023-06-01") if e.actor1)


def _sides(e) -> tuple[set[str], set[str]]:
    return ({a.name for a in [e.actor1, *e.assoc_actor_1] if a}, {a.name for a in [e.actor2, *e.assoc_actor_2] if a})


def test_a_numbered_battalion_is_the_movement_not_a_township_force():
    e = _event("On 3 May 2023, PDF Battalion 7 detonated a mine under an army truck near Madaya (Mandalay).")
    assert "People's Defense Force - Battalion" not in _sides(e)[0] | _sides(e)[1]
    assert "PDF: People's Defense Force" in _sides(e)[0] | _sides(e)[1]


def test_a_township_pdf_keeps_its_township():
    e = _event("On 3 May 2023, the Budalin PDF ambushed an army column near Budalin (Sagaing).")
    assert "People's Defense Force - Budalin" in _sides(e)[0] | _sides(e)[1]


def test_together_with_joins_an_associate():
    e = _event("On 3 May 2023, army troops together with Pyu Saw Htee militiamen torched houses in Gangaw "
               "(Magway).")
    assert {MIL, PST} <= next(side for side in _sides(e) if MIL in side)


def test_joint_forces_of_named_groups_are_those_groups():
    """Before: "joint forces" stood for the state's army, KNDF its associate, against the Karenni Army."""
    e = _event("On 3 May 2023, joint forces of the KNDF and the Karenni Army clashed with junta troops in "
               "Loikaw (Kayah).")
    one, two = _sides(e)
    rebels = one if KNDF in one else two
    assert {KNDF, KA} <= rebels and MIL not in rebels


def test_joint_forces_alone_stay_the_states():
    e = _event("On 3 May 2023, joint forces clashed with the KNDF in Loikaw (Kayah).")
    one, two = _sides(e)
    assert KNDF in one | two and any(n.startswith("Military Forces of Myanmar") for n in one | two)
