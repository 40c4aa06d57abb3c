"""The rule lemmatizer's word index searched through a set, and the attribute ruler's one-word patterns
tried in Python (``sitrep.nlp.memo``): the same lemmas and the same matches as spaCy's own."""
from __future__ import annotations

import pickle
import random

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from sitrep.nlp import load_pipeline
from sitrep.nlp.memo import _OneWordPatterns

TEXTS = {
    "en": ["Gunmen ambushed the convoys and burned three lorries; the villagers fled towards the hills.",
           "The shelling wounded dozens, and militias were accused of looting the clinics overnight.",
           "Protesters rallied outside the courthouses, demanding the release of detained journalists."],
    "fr": ["Des hommes armés ont incendié les camions et les villageois se sont enfuis vers les collines.",
           "Les bombardements ont blessé des dizaines de civils et des miliciens ont pillé les dispensaires.",
           "Les manifestants se sont rassemblés devant les tribunaux pour réclamer la libération des détenus."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_lemma_index_is_searched_through_a_set_and_stays_a_list(lang):
    table = load_pipeline(lang).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table
    for words in table.values():
        assert type(words).__contains__ is not list.__contains__
        assert isinstance(words, list) and words[0] in words and "qqzx-not-a-word" not in words
        assert type(pickle.loads(pickle.dumps(words))) is list


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lemmas_through_the_set_are_those_of_the_lists(lang, monkeypatch):
    nlp = load_pipeline(lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")

    def lemmas() -> list[list[str]]:
        lemmatizer.cache.clear()
        lemmatizer._sitrep_memo.clear()
        return [[t.lemma_ for t in nlp(text)] for text in TEXTS[lang]]

    ours = lemmas()
    for key, words in list(table.items()):
        monkeypatch.setitem(table, key, list(words))
    assert lemmas() == ours
    monkeypatch.undo()
    lemmatizer.cache.clear()
    lemmatizer._sitrep_memo.clear()


def _matcher(ruler) -> Matcher:
    """spaCy's Matcher of the ruler's one-word patterns, under the ruler's keys."""
    matcher = Matcher(ruler.vocab, validate=False)
    for n, entry in enumerate(ruler.patterns):
        if one := [p for p in entry["patterns"] if len(p) == 1]:
            matcher.add(ruler.vocab.strings.add(str(n)), one)
    return matcher


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_word_patterns_match_as_spacys_matcher(lang):
    """Words of invented sentences with their own tags, and random words, tags and dependencies."""
    nlp = load_pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match(nlp.make_doc("x"))  # splits the patterns
    single, _, attrs = ruler._sitrep_split[1]
    assert isinstance(single, _OneWordPatterns)
    matcher = _matcher(ruler)
    docs = []
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs += [nlp(text) for text in TEXTS[lang]]
    words = sorted({t.text for d in docs for t in d} | {" ", "\n", "'s", "n't", "ai", "gonna", "y'", "-"})
    tags = sorted(nlp.get_pipe("tagger" if lang == "en" else "morphologizer").labels)
    tags = sorted({t.split("POS=")[-1].split("|")[0] for t in tags}) if lang == "fr" else tags
    deps = sorted(nlp.get_pipe("parser").labels)
    rng = random.Random(7)
    for _ in range(3000):
        word, tag, dep = rng.choice(words), rng.choice(tags), rng.choice(deps)
        kwargs = {"tags": [tag]} if lang == "en" else {"pos": [tag]}
        docs.append(Doc(nlp.vocab, words=[word], deps=[dep], heads=[0], **kwargs))
    matched = 0
    for doc in docs:
        keys = doc.to_array(attrs).tolist()
        for i, key in enumerate(keys):
            theirs = sorted(m_id for m_id, _, _ in matcher(doc[i:i + 1]))
            assert sorted(single(tuple(key))) == theirs, doc[i].text
            matched += bool(theirs)
    assert matched > 500
