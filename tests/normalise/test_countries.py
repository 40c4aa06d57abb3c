"""countries.tsv: every UN member state, its ACLED name and period; and its demonyms in both languages
(each language pack's countries.tsv)."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from sitrep.lang import pack
from sitrep.normalise.countries import (DATA, PERIODS, country_from_demonym, country_name, demonyms, military_period,
                                        period_on, state_name)
from sitrep.text import fold

UN_MEMBERS = set("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM
CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN
HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY
QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split())
PERIOD = re.compile(r"^\d{4}-(?:\d{4})?$")


def _rows() -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _demonyms(lang: str) -> dict[str, str]:
    """ISO2 -> the |-separated demonyms of a language pack's countries.tsv."""
    with (pack(lang).folder / "countries.tsv").open(encoding="utf-8") as fh:
        return {r["iso2"]: r["demonyms"] for r in csv.DictReader(fh, delimiter="\t")}


def test_every_un_member_state_is_listed_once():
    assert len(UN_MEMBERS) == 193
    isos = [r["iso2"] for r in _rows()]
    assert len(isos) == len(set(isos))
    assert UN_MEMBERS <= set(isos), sorted(UN_MEMBERS - set(isos))


def test_rows_are_well_formed():
    for r in _rows():
        assert r["iso2"] == "XK" or pycountry.countries.get(alpha_2=r["iso2"]), r["iso2"]
        assert r["acled_name"].strip() == r["acled_name"] and r["acled_name"], r["iso2"]
        if r["iso2"] in UN_MEMBERS:
            assert PERIOD.match(r["military_period"]), f"{r['iso2']}: period {r['military_period']!r}"
        for lang in ("fr", "en"):
            forms = _demonyms(lang)[r["iso2"]].split("|")
            assert all(forms), f"{r['iso2']} has no {lang} demonym"


def test_french_demonyms_have_gender_and_number():
    """ "l'armée malienne", "les soldats maliens", "des civils burkinabè": the adjective agrees with
    its noun, so every form a French article can use must be listed."""
    for iso, words in _demonyms("fr").items():
        forms = words.split("|")
        assert len(forms) >= 2, iso
        assert any(f.endswith(("s", "x")) for f in forms), f"{iso}: no plural among {forms}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_demonym_names_two_countries(lang):
    owner = defaultdict(set)
    for iso, words in _demonyms(lang).items():
        for w in words.split("|"):
            owner[fold(w)].add(iso)
    assert not {w: c for w, c in owner.items() if len(c) > 1}
    assert len(demonyms(lang)) == len(owner)


@pytest.mark.parametrize("word,lang,iso", [
    ("malienne", "fr", "ML"), ("maliens", "fr", "ML"), ("Burkinabè", "fr", "BF"), ("burkinabe", "fr", "BF"),
    ("nigérien", "fr", "NE"), ("nigérianes", "fr", "NG"), ("congolaise", "fr", "CD"), ("Syriennes", "fr", "SY"),
    ("ougandais", "fr", "UG"), ("soudanaises", "fr", "SD"), ("sud-soudanais", "fr", "SS"), ("birmane", "fr", "MM"),
    ("grecque", "fr", "GR"), ("turques", "fr", "TR"), ("haïtiens", "fr", "HT"), ("équato-guinéen", "fr", "GQ"),
    ("Nigerian", "en", "NG"), ("Nigerien", "en", "NE"), ("Congolese", "en", "CD"), ("Somali", "en", "SO"),
    ("Burmese", "en", "MM"), ("Ukrainian", "en", "UA"), ("Haitian", "en", "HT"), ("Emirati", "en", "AE"),
])
def test_demonym_gives_country(word, lang, iso):
    assert country_from_demonym(word, lang) == iso


def test_ordinary_words_are_not_demonyms():
    for word in ("poles", "kiwi", "armée", "forces", "police"):
        assert country_from_demonym(word, "en") is None and country_from_demonym(word, "fr") is None


@pytest.mark.parametrize("iso,period", [
    ("SY", "2000-"), ("CD", "2019-"), ("BF", "2022-"), ("ML", "2021-"), ("NE", "2023-"), ("SD", "2019-"),
    ("RU", "2000-"), ("UA", "2019-"), ("MM", "2021-"), ("AF", "2021-"), ("IQ", "2022-"), ("UG", "1986-"),
    ("FR", "2017-"), ("IL", "2022-"),
])
def test_current_government_periods(iso, period):
    assert military_period(iso) == period


def test_acled_names_and_the_article_before_them():
    assert country_name("CD") == "Democratic Republic of Congo"
    assert state_name("CD") == "the Democratic Republic of Congo"
    assert state_name("CF") == "the Central African Republic"
    assert state_name("US") == "the United States"
    assert state_name("ML") == "Mali"
    assert state_name("MV") == "Maldives"  # ACLED: "Police Forces of Maldives"
    assert country_name("CI") == "Ivory Coast"
    assert military_period("ZZ") == ""


@pytest.mark.parametrize("iso,day,period", [
    ("MM", date(2020, 1, 1), "2016-2021"), ("MM", date(2021, 2, 1), "2021-"), ("AF", date(2021, 8, 14), "2014-2021"),
    ("AF", date(2021, 8, 15), "2021-"), ("BR", date(2022, 6, 1), "2019-2022"), ("SY", date(2017, 1, 1), "2000-"),
    ("MM", None, "2021-"),
])
def test_the_period_is_that_of_the_government_in_office_that_day(iso, day, period):
    assert period_on(iso, day) == period


def test_every_government_still_in_office_has_todays_period():
    """The open period of state_periods.tsv and the period of countries.tsv must agree, or an event of
    today and one of an unknown day would name one army two ways."""
    for line in PERIODS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, start, until, period = line.split("\t")
            assert date.fromisoformat(start) < (date.fromisoformat(until) if until else date.max), line
            if not until:
                assert military_period(iso) == period, line


@pytest.mark.parametrize("iso,day,period", [
    ("GH", date(2022, 3, 2), "2017-2025"), ("PE", date(2022, 3, 2), "2021-2022"), ("PE", date(2023, 5, 1), "2022-2025"),
    ("TH", date(2022, 3, 2), "2014-2023"), ("KR", date(2022, 3, 2), "2017-2022"), ("IT", date(2022, 3, 2), "2021-2022"),
    ("ID", date(2022, 3, 2), "2014-2024"), ("BO", date(2022, 3, 2), "2020-2025"), ("MW", date(2022, 3, 2), "2020-2025"),
])
def test_a_government_since_replaced_names_the_forces_of_its_day(iso, day, period):
    """State forces of an event before today's government took office carry the period of the one in office
    that day (public dates of inaugurations), not one that had not begun (act31)."""
    assert period_on(iso, day) == period


def test_no_dated_period_begins_after_the_one_that_follows_it():
    """A country's dated periods follow one another without overlap."""
    rows: dict[str, list[tuple[date, date | None]]] = {}
    for line in PERIODS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, start, until, _ = line.split("\t")
            rows.setdefault(iso, []).append((date.fromisoformat(start), date.fromisoformat(until) if until else None))
    for iso, spans in rows.items():
        spans.sort()
        for (_, until), (nxt, _) in zip(spans, spans[1:]):
            assert until is not None and until <= nxt, iso
