"""ACLED's actor names where the press and ACLED's notes spell them their own ways (issue 13, session act29):
hyphenated particles written apart, and forces and groups the dictionary lacked. Sentences invented for these
tests."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors


def _names(text: str, country: str) -> list[str]:
    return [a.name for a in find_actors(text, "en", country)]


@pytest.mark.parametrize("text, name", [
    ("Fighters of Asaib Ahl al Haq opened fire on a rival checkpoint at dawn.", "Asaib Ahl al Haq"),
    ("Supporters of Tehreek e Labbaik Pakistan blocked a highway for hours.", "TLP: Tehreek-e-Labbaik Pakistan"),
])
def test_a_hyphenated_name_written_with_spaces_is_the_same_group(text, name):
    """ACLED's notes write the particles of Arabic and Urdu names apart ("al Haq"), the press joins them."""
    assert name in _names(text, "IQ" if "Haq" in text else "PK")


@pytest.mark.parametrize("text, country, name", [
    ("Militants ambushed a Frontier Corps convoy on a highway near the border.", "PK",
     "Military Forces of Pakistan"),
    ("Tigrayan forces shelled the outskirts of a market town overnight.", "ET",
     "TPLF: Tigray People's Liberation Front"),
    ("PJAK militants clashed with border troops in the mountains.", "IR", "PJAK: Kurdistan Free Life Party"),
    ("FPAC fighters took control of several hamlets along the river.", "CD",
     "FPAC: Ituri Self-Defense Popular Front (Zaire)"),
])
def test_forces_and_groups_acled_names(text, country, name):
    assert any(n.startswith(name) for n in _names(text, country))


def test_the_frontier_corps_is_a_unit_of_pakistans_military():
    [name] = [n for n in _names("Gunmen fired at Frontier Corps personnel at a checkpoint.", "PK") if "Military" in n]
    assert name.endswith(" Frontier Corps")
