"""False dated events in French and English general news (frfalse13): a match report's headline or scored sentence
told in words of killing ("les Aigles massacrent les Panthères"), talks a headline says were put off ("peace talks
delayed again"), a withdrawal that is only the topic of a dispute or of a timetable, the displacement a war "caused",
reinforcements sent after the article's attack, a state "is fighting" kinds of foes, the clashes told again by what
they drove people to do. Each text is invented; each
rule keeps a true event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a match report's headline and its scored sentence
    ("Football : les Aigles exécutent les Panthères en demi-finale\n\n"
     "BAMAKO (Agence) - Les Aigles du Mali ont largement dominé le Gabon (4-1) lundi soir, au terme d'un match de "
     "la coupe d'Afrique joué devant un public conquis.\n\n"
     "Le sélectionneur a salué une première période parfaite.", "fr"),
    ("Football : les Fennecs filent en finale\n\n"
     "ALGER (Agence) - Les Fennecs ont exécuté la Tunisie (3-0) lundi soir lors d'un match de qualification.\n\n"
     "Le gardien tunisien a été élu homme du match malgré la défaite.", "fr"),
    ("Eagles through to the final\n\n"
     "LAGOS (Wire) - Nigeria's Super Eagles destroyed Ghana (4-0) on Monday in a one-sided match in Uyo.\n\n"
     "Ghana's coach praised his goalkeeper despite the defeat.", "en"),
    ("India demolish Bangladesh to clinch series\n\n"
     "DHAKA (Wire) - India's spinners bowled Bangladesh out for 87 on Monday to win the second test by an innings, "
     "taking the last six wickets in the final session of the match.\n\n"
     "Bangladesh's batsmen had no answer to the turning ball.", "en"),
    # talks a headline says were put off
    ("Yemen peace talks delayed again as envoy seeks guarantees\n\n"
     "MUSCAT (Wire) - The envoy said on Monday that the delegations would not meet this week, without giving a "
     "new date.", "en"),
    ("Mali : les pourparlers de paix suspendus\n\n"
     "BAMAKO (Agence) - Le gouvernement a suspendu lundi les pourparlers de paix avec les groupes armés du Nord.",
     "fr"),
    # a withdrawal that is only the topic of a dispute or a timetable
    ("Soudan du Sud : les discussions de Nairobi marquent le pas\n\n"
     "NAIROBI (Agence) - Les délégations restent en désaccord sur le retrait des forces ougandaises, ont indiqué "
     "lundi les médiateurs.\n\n"
     "Aucun calendrier n'a été arrêté pour le retrait des soldats étrangers.", "fr"),
    ("Border talks end without deal\n\n"
     "ADDIS ABABA (Wire) - The two delegations ended their talks on Monday still divided over the withdrawal of "
     "troops from the disputed triangle.", "en"),
    # the displacement a war caused
    ("Donors pledge aid for Sahel\n\n"
     "GENEVA (Wire) - Donors pledged $900 million in aid on Monday. The conflict, now in its tenth year, has "
     "killed thousands of people and caused a vast displacement crisis.", "en"),
    # gangs that kidnap: a relative's present, though the tagger reads the verb as a noun
    ("Niger raises police budget\n\n"
     "NIAMEY (Wire) - Parliament raised the police budget on Monday. Most of the new money will go to police units "
     "in the south, home to armed gangs that kidnap for ransom.", "en"),
    # a state that is fighting kinds of foes
    ("Chad passes record defence budget\n\n"
     "N'DJAMENA (Wire) - Chad's parliament passed a record defence budget on Monday. The army is fighting jihadist "
     "fighters around Lake Chad and rebels in the north.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


def test_reinforcements_after_the_attack_answer_it(pipeline):
    told = _told(pipeline, "Haïti : des gangs attaquent Gressier, plusieurs maisons incendiées\n\n"
                           "PORT-AU-PRINCE (Agence) - Des membres d'une coalition de gangs ont attaqué lundi "
                           "plusieurs quartiers de Gressier, au sud de la capitale, tuant au moins trois habitants et "
                           "incendiant des maisons, selon la mairie.\n\n"
                           "Des familles ont fui vers Léogâne. La police a indiqué avoir envoyé des renforts.")
    assert "Attack" in told and "Change to group/activity" not in told


@pytest.mark.parametrize("text, lang", [
    ("RDC : combats entre l'armée et des miliciens près de Walikale\n\n"
     "GOMA (Agence) - Des combats ont opposé lundi l'armée congolaise à des miliciens Raïa Mutomboki près de "
     "Walikale, selon des sources locales.\n\n"
     "Les affrontements ont poussé des centaines de familles à fuir vers la forêt.", "fr"),
    ("Army and militia clash near Walikale\n\n"
     "GOMA (Wire) - Congolese soldiers clashed with Raia Mutomboki militiamen near Walikale on Monday, local "
     "sources said.\n\n"
     "The clashes forced hundreds of families to flee into the forest.", "en"),
])
def test_the_fights_consequence_is_the_fight_told(pipeline, text, lang):
    told = _told(pipeline, text, lang)
    assert told.count("Armed clash") == 1 and "Mob violence" not in told


@pytest.mark.parametrize("text, lang, sub", [
    # a shooting at a match, told in a match report's headline
    ("Gunmen kill five fans at Mogadishu football match\n\n"
     "MOGADISHU (Wire) - Gunmen opened fire on Monday on fans watching a football match between two local clubs, "
     "killing five people, police said. The home side had been leading (2-1) at half-time.", "en", "Attack"),
    # a headline's passive of an act that is no calling off
    ("Truce signed in Juba\n\n"
     "JUBA (Wire) - The government and the rebels signed a ceasefire agreement on Monday in Juba.", "en",
     "Agreement"),
    # militants a past clause tells of
    ("Gunmen storm hotel in Mogadishu\n\n"
     "MOGADISHU (Wire) - Al Shabaab gunmen stormed a hotel in Mogadishu on Monday. Somali troops are battling "
     "militants who stormed the building, police said.", "en", "Armed clash"),
])
def test_a_true_event_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)


def test_reinforcements_with_no_attack_before_stay(pipeline):
    told = _told(pipeline, "Niger : l'armée envoie des renforts à Diffa\n\n"
                           "NIAMEY (Agence) - L'armée a dépêché lundi des renforts à Diffa pour sécuriser la "
                           "rentrée scolaire, a annoncé le ministère de la Défense.")
    assert told == ["Change to group/activity"]
