"""The geo stage's data files load for every language, and names normalise to one key."""
from __future__ import annotations

import re

import pytest

from sitrep.geo.build import DATA, FEATURES, PLACE_WORDS, read_tsv
from sitrep.geo.normalise import name_key
from sitrep.lang import available, pack


def test_every_language_has_its_data():
    assert set(available()) >= {"fr", "en"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_language_data_loads(lang):
    data = pack(lang)
    assert data.nonplaces and data.place_cues and data.admin_words
    rel = data.relative
    assert rel["directions"] and rel["units"] and rel["numbers"] and rel["near"]
    assert all(0 <= b < 360 for b in rel["directions"].values())
    p = data.relative_patterns
    assert isinstance(p.offset, re.Pattern) and isinstance(p.near, re.Pattern)


def test_shared_tables_are_well_formed():
    for row in read_tsv(DATA / "countries.tsv"):
        assert len(row[0]) == 2 and -90 <= float(row[1]) <= 90 and -180 <= float(row[2]) <= 180
    for row in read_tsv(DATA / "regions.tsv"):
        assert row[2] in FEATURES and -90 <= float(row[3]) <= 90 and float(row[5]) > 0
    for row in read_tsv(DATA / "aliases.tsv"):
        assert len(row) in (3, 4) and len(row[2]) == 2 or len(row) == 5 and row[3] == "admin1" and row[4] == "chain"
    assert set(PLACE_WORDS) == {"connectors", "determiners", "trailing", "elided_articles", "admin_links",
                                "admin_names", "generic_heads", "bound_heads", "name_joints", "compass_joints", "street_heads", "mimu_unit_words",
                                "mimu_town_words", "generic_nouns", "respelt_heads"}
    assert all(w and w == w.strip() for words in PLACE_WORDS.values() for w in words)


@pytest.mark.parametrize("a,b", [
    ("Deir ez-Zor", "deir EZ zor"),
    ("Deir Ezzor", "Deir ez-Zor"),
    ("Deir Ezzor", "Deir al-Zor"),
    ("Tillabéri", "TILLABERI"),
    ("Côte d'Ivoire", "Cote d’Ivoire"),
    ("St. Louis", "Saint Louis"),
    ("Nord-Kivu", "nord kivu"),
])
def test_names_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys():
    assert name_key("Alep") != name_key("Alger")
    assert name_key("Niger") != name_key("Nigeria")
