"""ACLED country names and the period suffix of each country's forces; demonyms, which differ by
language, are read from each language pack's ``countries.tsv``."""
from __future__ import annotations

import csv
import functools
import gettext
import re
from datetime import date
from pathlib import Path

import pycountry

from sitrep.lang import LanguagePack, pack
from sitrep.text import fold

DATA = Path(__file__).parent / "data" / "countries.tsv"
PERIODS = Path(__file__).parent / "data" / "state_periods.tsv"
PEOPLE_WORD = re.compile(r"\b[A-Z][\w'-]*s\b")  # a capitalised plural: a demonym so written is a noun
STATE_BODY = re.compile(r"^(?:Military|Police) Forces of (?:the )?(.+?) \(")


@functools.lru_cache(maxsize=None)
def _rows() -> dict[str, dict]:
    with DATA.open(encoding="utf-8") as fh:
        return {r["iso2"]: r for r in csv.DictReader(fh, delimiter="\t")}


def read_demonyms(path: Path) -> dict[str, str]:
    """Folded demonym -> ISO2, from a language's ``countries.tsv`` (iso2, |-separated demonyms)."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            for w in r["demonyms"].split("|"):
                if w:
                    out[fold(w)] = r["iso2"]
    return out


def acled_countries() -> dict[str, str]:
    """ISO2 -> ACLED's name, for every country of ACLED's list (Kosovo, XK, among them)."""
    return {iso2: row["acled_name"] for iso2, row in _rows().items()}


def country_name(iso2: str) -> str:
    row = _rows().get(iso2)
    if row:
        return row["acled_name"]
    c = pycountry.countries.get(alpha_2=iso2)
    return getattr(c, "common_name", None) or (c.name if c else iso2)


@functools.lru_cache(maxsize=None)
def local_country_name(iso2: str, lang: str) -> str:
    """The country's ISO 3166 name in a language ("RU", "fr" -> "Russie"), from pycountry's own
    translations, its qualifier dropped ("Russie, Fédération de", "Iran (République islamique d')")."""
    c = pycountry.countries.get(alpha_2=iso2)
    if c is None:
        return country_name(iso2)
    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    return re.split(r"[,(]", names.gettext(getattr(c, "common_name", None) or c.name))[0].strip()


# ACLED writes "Military Forces of the Democratic Republic of Congo" but "Civilians (Democratic Republic of Congo)".
_WITH_ARTICLE = frozenset({"CD", "CG", "CF", "US", "GB", "AE", "PH", "NL", "CZ", "DO", "BS", "KM", "SC", "SB",
                           "MH"})


def state_name(iso2: str) -> str:
    """The country as it follows "Military Forces of" / "Police Forces of" / "Government of" in ACLED names."""
    name = country_name(iso2)
    return f"the {name}" if iso2 in _WITH_ARTICLE else name


@functools.lru_cache(maxsize=None)
def _iso_by_name() -> dict[str, str]:
    return {fold(country_name(c.alpha_2)): c.alpha_2 for c in pycountry.countries}


@functools.cache
def _iso_by_local_name(code: str) -> dict[str, str]:
    names = {fold(local_country_name(c.alpha_2, code)): c.alpha_2 for c in pycountry.countries}
    return {**_iso_by_name(), **names}


def iso_of_local_name(name: str, code: str) -> str | None:
    """The ISO2 code of a country by its name in a language or as ACLED spells it ("Liban", "fr" -> "LB")."""
    return _iso_by_local_name(code).get(fold(name))


def iso_of_country_name(name: str) -> str | None:
    """The ISO2 code of a country as ACLED spells it ("Democratic Republic of Congo" -> "CD")."""
    return _iso_by_name().get(fold(name))


def country_of_state_body(actor_name: str) -> str | None:
    """The country whose armed or police forces an ACLED name is ("Military Forces of Mali (2021-)"
    -> "ML"), the reverse of ``state_name``; None for any other actor."""
    m = STATE_BODY.search(actor_name)
    return iso_of_country_name(m.group(1)) if m else None


def military_period(iso2: str) -> str:
    row = _rows().get(iso2)
    return row["military_period"] if row else ""


@functools.lru_cache(maxsize=None)
def _dated_periods() -> dict[str, tuple[tuple[date, date | None, str], ...]]:
    """iso2 -> (from, until, period) of each government ``state_periods.tsv`` dates."""
    out: dict[str, list] = {}
    for line in PERIODS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, start, until, period = line.split("\t")
        out.setdefault(iso, []).append((date.fromisoformat(start), date.fromisoformat(until) if until else None,
                                        period))
    return {iso: tuple(rows) for iso, rows in out.items()}


def period_on(iso2: str, day: date | None) -> str:
    """The period of the government in office on ``day`` ("MM" on 2020-05-01 -> "2016-2021"); today's
    when the day is unknown or no dated period covers it."""
    for start, until, period in _dated_periods().get(iso2, ()) if day else ():
        if start <= day and (until is None or day < until):
            return period
    return military_period(iso2)


def country_from_demonym(word: str, lang: str | LanguagePack) -> str | None:
    return pack(lang).demonyms.get(fold(word))


def peoples_named(text: str, lang: str | LanguagePack) -> frozenset[str]:
    """The countries whose people the text names by a plural demonym ("two Palestinians", "des Ukrainiens"):
    capitalised, and the plural of a demonym, it is a noun in either language (an adjective takes no plural in
    English and no capital in French), so the text implies the country as its actors' countries do."""
    dem = pack(lang).demonyms
    return frozenset(dem[fold(w)[:-1]] for w in PEOPLE_WORD.findall(text) if fold(w)[:-1] in dem)


def demonyms(lang: str | LanguagePack) -> dict[str, str]:
    return dict(pack(lang).demonyms)
