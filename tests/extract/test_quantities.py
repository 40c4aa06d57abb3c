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
    assert fatalities("Il a évoqué l'exécution, lundi, par les miliciens, de 17 prisonniers.", "fr").value == 17
    assert fatalities("Witnesses described the killing on Sunday by gunmen of 9 farmers.", "en").value == 9
    assert fatalities("La mort de son frère a été confirmée ; le convoi de 40 camions est reparti.", "fr") is None


def test_an_age_is_not_a_toll():
    assert fatalities("Protesters honoured the 21-year-old nurse whose death remains unexplained.", "en").value == 1
    assert fatalities("Le jeune de 17 ans tué samedi par la police était étudiant.", "fr") is None
    assert fatalities("Un homme de 45 ans et deux enfants ont été tués.", "fr").value == 3  # a man and two children


@pytest.mark.parametrize("text, lang, value", [
    ("Several demonstrators were killed when the police opened fire.", "en", 10),
    ("The raid left dozens of villagers dead.", "en", 12),
    ("Gunmen stormed the market, killing hundreds of traders.", "en", 100),
    ("Plusieurs civils ont été tués dans l'embuscade.", "fr", 10),
    ("Des dizaines de personnes ont été tuées.", "fr", 10),
    ("At least 8 people were killed in the blast.", "en", 8),
])
def test_a_vague_count_is_acleds_figure_for_it(text, lang, value):
    assert fatalities(text, lang).value == value


@pytest.mark.parametrize("text, lang", [
    ("No one was killed in the attack on the convoy.", "en"),
    ("Nobody died in the fire that the rioters set.", "en"),
    ("The blast caused no fatalities, the governor said.", "en"),
    ("Aucun mort n'est à déplorer après l'attaque du poste.", "fr"),
    ("Personne n'a été tué lors de l'incursion.", "fr"),
])
def test_no_one_killed_is_zero(text, lang):
    fig = fatalities(text, lang)
    assert fig is not None and fig.value == 0 and fig.text


def test_nobody_who_is_not_the_dead_is_no_count():
    assert fatalities("No one claimed the attack that killed five soldiers.", "en").value == 5


@pytest.mark.parametrize("text, lang, value", [
    ("12 attackers and 3 police officers were killed.", "en", 15),
    ("Four rebels, two soldiers and one civilian were killed in the fighting.", "en", 7),
    ("Trois soldats et deux civils ont été tués.", "fr", 5),
    ("L'attaque a tué cinq gendarmes et un enseignant.", "fr", 6),
])
def test_counts_of_named_groups_are_summed(text, lang, value):
    assert fatalities(text, lang).value == value


def test_counts_that_are_not_named_groups_are_not_summed():
    assert fatalities("The clash left 23 dead and 15 missing.", "en").value == 23
    assert fatalities("Two students were injured, 1 of whom later died.", "en").value == 1
    assert fatalities("Five soldiers were killed and 3 villagers wounded.", "en").value == 5


@pytest.mark.parametrize("text, lang, value", [
    ("A soldier was killed in the ambush.", "en", 1),
    ("Gunmen shot and killed a farmer near the river.", "en", 1),
    ("Une victime a été retrouvée sans vie.", "fr", 1),
])
def test_an_article_counts_one_person(text, lang, value):
    assert fatalities(text, lang).value == value


@pytest.mark.parametrize("text, lang", [
    ("The army seized several villages after a clash that killed no civilians.", "en"),
    ("A bomb was found near the market where a clash killed them.", "en"),
])
def test_an_article_before_a_thing_is_not_a_count(text, lang):
    fig = fatalities(text, lang)
    assert fig is None or fig.value != 1


@pytest.mark.parametrize("text, lang, value", [
    ("On 3 June 2023, gunmen killed two herders near the well.", "en", 2),
    ("On 14 May, an explosion killing 1 and injuring 6 hit the convoy.", "en", 1),
    ("Le 12 mars, des hommes armés ont tué trois villageois.", "fr", 3),
    ("A trader, shot at least 15 times, later died; gunmen killed 2 guards.", "en", 2),
])
def test_dates_years_and_times_are_not_tolls(text, lang, value):
    assert fatalities(text, lang).value == value


def test_an_approximate_toll_keeps_its_figure_before_a_part_of_it():
    assert fatalities("Une dizaine de personnes ont été tuées, dont deux soldats.", "fr").value == 10
    assert fatalities("Several attacks killed 4 traders this week.", "en").value == 4


def test_a_count_after_by_is_the_killers():
    assert fatalities("The herder was killed by two gunmen.", "en").value == 1  # the herder, not the two


def test_a_count_of_killed_and_wounded_together_is_half_killed():
    assert fatalities("The army advanced, killing and injuring dozens of fighters.", "en").value == 6
    assert fatalities("Les frappes ont fait des dizaines de tués ou blessés.", "fr").value == 5


def test_deaths_a_protest_denounces_are_not_its_toll():
    assert fatalities("Residents marched against the killing of nine farmers last week.", "en") is None
    assert fatalities("Des jeunes ont manifesté pour dénoncer l'assassinat de deux commerçants.", "fr") is None


def test_a_count_whose_own_fate_ends_its_clause_is_the_toll():
    assert fatalities("Eight fishermen from two villages near the lake were killed on Sunday.", "en").value == 8
    assert fatalities("Eight fishermen from two villages near the lake were wounded on Sunday.", "en") is None
    # a verb that kills others, past a count's reach, is not the count's fate
    assert fatalities("The army shelled the rebels, hitting one of their depots near the river and killing many "
                      "fighters.", "en").value == 10


@pytest.mark.xfail(reason="animals are counted as people: a rule lifted acled tune only and was taken out", strict=True)
def test_animals_killed_count_no_one():
    fig = fatalities("Raiders killed 30 cows and two goats at a cattle camp.", "en")
    assert fig is None or fig.value == 0


@pytest.mark.xfail(reason="a victim's kin after 'and his/her' are not counted: a rule lifted acled tune only and was "
                          "taken out", strict=True)
def test_a_victim_and_their_kin_are_two():
    assert fatalities("Gunmen killed a farmer and his son near the river.", "en").value == 2


def test_kin_wounded_after_a_killing_are_not_counted_dead():
    assert fatalities("A trader was killed and his brother wounded by gunmen.", "en").value == 1


def test_a_person_lynched_is_dead():
    assert fatalities("Residents lynched a suspected thief in the market.", "en").value == 1


def test_number_is_remembered_and_its_memory_bounded():
    from sitrep.extract.quantities import number

    assert number.cache_info().maxsize is not None
    for word in ("12", "1 200", "douze", "vingt-quatre", "quatre-vingt-dix", "chat"):
        assert number(word, "fr") == number.__wrapped__(word, "fr")
    assert number("twenty-one", "en") == number.__wrapped__("twenty-one", "en") == 21
