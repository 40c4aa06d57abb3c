"""Fatalities count the killed, not the wounded, and keep the figure's span."""
from __future__ import annotations

import pytest

from sitrep.extract.quantities import attribution, fatalities


def test_killed_not_wounded():
    fig = fatalities("L'attaque a fait 4 blessés et 7 morts dans le village.", "fr")
    assert fig.value == 7
    assert fatalities("Twelve people were wounded in the blast.", "en") is None


def test_number_words_and_approximations():
    assert fatalities("Cinq civils ont été tués par des hommes armés.", "fr").value == 5
    assert fatalities("Une dizaine de personnes sont mortes.", "fr").value == 10
    assert fatalities("The strike killed at least 12 people.", "en").value == 12


def test_span_points_at_the_figure():
    text = "Gunmen killed 23 villagers overnight."
    fig = fatalities(text, "en", offset=10)
    assert text[fig.start - 10:fig.end - 10] == "23"


def test_attribution():
    text = "D'après une source militaire, les combats se poursuivent."
    who, start, end = attribution(text, "fr")
    assert who == "une source militaire" and text[start:end] == who
    assert attribution("Five soldiers died, the army said.", "en")[0] == "the army"


@pytest.mark.parametrize("text, lang, value", [
    ("Vingt-quatre soldats ont été tués.", "fr", 24),
    ("Quatre-vingt-deux personnes sont mortes.", "fr", 82),
    ("Soixante-dix-huit civils ont trouvé la mort.", "fr", 78),
    ("Twenty-one people were killed.", "en", 21),
])
def test_compound_number_words(text, lang, value):
    assert fatalities(text, lang).value == value


def test_a_toll_the_sentence_adds_is_added():
    fr = "Neuf assaillants ont été tués lors de l'assaut, au cours duquel deux gendarmes ont également été tués."
    fig = fatalities(fr, "fr")
    assert fig.value == 11 and fig.text.startswith("Neuf") and fig.text.endswith("deux")
    assert fatalities("Gunmen killed 12 villagers on Sunday and two soldiers were also killed.", "en").value == 14
    assert fatalities("Sept morts et trois blessés, dont deux soldats également blessés.", "fr").value == 7


def test_a_toll_of_everyone_is_told_from_one_sides():
    assert fatalities("Sept personnes ont été tuées à Beni.", "fr").whole
    assert fatalities("Le bilan s'élève à une dizaine de morts.", "fr").whole
    assert not fatalities("Un soldat a été tué dans l'embuscade.", "fr").whole
    assert fatalities("At least 30 people were killed.", "en").whole
    assert not fatalities("Gunmen killed 23 villagers overnight.", "en").whole


def test_an_article_is_not_a_count_when_the_sentence_gives_one():
    assert fatalities("Un engin explosif a tué deux soldats près de Ménaka.", "fr").value == 2
    assert fatalities("Un soldat a été tué et trois civils blessés.", "fr").value == 1
    assert fatalities("Un soldat a été tué et deux civils ont également péri, tués par balles.", "fr").value == 3


def test_a_count_governed_by_a_noun_of_killing():
    assert fatalities("Il a fait état de l'exécution, lundi, par les miliciens, de 17 prisonniers.", "fr").value == 17
    assert fatalities("Witnesses described the killing on Sunday by gunmen of 9 farmers.", "en").value == 9
    assert fatalities("La mort de son frère a été confirmée ; le convoi de 40 camions est reparti.", "fr") is None


def test_an_age_is_not_a_toll():
    assert fatalities("Protesters honoured a 21-year-old student whose death remains unexplained.", "en").value == 1
    assert fatalities("Le jeune de 17 ans tué samedi par la police était étudiant.", "fr") is None
    assert fatalities("Un homme de 45 ans et deux enfants ont été tués.", "fr").value == 2
