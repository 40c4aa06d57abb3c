"""Language identification: sitrep's languages are read in their own pack, any other is refused
with E011 rather than read as English."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.langid import UNDETERMINED, identify
from sitrep.store import Store
from sitrep.types import Article
from tests.conftest import run_sitrep

# Invented sentences, in the style of wire news.
SUPPORTED = [
    ("en", "Gunmen killed three villagers near the market on Tuesday, local officials said."),
    ("en", "Police fired tear gas."),
    ("en", "Three killed in Goma"),
    ("en", "KINSHASA, May 8 (Reuters) - M23 rebels seized Rubaya on Tuesday after clashes with the army."),
    ("fr", "Des hommes armés ont tué trois villageois près du marché mardi, selon des responsables locaux."),
    ("fr", "Attaque à Goma : deux morts."),
    ("fr", "La police a tiré des gaz lacrymogènes."),
    ("fr", "KINSHASA, 8 mai (AFP) - Les rebelles du M23 ont pris Rubaya mardi après des combats avec l'armée."),
]
OTHERS = [
    ("de", "Bewaffnete töteten am Dienstag drei Dorfbewohner in der Nähe des Marktes, sagten Beamte."),
    ("ar", "قتل مسلحون ثلاثة قرويين قرب السوق يوم الثلاثاء بحسب مسؤولين محليين."),
    ("es", "La policía disparó gases lacrimógenos contra los manifestantes en la capital."),
    ("pt", "Homens armados mataram três moradores perto do mercado na terça-feira, disseram as autoridades."),
    ("it", "Uomini armati hanno ucciso tre abitanti del villaggio vicino al mercato martedì."),
]


@pytest.mark.parametrize("lang, text", SUPPORTED)
def test_french_and_english_are_told_apart_even_when_short(lang, text):
    assert identify(text).lang == lang


@pytest.mark.parametrize("lang, text", OTHERS)
def test_other_languages_are_named_not_taken_for_french_or_english(lang, text):
    found = identify(text)
    assert found.lang == lang and found.confidence > 0.5


@pytest.mark.parametrize("text", ["🔥🔥💥", "x", "12 345", "Goma"])
def test_too_little_text_is_undetermined(text):
    assert identify(text).lang == UNDETERMINED


def test_unsupported_and_undetermined_inputs_get_e011_and_the_batch_goes_on(tmp_path):
    files = {"german.txt": OTHERS[0][1], "arabic.txt": OTHERS[1][1], "emoji.txt": "🔥🔥💥\n", "one.txt": "x",
             "french.txt": SUPPORTED[4][1]}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run_sitrep("code", *(str(tmp_path / n) for n in files), "--published", "2024-05-08")
    assert proc.returncode == 0
    errors = proc.stderr.decode().splitlines()
    assert errors == [
        f"sitrep: error [E011] {tmp_path / 'german.txt'}: language 'de' (German, identified with confidence 1.00) "
        "is not supported (supported: en, fr)",
        f"sitrep: error [E011] {tmp_path / 'arabic.txt'}: language 'ar' (Arabic, identified with confidence 0.75) "
        "is not supported (supported: en, fr)",
        f"sitrep: error [E011] {tmp_path / 'emoji.txt'}: language undetermined (too little text to identify one; "
        "--lang sets it) is not supported (supported: en, fr)",
        f"sitrep: error [E011] {tmp_path / 'one.txt'}: language undetermined (too little text to identify one; "
        "--lang sets it) is not supported (supported: en, fr)",
    ]
    assert '"article_id": "french"' in proc.stdout.decode()


def test_the_identified_language_and_its_confidence_are_kept_on_the_article_and_in_the_store(tmp_path, pipeline):
    identified = Article("a1", SUPPORTED[4][1], published=date(2024, 5, 8))
    given = Article("a2", SUPPORTED[0][1], lang="en", published=date(2024, 5, 8))
    with Store.open(tmp_path / "events.db") as store:
        for article in (identified, given):
            store.add(article, pipeline.code(article))
        assert (store.article("a1").lang, round(store.article("a1").lang_confidence, 2)) == ("fr", 1.0)
        assert (store.article("a2").lang, store.article("a2").lang_confidence) == ("en", None)  # given, not guessed
