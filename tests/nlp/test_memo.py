"""The memos of the lemmatizer and the attribute ruler (``sitrep.nlp.memo``) give every token the
annotations spaCy's own components give it, the first time a word is seen and every time after."""
from __future__ import annotations

import pytest

from sitrep.nlp import load_pipeline
from sitrep.nlp import memo
from sitrep.nlp.memo import _LemmaMemo, _RulerMemo

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
    spacys = _spacys_class(lemmatizer, _LemmaMemo)
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


def _spacys_class(component, mixin):
    return next(c for c in type(component).__mro__ if c not in (type(component), mixin))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("whole_doc", [False, True])
def test_the_rulers_matches_and_annotations_are_spacys(lang, whole_doc, monkeypatch):
    """Words looked up one by one or the Doc's single-word patterns run at once: the same matches."""
    monkeypatch.setattr(memo, "MISSES_FOR_WHOLE_DOC", -1 if whole_doc else 2)
    nlp = load_pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, _RulerMemo)
    spacys = _spacys_class(ruler, _RulerMemo)
    ruler._sitrep_memo.clear()
    for _ in range(2):
        for text in [*TEXTS[lang], "Let's go, y'all: it ain't gonna rain."]:
            with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
                doc = nlp(text)
            assert ruler.match(doc) == spacys.match(ruler, doc)
            ours, theirs = ruler(doc.copy()), spacys.__call__(ruler, doc.copy())
            assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
                [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


def test_a_pattern_of_several_words_still_applies():
    nlp = load_pipeline("en")
    doc = nlp("They said it ain't over.")
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "n't")] == ["be", "not"]


def test_a_memo_that_outgrows_its_bound_starts_again(monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    nlp = load_pipeline("en")
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp("Soldiers were patrolling the roads near the markets and bridges.")
    assert len(lemmatizer._sitrep_memo) <= 3 + len(doc)
    assert [t.lemma_ for t in doc if t.lower_ in ("soldiers", "roads", "bridges")] == ["soldier", "road", "bridge"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_rulers_annotations_are_spacys_set_annotations(lang):
    """One-word matches set without a Span: every token's attributes as spaCy's own ``set_annotations`` sets them."""
    nlp = load_pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    spacys = _spacys_class(ruler, _RulerMemo)
    for text in [*TEXTS[lang], "Let's go, y'all: it ain't gonna rain."]:
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            doc = nlp(text)
        matches = ruler.match(doc)
        ours, theirs = doc.copy(), doc.copy()
        ruler.set_annotations(ours, matches)
        spacys.set_annotations(ruler, theirs, matches)
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.norm_) for t in ours] == \
            [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.norm_) for t in theirs]
