"""False dated events in French and English general news (frfalse11): an agreement that a verb of achieving under
"sans" never reached ("se sont quittées sans parvenir à un accord"), an act dated by a vague count of months or years
back ("il y a plusieurs années", "several months ago"), event nouns that "courant" qualifies as their predicate
("les rapts restent courants"), a place "au cœur des affrontements"; and captives "marched" into a forest are no
protest. Each text is invented; each rule keeps a true event told near the same words. All are published on Tuesday
14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # an agreement that a denied verb of achieving governs
    ("Soudan : fin des discussions de Genève\n\n"
     "GENÈVE (Agence) - Les émissaires des deux camps se sont quittés lundi à Genève sans parvenir à un accord de "
     "trêve, a indiqué le médiateur suisse.", "fr"),
    # a vague count of years or months back
    ("Burundi : un livre sur l'embuscade de Gitega\n\n"
     "BUJUMBURA (Agence) - Un journaliste a présenté lundi un livre consacré à l'embuscade qui a coûté la vie à "
     "douze policiers près de Gitega il y a plusieurs années.", "fr"),
    ("Uganda and Kenya reopen border market\n\n"
     "KAMPALA (Wire) - Officials on Monday reopened a cross-border market shut after deadly clashes between herders "
     "several months ago.", "en"),
    ("Kenya court frees rally organisers\n\n"
     "NAIROBI (Wire) - A court freed on Monday four organisers of a rally at which police shot dead two protesters "
     "several years ago.", "en"),
    # a word of repetition as the predicate
    ("Cameroun : un rapport sur l'insécurité\n\n"
     "YAOUNDÉ (Agence) - Les rapts contre rançon restent courants dans l'Adamaoua, selon un rapport publié lundi "
     "par une ONG.", "fr"),
    # a place told by what has gone on there
    ("Tchad : un forum sur la paix au Lac\n\n"
     "N'DJAMENA (Agence) - Un forum sur la paix s'est ouvert lundi à Bol, une ville longtemps au cœur des "
     "affrontements entre l'armée et les jihadistes.", "fr"),
    ("Nigerian governor opens new market\n\n"
     "MAIDUGURI (Wire) - The governor on Monday opened a market in Monguno, a town long at the heart of clashes "
     "between the army and the jihadists.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # an agreement reached, "sans" elsewhere in the sentence
    ("Soudan : accord à Genève\n\n"
     "GENÈVE (Agence) - Les émissaires des deux camps sont parvenus lundi à Genève à un accord de trêve, sans "
     "préciser sa date d'entrée en vigueur.", "fr", "Agreement"),
    # an act named with its own day beside an old one
    ("Tchad : des gendarmes tués près de Bol\n\n"
     "N'DJAMENA (Agence) - Trois gendarmes ont été tués lundi dans une attaque contre leur poste près de Bol, déjà "
     "visé il y a plusieurs années.", "fr", "Armed clash"),
    ("Militants kill three police officers in Kenya\n\n"
     "NAIROBI (Wire) - Militants attacked a police post near Mandera on Monday, killing three officers. The post was "
     "raided several months ago.", "en", "Armed clash"),
    # a day's abductions, "courant" nowhere, or the day the act's own
    ("Cameroun : des rapts dans l'Adamaoua\n\n"
     "YAOUNDÉ (Agence) - Des rapts contre rançon, courants dans la région, ont visé lundi six éleveurs près de "
     "Ngaoundéré, selon la gendarmerie.", "fr", "Abduction/forced disappearance"),
    ("Cameroun : des rapts dans l'Adamaoua\n\n"
     "YAOUNDÉ (Agence) - Six éleveurs ont été enlevés lundi près de Ngaoundéré par des hommes armés, selon la "
     "gendarmerie.", "fr", "Abduction/forced disappearance"),
    # a place at the heart of the day's clashes
    ("Tchad : des combats à Bol\n\n"
     "N'DJAMENA (Agence) - Cinq soldats ont été tués à Bol, une ville au cœur des affrontements qui ont opposé lundi "
     "l'armée aux jihadistes.", "fr", "Armed clash"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)


@pytest.mark.parametrize("text, sub", [
    # captives marched away are no march of protest
    ("Gunmen abduct 12 in northern Nigeria\n\n"
     "KANO (Wire) - Gunmen abducted 12 farmers near Gusau on Monday and marched the captives into a forest, "
     "residents said.", "Abduction/forced disappearance"),
    # a crowd that marches the streets protests
    ("Teachers march in Lagos\n\n"
     "LAGOS (Wire) - Thousands of teachers marched the streets of Lagos on Monday to demand higher pay, witnesses "
     "said.", "Peaceful protest"),
])
def test_a_march_is_by_its_object(pipeline, text, sub):
    assert _told(pipeline, text, "en") == [sub]
