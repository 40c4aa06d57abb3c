"""The gazetteer: name keys to candidate places, loaded from a pickled index built on first use.

The cache lives in ``$SITREP_CACHE`` or ``~/.cache/sitrep`` and is named after a hash of every
source file's path, size and modification time, so an upgraded package or an edited data file
rebuilds it (older indexes are pruned, the two newest kept); where nothing is writable the index
is built in memory instead.
"""
from __future__ import annotations

import difflib
import hashlib
import math
import os
import pickle
import re
import tempfile
from pathlib import Path

import numpy as np

from sitrep.acled import GeoPrecision
from sitrep.cache import cache_root
from sitrep.geo import mimu
from sitrep.geo.build import ADMIN1, ADMIN2, AREA, CITY, COUNTRY, FEATURES, PLACE_WORDS, build, source_files, unit_key
from sitrep.geo.distance import EARTH_KM, haversine_km
from sitrep.geo.normalise import name_key, translit_form, translit_key
from sitrep.types import Place

FORMAT = 10
KEEP_INDEXES = 2  # the current index and the newest other one
CHAIN_ONLY_MAX_POP = 100_000  # a town this big elsewhere is what a chain-only name means standing alone ("Paz")
STALE_TMP_SECONDS = 3600  # a temporary file this much older than the new index is a dead build's
# The prior of an entry: a news report names a region or country more often than a namesake town ...
LEVEL_PRIOR = {COUNTRY: 4.0, AREA: 5.0, ADMIN1: 2.5, ADMIN2: 1.0, CITY: 0.0}
OWN_NAME_PRIOR = 1.5  # ... its own name rather than one of the alternate names geonames gathered
CURATED_PRIOR = 3.0  # ... a name sitrep's own tables give it (aliases, regions)
LOCAL_PRIOR = 1.0  # ... a conflict locality's spelling, though small towns share names worldwide
UNNAMED_ADMIN2_PRIOR = -2.0  # ... and "Oxford" is rarely "Oxford County"
ARTICLE_MIN_POP = 20_000  # a town the news names without its article ("Qamishli") is a well-known one
_ARTICLE = re.compile(r"A[lnrsdtz]h?[\s\-‑]")  # "Al ", "Al-", "Ar ", "As ", "Ash ": the Arabic article
VARIANT_MIN_RATIO = 0.8  # "Nasiriyya"/"Nasiriyah" (0.91) are one town; "Nasr"/"Nasiriyah" are not
RESPELT_MIN_LETTERS = 5  # a name of several words is kept as a respelling only with this many consonants ("Al Kallaseh" has 3)
TOWN_REACH_SHARE = 0.95  # a region reaches as far as this share of the towns filed under it
MISSPELT_MIN_POP = 5000  # a town a reporter misspells is one readers know: villages one letter apart abound
MISSPELT_MIN_LETTERS = 5  # "Derma" for Derna; shorter names are one letter from too many others
NEAREST_MAX_KM = 150.0  # farther than this from any town (open sea, empty desert), a point is in no known country
GEO_PRECISION = {CITY: GeoPrecision.TOWN, ADMIN2: GeoPrecision.NEAR, ADMIN1: GeoPrecision.REGION,
                 COUNTRY: GeoPrecision.REGION, AREA: GeoPrecision.REGION}


def cache_path() -> Path:
    h = hashlib.sha256(str(FORMAT).encode())
    if mimu.database() is not None:  # with MIMU's villages or without: never one pickle for both
        h.update(f"mimu:{mimu.version()}".encode())
    for f in source_files():  # size and time of change, not content: reading them all slowed every start
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return cache_root() / f"gazetteer-{h.hexdigest()[:16]}.pickle"


def _load_index() -> dict:
    path = cache_path()
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    index = build()
    index["town_reaches"] = town_reaches(index)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        prune(path)
    except OSError:
        pass
    return index


def town_reaches(index: dict) -> dict[int, float]:
    """First-level region -> the distance within which ``TOWN_REACH_SHARE`` of the towns filed under it lie
    (``Gazetteer.town_reach``); computed once when the index is built, not on an article's first region."""
    names, country, admin1 = index["names"], index["country"], index["admin1"]
    feature = np.frombuffer(index["feature"], dtype=np.int8)
    last = index["mimu"]["first"] if index.get("mimu") is not None else len(names)
    regions = {(country[j], name_key(names[j])): j for j in np.flatnonzero(feature == ADMIN1).tolist()}
    pairs = list(zip(country[:last], admin1[:last]))
    of = {k: regions.get((k[0], name_key(k[1])), -1) if k[1] else -1 for k in set(pairs)}
    owner = np.fromiter((of[k] for k in pairs), dtype=np.int64, count=last)
    towns = np.flatnonzero((feature[:last] == CITY) & (owner >= 0))
    owner = owner[towns]
    lat = np.radians(np.frombuffer(index["lat"], dtype=np.float32).astype(np.float64))
    lon = np.radians(np.frombuffer(index["lon"], dtype=np.float32).astype(np.float64))
    h = np.sin((lat[towns] - lat[owner]) / 2) ** 2 + \
        np.cos(lat[towns]) * np.cos(lat[owner]) * np.sin((lon[towns] - lon[owner]) / 2) ** 2
    km = 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0)))
    order = np.lexsort((km, owner))
    owner, km = owner[order], km[order]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    ends = np.r_[starts[1:], len(owner)]
    return {int(owner[a]): float(km[a + int(TOWN_REACH_SHARE * (b - a - 1))]) for a, b in zip(starts, ends)}


def prune(current: Path, keep: int = KEEP_INDEXES) -> None:
    """Drop older indexes (each upgrade or data edit writes a new one, ~25 MB) and temporary files a
    killed build left, keeping the ``keep`` newest so that two installs sharing the cache do not
    rebuild each other's."""
    folder = current.parent
    for tmp in folder.glob("tmp*.tmp"):
        try:
            if tmp.stat().st_mtime < current.stat().st_mtime - STALE_TMP_SECONDS:
                tmp.unlink()
        except OSError:
            pass
    others = sorted((p for p in folder.glob("gazetteer-*.pickle") if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[max(0, keep - 1):]:
        try:
            old.unlink()
        except OSError:
            pass


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two keys differ by one edit: a letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


class Gazetteer:
    """Place names of the world (towns of 500+ people, regions, countries, areas) by name key."""

    def __init__(self, index: dict):
        self._ix = index
        self.names: list[str] = index["names"]
        self.lat, self.lon = index["lat"], index["lon"]
        self.country: list[str] = index["country"]
        self.admin1: list[str] = index["admin1"]
        self.feature, self.population = index["feature"], index["population"]
        self.geonameid, self.radius = index["geonameid"], index["radius"]
        self.index: dict[str, int | tuple[int, ...]] = index["index"]
        self.curated: dict[str, tuple[int, ...]] = index["curated"]
        self.local: dict[str, tuple[int, ...]] = index["local"]
        self.units: dict[str, tuple[int, ...]] = index["units"]
        self.chain: dict[str, tuple[int, ...]] = index.get("chain", {})
        self.villages: dict[str, tuple[int, ...]] = index.get("villages", {})
        self.seats: dict[str, tuple[int, ...]] = index.get("seats", {})
        self.hromada_villages: dict[str, tuple[int, ...]] = index.get("hromada_villages", {})
        self.mimu: dict | None = index.get("mimu")  # MIMU's villages, where installed (``mimu.py``)
        self.capitals: frozenset[int] = frozenset(index.get("capitals", ()))
        self.capital_of: dict[str, int] = {self.country[i]: i for i in self.capitals}  # ISO2 -> its capital
        self.translit: dict[str, str | tuple[str, ...]] = index.get("translit", {})
        self._misspelt_towns: dict[str, list[tuple[str, int]]] | None = None  # ISO2 -> (key, id), for ``misspelt_ids``
        self._respelt: dict[str, dict[str, tuple[int, ...]]] = {}  # a village table's ids by spelling folded, by table
        self._unit_translit: dict[str, tuple[str, ...]] | None = None  # units' keys by skeleton, for ``unit_variant_ids``
        self._towns = None  # entry ids, latitudes and longitudes (radians) of towns and districts, for ``nearest``
        self._mimu_towns: dict[str, list[tuple[int, ...]]] | None = None  # a town's key -> its wards, for ``mimu_towns``
        self._town_reaches: dict[int, float] = index["town_reaches"]  # first-level region -> its towns' reach
        self._country_entry = {self.country[i]: i for i in range(len(self.names)) if self.feature[i] == COUNTRY}

    @classmethod
    def load(cls) -> "Gazetteer":
        return cls(_load_index())

    def ids(self, name: str) -> tuple[int, ...]:
        """Entry ids whose name or alternate name has the key of ``name``."""
        key = name_key(name)
        hit = self.index.get(key)
        if hit is None:
            return self._without_article(key, self.index) or self._with_article(key)
        return hit if isinstance(hit, tuple) else (hit,)

    def _with_article(self, key: str) -> tuple[int, ...]:
        """Sizeable towns whose own name has the Arabic article the news leaves out ("Qamishli" for
        Al Qāmishlī, "Diwaniyah" for Al Diwaniyah)."""
        return tuple(i for i in self._named_with_article(key)
                     if self.feature[i] == CITY and self.population[i] >= ARTICLE_MIN_POP)

    def article_ids(self, name: str) -> tuple[int, ...]:
        """Towns and regions whose own name is ``name`` with the Arabic article ("Al Bayda" for "Bayda",
        "Al Ghaydah" for "Ghaydah"), whatever their size: candidates only where the text binds the name to
        a country or region that holds them, since the bare key may be a namesake's alternate name (the
        sources give Libya's Al Bayda the key "Bayda", and Yemen's none)."""
        return tuple(i for i in self._named_with_article(name_key(name)) if self.feature[i] in (CITY, ADMIN1, ADMIN2))

    def _named_with_article(self, key: str) -> tuple[int, ...]:
        """Entries whose own name is ``key`` with the Arabic article: only an entry named "Al X" itself, not
        one of the alternate names geonames gathers ("al nas" for Naas), and not the Spanish "El"."""
        hit = self.index.get("al " + key)
        if hit is None:
            return ()
        return tuple(i for i in (hit if isinstance(hit, tuple) else (hit,))
                     if _ARTICLE.match(self.names[i]) and name_key(self.names[i]) == "al " + key)

    def _without_article(self, key: str, table: dict) -> tuple[int, ...]:
        """Entries for a key with a leading Arabic article that the sources leave out of the
        alternate name ("Ar Raqqa" for the "Raqqa" of Ar Raqqah)."""
        if not key.startswith("al ") or key[3:] not in table:
            return ()
        hit = table[key[3:]]
        return hit if isinstance(hit, tuple) else (hit,)

    def variant_ids(self, name: str, countries) -> tuple[int, ...]:
        """Towns of ``countries`` whose spelling differs from ``name`` by transliteration only
        ("Nasiriyya" for Nasiriyah, "Qamishly" for Qamishli), closest spelling first, then the most
        populous: a fallback for a name no source lists, never a lookup abroad, where it would
        find namesakes."""
        key = name_key(name)
        form = translit_form(key)
        best: dict[int, float] = {}
        others = self.translit.get(translit_key(key), ())
        for other in (others,) if isinstance(others, str) else others:
            ratio = difflib.SequenceMatcher(None, form, translit_form(other)).ratio()
            if ratio < VARIANT_MIN_RATIO:
                continue
            hit = self.index[other]
            for i in hit if isinstance(hit, tuple) else (hit,):
                if self.feature[i] == CITY and self.country[i] in countries and ratio > best.get(i, 0.0):
                    best[i] = ratio
        return tuple(sorted(best, key=lambda i: (best[i], self.population[i]), reverse=True))

    def unit_variant_ids(self, name: str) -> tuple[int, ...]:
        """Administrative units whose name differs from ``name`` by transliteration only ("Munabbih" for the
        table's Monabbih, "Shida" for Shada'a), closest spelling first: a fallback only where the region that
        qualifies the name bounds them, since a short skeleton is shared by units of many countries."""
        key = name_key(name)
        if self._unit_translit is None:
            skeletons: dict[str, list[str]] = {}
            for other in self.units:
                skeletons.setdefault(translit_key(other), []).append(other)
            self._unit_translit = {k: tuple(v) for k, v in skeletons.items()}
        form = translit_form(key)
        best: dict[int, float] = {}
        for other in self._unit_translit.get(translit_key(key), ()):
            ratio = difflib.SequenceMatcher(None, form, translit_form(other)).ratio()
            if ratio >= VARIANT_MIN_RATIO:
                for u in self.units[other]:
                    best[u] = max(ratio, best.get(u, 0.0))
        return tuple(sorted(best, key=lambda u: best[u], reverse=True))

    def has_variant(self, name: str) -> bool:
        """Whether some town, in any country, is spelt like ``name`` but for transliteration ("Bulo
        Burte" for Bulo Burti), in as many words: the test that keeps a name of several words no table
        lists for ``variant_ids``, which then looks only in the text's own countries."""
        key = name_key(name)
        form, words, skeleton = translit_form(key), key.count(" "), translit_key(key)
        if len(skeleton) < RESPELT_MIN_LETTERS:
            return False
        others = self.translit.get(skeleton, ())
        return any(other.count(" ") == words and
                   difflib.SequenceMatcher(None, form, translit_form(other)).ratio() >= VARIANT_MIN_RATIO
                   for other in ((others,) if isinstance(others, str) else others))

    def misspelt_ids(self, name: str, countries) -> tuple[int, ...]:
        """Towns of ``countries`` whose name is one letter off ``name`` (a letter added, dropped, changed or
        two swapped: "Rutsuru", "Bamendaa"), most populous first: a fallback for a name no table lists and no
        transliteration reaches, never a lookup abroad. Only towns of MISSPELT_MIN_POP people or more."""
        key = name_key(name)
        if sum(c.isalpha() for c in key) < MISSPELT_MIN_LETTERS:
            return ()
        if self._misspelt_towns is None:
            feature = np.frombuffer(self.feature, dtype=np.int8)
            pop = np.asarray(self.population)
            towns: dict[str, list[tuple[str, int]]] = {}
            for i in np.flatnonzero((feature == CITY) & (pop >= MISSPELT_MIN_POP)).tolist():
                towns.setdefault(self.country[i], []).append((name_key(self.names[i]), i))
            self._misspelt_towns = towns
        hits = {i for cc in countries for other, i in self._misspelt_towns.get(cc, ()) if _one_letter_off(key, other)}
        return tuple(sorted(hits, key=lambda i: self.population[i], reverse=True))

    def unit_ids(self, name: str) -> tuple[int, ...]:
        """Administrative units (township, LGA, commune...) named ``name``: candidates only where
        the text names a unit, since most share their name with a town or a word."""
        key = name_key(name)
        return self.units.get(key) or self._without_article(key, self.units)

    def village_ids(self, name: str) -> tuple[int, ...]:
        """Villages no other table has (``villages.tsv.gz``, ``in_post_offices.tsv.gz``): candidates
        only where the text calls the name a village or binds it in a chain, since most are words or
        namesakes elsewhere."""
        key = name_key(name)
        return self.villages.get(key) or self._without_article(key, self.villages) or \
            (self.villages.get(key.replace(" ", ""), ()) if self.mimu is not None and " " in key else ())

    def seat_ids(self, name: str) -> tuple[int, ...]:
        """Ukrainian village councils whose seat may be named ``name`` (``ua_council_seats.tsv.gz``):
        candidates only where the text binds the name to an oblast that no town of the name lies in."""
        key = name_key(name)
        return self.seats.get(key) or self._respelt_ids("seats", key)

    def hromada_village_ids(self, name: str) -> tuple[int, ...]:
        """Ukrainian villages named ``name`` placed at their hromada (``ua_hromada_villages.tsv.gz``):
        candidates only where the text binds the name to an oblast with no town or council of the name."""
        key = name_key(name)
        return self.hromada_villages.get(key) or self._respelt_ids("hromada_villages", key)

    def _respelt_ids(self, table: str, key: str) -> tuple[int, ...]:
        """The entries of the village table ``table`` (an attribute's name) spelt like ``key`` but for
        transliteration ("Novoandriyivka" for Novoandriivka: one village, two romanisations of its vowels), where
        none is spelt as ``key`` is; the table's folded spellings are read once, on the first call."""
        if len(translit_key(key)) < RESPELT_MIN_LETTERS:
            return ()
        if table not in self._respelt:
            forms: dict[str, tuple[int, ...]] = {}
            for other, ids in getattr(self, table).items():
                form = translit_form(other)
                forms[form] = forms.get(form, ()) + tuple(ids)
            self._respelt[table] = forms
        return self._respelt[table].get(translit_form(key), ())

    def from_mimu(self, i: int) -> bool:
        """Whether entry ``i`` is a village or ward of MIMU's place codes."""
        return self.mimu is not None and self.mimu["first"] <= i < self.mimu["first"] + len(self.mimu["units"])

    def mimu_units(self, i: int) -> tuple[str, str, str, str]:
        """The village tract, township, district and state MIMU files village ``i`` under."""
        return self.mimu["units"][i - self.mimu["first"]]

    def mimu_unplaced(self, name: str) -> tuple[tuple[str, str, str], ...]:
        """The units (township, district, state keys) of villages named ``name`` that MIMU holds but
        no entry places: no point, or namesakes of one township far apart."""
        if self.mimu is None:
            return ()
        key = name_key(name)
        return self.mimu["unplaced"].get(key) or self.mimu["unplaced"].get(key.replace(" ", ""), ())

    def mimu_towns(self, name: str) -> list[tuple[int, ...]]:
        """The towns named ``name`` whose wards MIMU files under one tract ("Gangaw Town"): for each, the
        entry ids of its wards. Empty without MIMU or where no town tract bears the name."""
        if self.mimu is None:
            return []
        if self._mimu_towns is None:
            last = frozenset(PLACE_WORDS["mimu_town_words"])
            towns: dict[tuple[str, str, str], list[int]] = {}
            for k, (tract, township, _, state) in enumerate(self.mimu["units"]):
                words = tract.lower().split()
                if len(words) > 1 and words[-1] in last:
                    towns.setdefault((unit_key(tract), township, state), []).append(self.mimu["first"] + k)
            self._mimu_towns = {}
            for (key, _, _), ids in towns.items():
                self._mimu_towns.setdefault(key, []).append(tuple(ids))
        return self._mimu_towns.get(unit_key(name), [])

    def has_seat(self, name: str) -> bool:
        return name_key(name) in self.seats

    def has_hromada_village(self, name: str) -> bool:
        return name_key(name) in self.hromada_villages

    def has_village(self, name: str) -> bool:
        return bool(self.village_ids(name))

    def chain_ids(self, name: str) -> tuple[int, ...]:
        """First-level regions by a name only the end of an administrative chain gives them
        ("Northern" for Malawi's Northern Region, Lebanon's "North")."""
        return self.chain.get(name_key(name), ())

    def chain_only(self, name: str) -> bool:
        """Whether only a chain gives ``name`` a place in its region's country, and nothing else
        makes it news by itself ("UP", "J&K": no Indian town or region has them otherwise, and Aups
        is a village; "Cairo" names the city too, "UK" a country, "Capital" Venezuela's district)."""
        ids = self.chain_ids(name)
        countries = {self.country[i] for i in ids}
        return bool(ids) and not any(self.country[j] in countries or self.feature[j] in (ADMIN1, COUNTRY)
                                     or self.population[j] >= CHAIN_ONLY_MAX_POP for j in self.ids(name))

    def chain_holds(self, region: str, town: str) -> bool:
        """Whether ``region``, a name chains give a region ("UP"), may hold ``town``: the town has a
        namesake in that region's country ("Agra, UP"; "WASHINGTON (AP)", "Jane Smith, MP" do not)."""
        countries = {self.country[i] for i in self.chain_ids(region)}
        return any(self.country[i] in countries for i in self.ids(town))

    def has_unit(self, name: str) -> bool:
        return bool(self.unit_ids(name))

    def exact(self, i: int, name: str) -> bool:
        """Whether ``name`` is entry ``i``'s own name or one of sitrep's spellings of it, rather
        than an alternate name gathered from elsewhere (geonames gives Mombasa "Mambasa")."""
        key = name_key(name)
        return name_key(self.names[i]) == key or i in self.curated.get(key, ()) or i in self.local.get(key, ()) \
            or i in self.units.get(key, ()) or i in self.chain.get(key, ()) or i in self.villages.get(key, ())

    def vouched(self, i: int, name: str) -> bool:
        """Whether sitrep's own tables (aliases, regions, localities) give entry ``i`` this name."""
        key = name_key(name)
        return i in self.curated.get(key, ()) or i in self.local.get(key, ())

    def is_local(self, name: str) -> bool:
        """Whether ``name`` is a spelling of a conflict locality of ``localities.tsv``."""
        return name_key(name) in self.local

    def has(self, name: str) -> bool:
        return bool(self.ids(name))

    def prior(self, i: int, name: str = "") -> float:
        """Context-free plausibility of entry ``i`` for a mention: bigger and higher features first,
        and the entry's own name over one of its alternate names."""
        f = self.feature[i]
        key = name_key(name) if name else ""
        level = LEVEL_PRIOR[f]
        pop = math.log10(self.population[i] + 10)
        local = bool(key) and i in self.local.get(key, ())
        unit = bool(key) and (i in self.units.get(key, ()) or i in self.chain.get(key, ()) or i in self.villages.get(key, ()))
        own = OWN_NAME_PRIOR if key and (name_key(self.names[i]) == key or local or unit) else 0.0
        curated = CURATED_PRIOR if key and i in self.curated.get(key, ()) else 0.0
        if local and not curated:
            curated = LOCAL_PRIOR
        if f == ADMIN2 and not own:
            level += UNNAMED_ADMIN2_PRIOR
        return level + pop + own + curated

    def place(self, i: int, score: float = 0.0, reason: str = "") -> Place:
        f = self.feature[i]
        radius = float(self.radius[i]) or None
        return Place(name=self.names[i], lat=round(float(self.lat[i]), 5), lon=round(float(self.lon[i]), 5),
                     country=self.country[i] or None, admin1=self.admin1[i] or None,
                     feature=FEATURES[f], population=int(self.population[i]),
                     geo_precision=GEO_PRECISION[f],
                     uncertainty_km=radius if f != CITY or self.from_mimu(i) else None, score=round(score, 3), reason=reason,
                     geonameid=int(self.geonameid[i]) or None)

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Candidate places for ``name``, best first (``country`` first when given)."""
        ids = self.ids(name)
        ranked = sorted(ids, key=lambda i: (country is not None and self.country[i] == country,
                                            self.prior(i, name)), reverse=True)
        return [self.place(i, self.prior(i, name), "gazetteer prior") for i in ranked]

    def country_entry(self, cc: str) -> int | None:
        return self._country_entry.get(cc)

    def town_reach(self, region: int) -> float:
        """How far first-level region ``region`` reaches: its radius, or where farther, the distance within which
        19 in 20 of the towns filed under it lie. A region's centre and radius come from the few points one source
        has of it (Myanmar's Kayin: a radius of 0 km, Chin's 15 km), whose townships 130 km off are still in it.
        MIMU's villages are left out: a table of one country, its points not the sources' of regions."""
        return max(float(self.radius[region]), self._town_reaches.get(region, 0.0))

    def nearest(self, lat: float, lon: float) -> Place | None:
        """The town or district nearest a point (a point an analyst picked on a map), if one lies
        within NEAREST_MAX_KM: its country and admin1 are the point's."""
        if self._towns is None:
            feature = np.frombuffer(self.feature, dtype=np.int8)
            towns = np.flatnonzero((feature == CITY) | (feature == ADMIN2))
            self._towns = (towns, np.radians(np.frombuffer(self.lat, dtype=np.float32)[towns].astype(np.float64)),
                           np.radians(np.frombuffer(self.lon, dtype=np.float32)[towns].astype(np.float64)))
        towns, lats, lons = self._towns
        p, q = math.radians(lat), math.radians(lon)
        h = np.sin((lats - p) / 2) ** 2 + np.cos(lats) * math.cos(p) * np.sin((lons - q) / 2) ** 2
        best = int(np.argmin(h))
        i = int(towns[best])
        if haversine_km(lat, lon, float(self.lat[i]), float(self.lon[i])) > NEAREST_MAX_KM:
            return None
        return self.place(i, reason="nearest town to a point")
