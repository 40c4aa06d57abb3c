"""Namesake probe: do conflict notes that give evidence of their country place a town there,
rather than at a bigger namesake abroad?

    PYTHONPATH=. .venv/bin/python bench/geo_namesakes.py [--per-country 8] [--show-failures]

Built from general facts only, not from any dev set: for the countries with the most conflict
events (ACLED's 2022 counts, general knowledge), the most populous towns of sitrep's own
gazetteer that share their name key with a bigger town, a region or a country elsewhere. Each
town is put in invented ACLED-style notes, one per template, and coded by the real pipeline;
the figure is the share of notes whose first placed event lies in the town's country. "bare"
names nothing else and is genuinely ambiguous; the other templates give evidence (an actor's
country, the admin chain, a region word, another town of the country, the country itself).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from importlib.resources import files

import numpy as np

from sitrep.geo.build import ADMIN1, ADMIN2, CITY, COUNTRY
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline

from place_probes import print_country_table, print_failures, tally_countries  # bench/ is the script's folder

# the ~40 countries with the most conflict events in 2022 (ISO2)
COUNTRIES = ("UA", "SY", "YE", "MM", "NG", "CD", "ML", "BF", "SO", "SD", "SS", "ET", "CM", "MX", "BR",
             "CO", "IN", "PK", "AF", "IQ", "PH", "PS", "IL", "LB", "LY", "MZ", "CF", "NE", "TD", "KE",
             "HT", "TN", "BD", "RU", "TR", "IR", "BI", "UG", "ZA", "VE")
# how ACLED names the country in an actor ("Military Forces of ...") where it differs from the gazetteer's
ACLED_NAME = {"CD": "Democratic Republic of Congo", "CF": "Central African Republic", "PS": "Palestine",
              "SY": "Syria", "IR": "Iran", "RU": "Russia", "VE": "Venezuela", "TR": "Turkey"}
MIN_POPULATION = 1000
OPENING = "On 3 May 2022, "
TEMPLATES = {
    "bare": "{o}unidentified gunmen killed two civilians in {t}.",
    "actor": "{o}Military Forces of {c} clashed with an unidentified armed group in {t}. Two soldiers were killed.",
    "police": "{o}Police Forces of {c} arrested three suspected gang members in {t}.",
    "chain": "{o}unidentified gunmen killed two civilians in {t} ({a2}, {a1}).",
    "admin1": "{o}unidentified gunmen killed two civilians in {t} ({a1}).",
    "region": "{o}unidentified gunmen killed two civilians in {t}, {a1} region.",
    "other_town": "{o}unidentified gunmen killed two civilians in {t}. The victims were traders from {other}.",
    "country": "{o}unidentified gunmen killed two civilians in {t}, {c}.",
    # tenth session (geo14): more of the shapes ACLED notes take
    "in_chain": "{o}in {t} ({a2}, {a1}), unidentified gunmen killed two civilians.",
    "town_unit": "{o}unidentified gunmen killed two civilians in {t} town, {a2o} district.",
    "near_region": "{o}unidentified gunmen killed two civilians near {t} in {a1} province.",
    "word_region": "{o}unidentified gunmen killed two civilians in {t}, {a1} Department.",
    "nationality": "{o}{adj} soldiers clashed with an unidentified armed group in {t}.",
    # eleventh session (geo17): ACLED's "City - Quarter, Region", a lead "in X, Region,", "near X, Region",
    # "the village of X (District, Region)", a displacement "[coded to X]", "the road between X and Y",
    # "X town (District district)", a state's forces as the second side
    "quarter": "{o}in {t} - Centro, {a1}, unidentified gunmen killed two civilians in the market.",
    "lead_comma": "{o}in {t}, {a1}, unidentified gunmen killed two civilians.",
    "near_comma": "{o}clashes took place between rival militias near {t}, {a1}.",
    "village_of": "{o}unidentified gunmen abducted a man in the village of {t} ({a2}, {a1}).",
    "coded_to": "{o}about 300 refugees arrived in {c} [coded to {t}] and were registered.",
    "road": "{o}militants abducted a trader on the road between {t} and {other}.",
    "town_district": "{o}residents protested in {t} town ({a2o} district) against power cuts. [size=no report]",
    "victim_actor": "{o}an unidentified armed group attacked Military Forces of {c} in {t}, killing two soldiers.",
    # twelfth session (geo19): "X village of Y township", "X city (Region)", "near X town, Region",
    # "X, Region province", "In X (Y district, Z region)"
    "village_unit": "{o}soldiers burned houses in {t} village of {a2o} township.",
    "city_bracket": "{o}unidentified gunmen killed two civilians in {t} city ({a1}).",
    "near_town": "{o}clashes took place between rival militias near {t} town, {a1}.",
    "in_province": "{o}unidentified gunmen killed two civilians in {t}, {a1} province.",
    "district_region": "{o}In {t} ({a2o} district, {a1} region), unidentified gunmen killed two civilians.",
}
FIRST = ("actor", "police", "chain", "admin1", "region", "other_town", "country")  # the seventh session's
TENTH = FIRST + ("in_chain", "town_unit", "near_region", "word_region", "nationality")  # all but bare, geo14


def _demonyms() -> dict[str, str]:
    """ISO2 -> the English adjective of nationality ("Colombian"), from sitrep's English pack."""
    out = {}
    for line in files("sitrep.lang").joinpath("en/countries.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cc, _, names = line.partition("\t")
        first = names.split("|")[0]
        if first:
            out[cc] = " ".join(w[:1].upper() + w[1:] for w in first.split())
    return out


def probes(gaz, per_country: int):
    """(country, town entry, namesake entry, fields) for the towns to test, most populous first."""
    feature = np.frombuffer(gaz.feature, dtype=np.int8)
    lat = np.frombuffer(gaz.lat, dtype=np.float32)
    lon = np.frombuffer(gaz.lon, dtype=np.float32)
    country = np.array(gaz.country)
    admin2 = np.flatnonzero(feature == ADMIN2)
    by_country = defaultdict(list)
    for i in np.flatnonzero(feature == CITY):
        cc = gaz.country[i]
        if cc in COUNTRIES and gaz.population[i] >= MIN_POPULATION:
            by_country[cc].append(int(i))
    out = []
    adjectives = _demonyms()
    for cc in COUNTRIES:
        cname = ACLED_NAME.get(cc) or gaz.names[gaz.country_entry(cc)]
        towns = sorted(by_country[cc], key=lambda i: -gaz.population[i])
        # another town of the country whose name is its own: the largest with no namesake abroad
        other = next((j for j in towns if all(gaz.country[k] == cc for k in gaz.ids(gaz.names[j]))), None)
        picked = 0
        for i in towns:
            if picked >= per_country:
                break
            name = gaz.names[i]
            if name_key(name) != name_key(gaz.names[i]) or not gaz.admin1[i] or i == other:
                continue
            rivals = [j for j in gaz.ids(name) if gaz.country[j] != cc and name_key(gaz.names[j]) == name_key(name)
                      and (gaz.feature[j] in (ADMIN1, COUNTRY) or j in gaz.capitals
                           or gaz.feature[j] == CITY and gaz.population[j] > gaz.population[i])]
            if not rivals:
                continue
            mine = admin2[(country[admin2] == cc)]
            d = (lat[mine] - lat[i]) ** 2 + ((lon[mine] - lon[i]) * np.cos(np.radians(lat[i]))) ** 2
            a2 = gaz.names[int(mine[int(np.argmin(d))])] if len(mine) else gaz.admin1[i]
            # "Gaya town, Gaya district" says no more than "Gaya": the nearest district of another name
            other_name = [j for j in np.argsort(d) if name_key(gaz.names[int(mine[j])]) != name_key(name)]
            a2o = gaz.names[int(mine[other_name[0]])] if other_name else gaz.admin1[i]
            rival = max(rivals, key=lambda j: gaz.population[j])
            out.append((cc, i, rival, {"t": name, "c": cname, "a1": gaz.admin1[i], "a2": a2, "a2o": a2o,
                                       "other": gaz.names[other] if other is not None else cname, "o": OPENING,
                                       "adj": adjectives.get(cc, cname)}))
            picked += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-country", type=int, default=8)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated template names")
    args = ap.parse_args()
    if args.only:
        for name in set(TEMPLATES) - set(args.only.split(",")):
            del TEMPLATES[name]
    pipe = Pipeline().load(["en"])
    gaz = pipe.geoparser.gazetteer
    cases = probes(gaz, args.per_country)
    tally = tally_countries(pipe, [(cc, fields) for cc, _, _, fields in cases], TEMPLATES)
    right, wrong, unplaced = tally.right, tally.wrong, tally.unplaced
    n = len(cases)
    print(f"{n} towns with a bigger namesake abroad in {len({c[0] for c in cases})} countries; "
          f"{n * len(TEMPLATES)} notes coded in {tally.seconds:.0f} s")
    print_country_table(tally, TEMPLATES, n)
    evidence = [t for t in TEMPLATES if t != "bare"]
    print(f"| all but bare | {sum(right[t] for t in evidence) / (n * len(evidence)):.3f} | "
          f"{sum(wrong[t] for t in evidence) / (n * len(evidence)):.3f} | "
          f"{sum(unplaced[t] for t in evidence) / (n * len(evidence)):.3f} |")
    for label, names in (("all of the seventh session's", FIRST), ("all of the tenth session's but bare", TENTH)):
        if all(t in TEMPLATES for t in names):  # not with --only
            print(f"| {label} | {sum(right[t] for t in names) / (n * len(names)):.3f} | "
                  f"{sum(wrong[t] for t in names) / (n * len(names)):.3f} | "
                  f"{sum(unplaced[t] for t in names) / (n * len(names)):.3f} |")
    if args.show_failures:
        print_failures(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
