"""Every language resource loads, and names only kinds, types and patterns sitrep knows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.extract.lexicon import load_triggers
from sitrep.extract.time import find_time_mentions
from sitrep.lang import available, pack
from sitrep.normalise.taxonomy import code, kinds, taxonomy

DATA = Path(__file__).resolve().parents[2] / "sitrep" / "lang"
LANGS = ["en", "fr"]


def test_every_language_has_every_resource():
    assert available() == LANGS
    for lang in LANGS:
        for name in ("triggers.tsv", "time.json", "status.json", "quantities.json", "roles.json"):
            assert (DATA / lang / name).is_file(), f"{lang}/{name}"


@pytest.mark.parametrize("lang", LANGS)
def test_resources_load(lang):
    assert len(load_triggers(lang)) > 100
    assert pack(lang).status_cues["background"]
    for name in ("time.json", "quantities.json", "roles.json"):
        json.loads((DATA / lang / name).read_text(encoding="utf-8"))
    assert find_time_mentions("x", lang) == []


def test_every_kind_codes_to_acled_and_plover():
    acled = {s for subs in taxonomy()["acled"].values() for s in subs}
    assert len(acled) == 25 and len(taxonomy()["acled"]) == 6
    assert len(taxonomy()["plover"]) == 16
    covered = set()
    for kind in kinds():
        for inters in ((1, 2), (2, 1), (2, 7), (None, None)):
            c = code(kind, *inters)
            assert c.plover_type in taxonomy()["plover"]
            if c.sub_event_type is not None:
                assert c.sub_event_type in acled
                covered.add(c.sub_event_type)
    assert covered == acled, acled - covered


def test_acled_rules_depend_on_the_actors():
    assert code("territory_gain", 1, 2).sub_event_type == "Government regains territory"
    assert code("territory_gain", 2, 1).sub_event_type == "Non-state actor overtakes territory"
    assert code("attack", 3, 7).sub_event_type == "Attack"
    assert code("attack", 2, 1).sub_event_type == "Armed clash"
    assert code("aid").event_type is None and code("aid").plover_type == "AID"
