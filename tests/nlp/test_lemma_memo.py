"""The lemmatizer's memo (``sitrep.nlp.models.memoise_lemmas``) gives every token the lemma spaCy's own
lemmatizer gives it, the first time a form is seen and every time after."""
from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline
from sitrep.nlp.models import _LemmaMemo

TEXTS = {
    "en": ["The herders didn't leave: two were wounded when the patrols fired shots near the wells.",
           "Shots were fired again and the herders' cattle were driven off; the wells are guarded now.",
           "Striking teachers marched to the ministry, where riot police dispersed them with tear gas."],
    "fr": ["Les éleveurs n'ont pas quitté les puits : deux ont été blessés quand la patrouille a tiré.",
           "Des coups de feu ont encore été tirés et les troupeaux des éleveurs ont été emmenés.",
           "Les enseignants en grève ont marché vers le ministère avant d'être dispersés par la police."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_memoised_lemmas_are_spacys(lang):
    nlp = load_pipeline(lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, _LemmaMemo)
    spacys = next(c for c in type(lemmatizer).__mro__ if c not in (type(lemmatizer), _LemmaMemo))
    for _ in range(2):  # the memo empty for these forms, then filled
        for text in TEXTS[lang]:
            with nlp.select_pipes(disable=["lemmatizer"]):
                doc = nlp(text)
            ours = [t.lemma_ for t in lemmatizer(doc.copy())]
            theirs = [t.lemma_ for t in spacys.__call__(lemmatizer, doc.copy())]
            assert ours == theirs
            assert all(ours)


def test_a_lemma_the_attribute_ruler_set_is_kept():
    nlp = load_pipeline("en")
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("They didn't come.")
    before = {t.i: t.lemma_ for t in doc if t.lemma}
    assert before  # the ruler lemmatises "n't"
    after = nlp.get_pipe("lemmatizer")(doc)
    assert all(after[i].lemma_ == lemma for i, lemma in before.items())
