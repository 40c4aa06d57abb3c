"""The actor dictionary and the generic word lists load, and each row says one thing only."""
from __future__ import annotations

import csv
import json
import re
import string
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from sitrep.lang import pack
from sitrep.normalise.actors import DATA, actor_for, find_actors, spellings
from sitrep.normalise.countries import military_period
from sitrep.text import fold

LANGS = ("fr", "en")
KINDS = {"civilians", "protesters", "rioters", "armed_group", "communal_militia", "gang", "migrants", "military",
         "police", "government", "ethnic_family", "communal_family", "tribal_family", "clan_family", "unit_family", "faction_family", "militia_family", "force_family", "partisan", "partisan_of_named", "rebels", "named",
         "private_security", "site_guards", "unidentified_military"}
STATE = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?:the )?(.+?) \((\d{4}-(?:\d{4})?)\)")
EXACT_STATE = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?:the )?(.+?) \((\d{4}-)\)$")


def _records() -> list[dict]:
    lines = (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _iso_codes() -> set[str]:
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        return {r["iso2"] for r in csv.DictReader(fh, delimiter="\t")}


def _key(alias: str) -> str:
    """How the loader matches an alias: short all-caps acronyms exactly, the rest folded."""
    return alias if alias.isupper() and len(alias) <= 4 else fold(alias)


def test_actor_records_are_well_formed():
    records = _records()
    assert len(records) > 100
    isos = _iso_codes()
    names = [r["name"] for r in records]
    assert len(names) == len(set(names)), "an ACLED name has two records"
    for r in records:
        assert set(r) <= {"name", "inter", "name_by_country", "aliases", "state_since", "former_names",
                          "stands_for", "names_members", "stands_for_against", "unrecognised_state_in", "case_sensitive",
                          "party", "own_period", "fighter_aliases", "ground_operation"}, r["name"]
        assert set(r.get("fighter_aliases", {})) <= set(LANGS), r["name"]  # read only before a noun for its men
        assert r.get("party", True) is True, r["name"]  # a political party: the associate of its crowds
        # a state body that keeps its own period (a rival authority's forces)
        assert r.get("own_period", True) is True and (not r.get("own_period") or r["name"].startswith(
            ("Military Forces of", "Police Forces of", "Government of"))), r["name"]
        if "state_since" in r:  # a group that took power: the day and the state's forces it became
            assert date.fromisoformat(r["state_since"]["date"]) and EXACT_STATE.match(r["state_since"]["name"])
        for former in r.get("former_names", []):  # a group ACLED renamed: its name up to a day
            assert date.fromisoformat(former["until"]) and former["name"] not in names, r["name"]
        for country, members in r.get("stands_for", {}).items():  # a coalition: the states it stands for there
            assert country in isos and members and set(members) <= isos, r["name"]
        for country, opponents in r.get("stands_for_against", {}).items():  # only against these there
            assert country in r["stands_for"] and set(opponents) <= set(names), r["name"]
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["inter"] in range(1, 9), r["name"]
        assert set(r["aliases"]) == set(LANGS), r["name"]
        for lang in LANGS:
            assert r["aliases"][lang], f"{r['name']} has no {lang} alias"
            assert all(isinstance(a, str) and a.strip() == a and a for a in r["aliases"][lang]), r["name"]
        for iso, name in r.get("name_by_country", {}).items():
            assert iso in isos or pycountry.countries.get(alpha_2=iso), f"{r['name']}: bad ISO code {iso}"
            assert name.strip(), r["name"]
        if STATE.match(r["name"]):
            assert r["inter"] == 1, f"{r['name']} is a state body and must be inter 1"


def test_no_alias_points_to_two_actors():
    for lang in LANGS:
        owner: dict[str, set[str]] = defaultdict(set)
        for r in _records():
            for alias in r["aliases"][lang]:
                owner[_key(alias)].add(r["name"])
        clashes = {k: v for k, v in owner.items() if len(v) > 1}
        assert not clashes, f"{lang}: {clashes}"


def test_named_aliases_and_generic_words_do_not_overlap():
    """A word in both tables would silently take one meaning."""
    for lang in LANGS:
        rows, _ = pack(lang).generic_actors
        generic = [w for w, *_ in rows]
        assert len(generic) == len(set(generic)), f"{lang}: a generic word sits in two rows"
        named = {_key(a) for r in _records() for a in r["aliases"][lang]}
        assert not named & set(generic), f"{lang}: {named & set(generic)}"


@pytest.mark.parametrize("lang", LANGS)
def test_generic_rows_are_well_formed(lang):
    isos = _iso_codes()
    lines = (pack(lang).folder / "generic_actors.tsv").read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    assert body
    for line in body:
        cols = line.split("\t")
        assert len(cols) in (4, 5), line
        words, kind, template, inter = cols[:4]
        assert kind in KINDS, line
        assert int(inter) in range(1, 9), line
        assert all(w == w.strip() and w for w in words.split("|")), line
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        family = "{name}" in words  # actors named after a proper name: every wording and the template hold it
        assert fields <= {"country", "country_name", "period"} | ({"name", "initials"} if family else set()), line
        assert not family or ("name" in fields and all("{name}" in w for w in words.split("|"))), line
        assert (kind in ("partisan", "partisan_of_named")) == (template == ""), line
        if len(cols) == 5:
            assert all(c in isos for c in cols[4].split("|")), line
    rows, overrides = pack(lang).generic_actors
    entries = {w for w, _ in pack(lang).actor_entries}
    assert set(overrides) <= entries, "a country-limited word is read, with or without an unlimited row"
    assert find_actors("settlers colons", lang, "NG") == [], "a word with country rows alone names no one elsewhere"
    assert {k for _, k, _, _ in rows} >= {"civilians", "protesters", "rioters", "armed_group", "military",
                                          "police", "government", "partisan"}


@pytest.mark.parametrize("lang", LANGS)
def test_loader_builds_every_entry(lang):
    entries = pack(lang).actor_entries
    aliases = sum(len(spellings(r["aliases"][lang])) for r in _records())  # and hyphens written apart
    aliases += sum(len(r.get("fighter_aliases", {}).get(lang, ())) * len(
        [*pack(lang).roles.get("member_nouns", ()), *(pack(lang).roles.get("party_member_nouns", ()) if r.get("party")
                                                      else ())])
        for r in _records())  # each before each noun for a group's men, and a party's before its people's too
    rows, overrides = pack(lang).generic_actors
    local_only = set(overrides) - {w for w, *_ in rows}  # country rows alone ("settlers")
    assert len(entries) == aliases + len(rows) + len(local_only)
    assert find_actors("", lang) == []


@pytest.mark.parametrize("kind,name", [
    ("civilians", "Civilians (Mali)"),
    ("protesters", "Protesters (Mali)"),
    ("rioters", "Rioters (Mali)"),
    ("armed_group", "Unidentified Armed Group (Mali)"),
    ("communal_militia", "Unidentified Communal Militia (Mali)"),
    ("military", "Military Forces of Mali (2021-)"),
    ("police", "Police Forces of Mali (2021-)"),
    ("government", "Government of Mali (2021-)"),
])
def test_every_kind_the_extractor_asks_for_exists(kind, name):
    assert actor_for(kind, "ML").name == name


def test_state_bodies_carry_their_countrys_period():
    """ "Military Forces of Syria (2000-)" in the dictionary and in countries.tsv must agree, or one
    article would name the same army two ways. A state ACLED records in another country (Somaliland's
    forces, in Somalia) has no row there."""
    by_name = {}
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            by_name[r["acled_name"]] = r["iso2"]
    names = [r["name"] for r in _records() if "unrecognised_state_in" not in r] + [n for r in _records() for n in r.get("name_by_country", {}).values()]
    checked = 0
    for name in names:
        m = EXACT_STATE.match(name)
        if m:
            assert m.group(1) in by_name, name
            assert military_period(by_name[m.group(1)]) == m.group(2), name
            checked += 1
    assert checked >= 20


def test_every_home_country_names_a_known_group_and_country():
    with (DATA / "home_countries.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    names, isos = {r["name"] for r in _records()}, _iso_codes()
    assert rows and all(r["name"] in names and r["iso2"] in isos for r in rows)
    assert len({r["name"] for r in rows}) == len(rows)
