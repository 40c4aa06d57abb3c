"""Cross-border probe: do notes of a state's forces acting in a neighbouring country place the event
in that country, rather than at a namesake abroad, in the forces' own country, or nowhere?

    PYTHONPATH=. .venv/bin/python bench/geo_cross_border.py [--per-pair 12] [--show-failures]

Built from general facts only, not from any dev set: pairs of (forces' country, country they act in)
that conflict reporting of 2022 names often (general knowledge: Russia in Ukraine, Israel in the
Palestinian territories, Turkey in Syria and Iraq, Rwanda in DR Congo, Kenya and Ethiopia in Somalia,
Pakistan and Afghanistan across their border, the Saudi-led coalition in Yemen...). For each pair, the
most populous towns of sitrep's own gazetteer in the second country are put in invented ACLED-style
notes and coded by the real pipeline; the figure is the share of notes whose first placed event lies
in the town's country. ``bare`` names the town alone; ``region`` adds its first-level region, as ACLED
writes ("X, Kharkiv").
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from sitrep.geo.build import CITY
from sitrep.pipeline import Pipeline

from place_probes import print_country_table, print_failures, tally_countries  # bench/ is the script's folder

# (the forces' adjective, the country they act in): general knowledge of 2022's cross-border fighting
PAIRS = (("Russian", "UA"), ("Israeli", "PS"), ("Turkish", "SY"), ("Turkish", "IQ"), ("Iranian", "IQ"),
         ("Rwandan", "CD"), ("Kenyan", "SO"), ("Ethiopian", "SO"), ("Pakistani", "AF"), ("Afghan", "PK"),
         ("Saudi", "YE"), ("Indian", "PK"), ("Pakistani", "IN"), ("Nigerien", "NG"), ("Nigerian", "NE"),
         ("Chadian", "CM"), ("Ukrainian", "RU"), ("Israeli", "SY"), ("Israeli", "LB"), ("Burundian", "CD"),
         ("Ugandan", "CD"), ("Malian", "BF"), ("Burkinabe", "ML"), ("Sudanese", "SS"), ("Eritrean", "ET"))
MIN_POPULATION = 2000
OPENING = "On 3 May 2022, "
TEMPLATES = {
    "bare": "{o}{adj} forces shelled {t}, killing two civilians.",
    "region": "{o}{adj} forces shelled {t}, {a1}, killing two civilians.",
    "raid": "{o}{adj} soldiers raided {t} and arrested three men.",
}


def probes(gaz, per_pair: int):
    """(adjective, country, town entry, fields) for the towns to test, most populous first."""
    by_country = defaultdict(list)
    wanted = {cc for _, cc in PAIRS}
    for i in range(len(gaz.names)):
        if gaz.feature[i] == CITY and gaz.country[i] in wanted and gaz.population[i] >= MIN_POPULATION \
                and gaz.admin1[i]:
            by_country[gaz.country[i]].append(i)
    out = []
    for adj, cc in PAIRS:
        towns = sorted(by_country[cc], key=lambda i: -gaz.population[i])
        # a middle slice: the biggest towns are news by their name alone and always right
        for i in towns[per_pair:3 * per_pair:2]:
            out.append((adj, cc, i, {"t": gaz.names[i], "a1": gaz.admin1[i], "adj": adj, "o": OPENING}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-pair", type=int, default=12)
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args()
    pipe = Pipeline().load(["en"])
    gaz = pipe.geoparser.gazetteer
    cases = probes(gaz, args.per_pair)
    tally = tally_countries(pipe, [(cc, fields) for _, cc, _, fields in cases], TEMPLATES)
    n = len(cases)
    print(f"{n} towns in {len(PAIRS)} (forces, country) pairs; {n * len(TEMPLATES)} notes coded in "
          f"{tally.seconds:.0f} s")
    print_country_table(tally, TEMPLATES, n)
    if args.show_failures:
        print_failures(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
