"""Trigger phrases match as the tokenizers split the text."""
from __future__ import annotations

import pytest

from sitrep.extract.lexicon import load_triggers
from sitrep.extract.triggers import find_triggers
from sitrep.nlp.models import load_pipeline


@pytest.mark.parametrize("text, lang, phrase, kind", [
    ("Gunmen fired rocket-propelled grenades at a convoy near Kandahar.", "en", "rocket-propelled grenades", "shelling"),
    ("A settler was wounded in a drive-by shooting near Hebron.", "en", "drive-by", "attack"),
    ("Students staged a sit-in outside the ministry in Khartoum.", "en", "sit-in", "peaceful_protest"),
    ("Les assaillants ont tiré au lance-roquettes sur le camp de Tessit.", "fr", "lance-roquettes", "shelling"),
    ("L'armée a lancé une contre-offensive contre les rebelles près de Goma.", "fr", "contre-offensive", "armed_clash"),
    ("Un attentat-suicide a visé la caserne de Bouaké.", "fr", "attentat-suicide", "suicide_bomb"),
])
def test_hyphenated_phrases_match_the_split_tokens(text, lang, phrase, kind):
    doc = load_pipeline(lang)(text)
    found = [(doc[t.start:t.end].text, t.kind) for t in find_triggers(doc, lang)]
    assert (phrase, kind) in found


def test_every_hyphenated_phrase_has_its_split_spelling():
    for lang in ("en", "fr"):
        spellings = {e.words for e in load_triggers(lang)}
        for words in list(spellings):
            for w in words:
                if "-" in w.strip("-"):
                    split = []
                    for part in words:
                        split.extend(" - ".join(part.split("-")).split() if "-" in part.strip("-") else [part])
                    assert tuple(split) in spellings, (lang, words)
