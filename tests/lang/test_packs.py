"""A language is a folder: every pack sitrep ships loads whole, and a pack written here, in a folder
outside the package, codes an article in its language with no change to sitrep's code."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import sitrep.lang
from sitrep.errors import SitrepError
from sitrep.lang import PATH_VARIABLE, RESOURCES, LanguagePack, available, pack, register
from sitrep.nlp import detect_language
from sitrep.pipeline import Pipeline
from sitrep.text import fold
from sitrep.types import Article

BUILTIN = sorted(p.parent.name for p in Path(sitrep.lang.__file__).parent.glob("*/pack.json"))
TEST_PACKS = Path(__file__).parent / "data"
SPANISH = "Hombres armados atacaron el lunes Goma y mataron a seis civiles."
FILES = {"pack.json", "triggers.tsv", "filters.json", "roles.json", "status.json", "time.json", "quantities.json",
         "context.json", "nonplaces.txt", "relative.json", "stopwords.txt", "generic_actors.tsv", "countries.tsv"}
KEYS = {  # the keys the stages read without a default
    "filters.json": {"non_event_heads"},
    "roles.json": {"support_cues", "agent_cues", "target_cues", "pair_cues", "pair_joiners", "recipient_cues",
                   "determiners"},
    "quantities.json": {"number_words", "approximate", "killed", "wounded", "attribution"},
    "time.json": {"weekdays", "months", "days", "weeks", "months_relative", "past_qualifiers", "future_qualifiers",
                  "night", "ordinal_day", "month_year", "days_ago", "numeric_date"},
    "relative.json": {"numbers", "range", "units", "approx", "offset_lead", "directions", "direction_lead", "of",
                      "near", "part", "direction_adjectives"},
}


def test_sitrep_ships_french_and_english():
    assert BUILTIN == ["en", "fr"]
    assert set(available()) >= set(BUILTIN)
    assert set(sitrep.lang.SUPPORTED_LANGUAGES) == set(available())


@pytest.mark.parametrize("code", BUILTIN)
def test_every_resource_of_a_pack_loads(code):
    lang = pack(code)
    assert lang.code == code and lang.name and lang.conjunctions
    assert importlib.util.find_spec(lang.model) is not None, f"{code}: model {lang.model} not installed"
    for name in RESOURCES:
        getattr(lang, name)
    assert {p.name for p in lang.folder.iterdir()} - {"demonym_places.tsv", "report_labels.tsv"} == FILES
    for name, keys in KEYS.items():
        assert keys <= set(getattr(lang, name.removesuffix(".json"))), f"{code}/{name}"
    assert len(lang.triggers) > 100 and lang.trigger_index
    assert lang.status_cues["background"] and all(isinstance(p, re.Pattern) for p in lang.status_cues["negated"])
    assert len(lang.demonyms) > 300 and len(lang.stopwords) > 50
    assert {kind for _, kind, _, _ in lang.generic_actors[0]} >= {"civilians", "armed_group", "military", "police"}
    assert lang.nonplaces and lang.place_cues and lang.admin_words


def test_a_pack_is_loaded_once_and_passes_through():
    assert pack("fr") is pack("fr")
    assert pack(pack("en")) is pack("en")
    assert isinstance(pack("en"), LanguagePack)


def test_an_unknown_language_is_refused():
    with pytest.raises(SitrepError) as err:
        pack("xx")
    assert err.value.code == "E011"


def test_a_language_is_added_by_a_folder(monkeypatch):
    """A Spanish pack (``data/es``: data files only, parsed by the English model) on the search
    path: its language is found, detected and coded by the unchanged pipeline."""
    assert "es" not in available()
    assert not list((TEST_PACKS / "es").glob("*.py"))
    monkeypatch.setenv(PATH_VARIABLE, str(TEST_PACKS))
    assert "es" in available()
    assert detect_language(SPANISH) == "es"
    events = Pipeline().code(Article(article_id="es-1", text=SPANISH, published=date(2025, 3, 5)))
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.name == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert event.actor2.name == "Civilians (Democratic Republic of Congo)"
    assert event.place.name == "Goma" and event.event_date == date(2025, 3, 3) and event.fatalities == 6
    monkeypatch.delenv(PATH_VARIABLE)
    assert "es" not in available()


def test_register_adds_a_language_folder(monkeypatch):
    monkeypatch.setattr(sitrep.lang, "_registered", [])
    register(TEST_PACKS / "es")
    assert "es" in available() and pack("es").folder == (TEST_PACKS / "es").resolve()


def test_the_command_line_offers_a_language_added_by_a_folder(tmp_path):
    """``sitrep code --lang es`` is accepted once the Spanish folder is on the search path, and refused
    without it: the CLI's language choices come from the packs found, not from a list in the code."""
    text = tmp_path / "goma.txt"
    text.write_text(SPANISH, encoding="utf-8")
    command = [sys.executable, "-m", "sitrep", "code", str(text), "--lang", "es", "--published", "2025-03-05", "-q"]
    env = {k: v for k, v in os.environ.items() if k != PATH_VARIABLE}
    refused = subprocess.run(command, capture_output=True, env=env)
    assert refused.returncode == 2 and b"invalid choice: 'es'" in refused.stderr
    coded = subprocess.run(command, capture_output=True, env={**env, PATH_VARIABLE: str(TEST_PACKS)})
    assert coded.returncode == 0, coded.stderr.decode()
    (event,) = [json.loads(line) for line in coded.stdout.decode().splitlines()]
    assert event["sub_event_type"] == "Attack" and event["location"]["name"] == "Goma"


def test_report_labels_name_known_kinds():
    labels = pack("en").report_labels
    assert labels["property destruction"] == "property_destruction" and labels["movement of forces"] == "change_to_group"
    assert pack("fr").report_labels == {}  # a language may have none


@pytest.mark.parametrize("code", BUILTIN)
def test_cue_word_lists_are_folded_as_the_text_they_are_matched_in(code):
    roles = pack(code).roles
    for key in ("armed_targets", "police_targets", "bodily_violence", "weapon_cues", "civilian_targets"):
        assert all(w == fold(w) for w in roles.get(key, ())), (code, key)
