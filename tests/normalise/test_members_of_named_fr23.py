"""A generic word for armed men before the group they belong to names that group (fr23): "des membres de gangs
de la coalition X" are X's, not an unidentified gang beside X; the same for rebels, gunmen and militants, in
French and English."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors

NAMED = [
    ("fr", "Des membres de gangs de la coalition Viv Ansanm ont pillé jeudi un dépôt de carburant à Cabaret.",
     "membres de gangs de la coalition Viv Ansanm", "Viv Ansanm"),
    ("fr", "Des hommes armés du groupe jihadiste JNIM ont incendié vendredi l'école de Sollé.",
     "hommes armés du groupe jihadiste JNIM", "JNIM: Group for Support of Islam and Muslims"),
    ("fr", "Selon la société civile, les miliciens de la CODECO ont enlevé deux pêcheurs près de Tchomia.",
     "miliciens de la CODECO", "CODECO: Cooperative for Development of Congo"),
    ("fr", "Les rebelles du M23 ont installé samedi une administration parallèle à Rubaya.",
     "rebelles du M23", "M23: March 23 Movement"),
    ("en", "Gunmen from the Islamic State group set fire to a clinic in Dikwa on Friday.",
     "Gunmen from the Islamic State group", "Islamic State"),
    ("en", "The militants of al-Shabaab blew up a telecommunications mast near Garissa.",
     "militants of al-Shabaab", "Al Shabaab"),
]


@pytest.mark.parametrize("lang, text, said, name", NAMED, ids=[n[2] for n in NAMED])
def test_a_generic_word_before_its_group_is_that_group(lang, text, said, name):
    actors = find_actors(text, lang)
    assert [(a.text, a.name) for a in actors if a.inter != 7][:1] == [(said, name)]
    assert not any(a.name.startswith("Unidentified") or a.partisan for a in actors)


KEPT_APART = [
    ("fr", "Les habitants du quartier tenu par le M23 ont fui mardi vers Sake.", "Civilians"),
    ("fr", "Des hommes armés ont attaqué mardi une patrouille du JNIM près de Djibasso.", "Unidentified Armed Group"),
    ("en", "Supporters of the ruling party marched through Kisumu on Saturday.", "Civilians"),
]


@pytest.mark.parametrize("lang, text, first", KEPT_APART, ids=[k[1][:30] for k in KEPT_APART])
def test_other_people_or_a_group_told_apart_stay_their_own(lang, text, first):
    assert find_actors(text, lang)[0].name == first
