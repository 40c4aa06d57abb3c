"""Places a new user tried (the thirty-third session's lead): "Congo" alone is the Democratic Republic of
Congo in English news and the Republic in French, unless the text places it otherwise; Brazzaville is a
place, not a nationality; two peoples each with its article are no places."""
from __future__ import annotations


def _places(geoparser, text, lang="en"):
    return [(t.text, t.place.country) for t in geoparser.parse(text, lang) if t.place is not None]


def test_eastern_congo_is_the_democratic_republic(geoparser):
    text = "Fighting broke out in eastern Congo on Sunday between the army and M23 rebels."
    assert ("eastern Congo", "CD") in _places(geoparser, text) or ("Congo", "CD") in _places(geoparser, text)


def test_lest_du_congo_with_a_town_of_the_democratic_republic_is_it(geoparser):
    text = "Au moins douze personnes ont été tuées dans l'est du Congo, près de Beni, mardi."
    assert {c for _, c in _places(geoparser, text, "fr")} == {"CD"}


def test_congo_beside_the_drc_is_the_other_congo(geoparser):
    text = "Des réfugiés de la RDC sont arrivés au Congo voisin."
    assert _places(geoparser, text, "fr") == [("RDC", "CD"), ("Congo", "CG")]


def test_a_french_paper_means_the_republic_by_congo_alone(geoparser):
    assert _places(geoparser, "Au Congo, l'opposition conteste les résultats.", "fr") == [("Congo", "CG")]


def test_congo_told_with_brazzaville_stays_the_republic(geoparser):
    text = "Congo's president met opposition leaders in Brazzaville on Monday."
    assert ("Congo", "CG") in _places(geoparser, text)


def test_two_peoples_each_with_its_article_are_no_places(geoparser):
    text = "Les Pende et les Tshokwe se sont affrontés dimanche à Tshikapa, faisant six morts."
    assert _places(geoparser, text, "fr") == [("Tshikapa", "CD")]


def test_two_states_after_one_article_stay_places(geoparser):
    text = "Fighting spread across the Kachin and Shan states on Sunday."
    assert {c for _, c in _places(geoparser, text)} == {"MM"}
