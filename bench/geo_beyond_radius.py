"""Where the tune half's places miss: type-matched events beyond ACLED's radius, by country, and
how many of them name a place that no table of sitrep holds in that country (towns, units,
localities, villages, village councils, hromada villages). A village source is worth looking for
where the second count is high.

    .venv/bin/python bench/geo_beyond_radius.py PRED_DIR [-v] [--set fr_dev2]

PRED_DIR is a ``sitrep eval acled --keep`` folder (``acled.pred.jsonl``), or with ``--set fr_dev2`` a
``sitrep eval fr_dev2 --keep`` one (``fr_dev2.pred.jsonl``, the French articles). Only the tune half is
read: failures are studied there, never on the check half. ``-v`` lists each event (article,
gold name, radius, km off, the place taken, the tables holding the gold name).
"""
from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from sitrep.evaluation.halves import _gold_country, read_ids, type_matched_places
from sitrep.evaluation.paths import shared_dir
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalise import name_key


def tables_holding(gaz: Gazetteer, name: str, cc: str | None) -> list[str]:
    """The tables that give ``name`` a place in country ``cc``."""
    key = name_key(name)
    found = (("town", gaz.ids(name)), ("unit", gaz.unit_ids(name)), ("locality", gaz.local.get(key, ())),
             ("village", gaz.village_ids(name)), ("council", gaz.seat_ids(name)),
             ("hromada", gaz.hromada_village_ids(name)))
    return [label for label, ids in found if any(gaz.country[i] == cc for i in ids)]


def beyond(gold: list[dict], pred: list[dict]) -> tuple[int, list[tuple[dict, dict, float]]]:
    """The type-matched events and, of them, those placed beyond the gold radius, paired as
    ``halves.place_figures`` pairs them (the most confident dated event of the gold's type)."""
    n, out = 0, []
    for g, place in type_matched_places(gold, pred):
        n += 1
        loc = g["location"]
        km = math.inf if place.get("latitude") is None else \
            haversine_km(place["latitude"], place["longitude"], loc["latitude"], loc["longitude"])
        if km > loc.get("radius_km", 25):
            out.append((g, place, km))
    return n, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("-v", action="store_true", help="list every event beyond the radius")
    ap.add_argument("--set", choices=("acled", "fr_dev2"), default="acled",
                    help="the dev set whose tune half is read (fr_dev2: the French articles)")
    ap.add_argument("--shared")
    args = ap.parse_args()
    data = shared_dir(args.shared) / "data" / ("acled_dev" if args.set == "acled" else args.set)
    tune = read_ids(data / "tune.ids")
    gold = [g for g in map(json.loads, open(data / "gold.jsonl", encoding="utf-8")) if g["article_id"] in tune]
    pred = [p for p in map(json.loads, open(args.pred_dir / f"{args.set}.pred.jsonl", encoding="utf-8"))
            if p["article_id"] in tune]
    gaz = Gazetteer.load()
    n, missed = beyond(gold, pred)
    per, absent, rows = Counter(), Counter(), []
    for g, place, km in missed:
        cc = _gold_country(g)
        held = tables_holding(gaz, g["location"]["name"], cc)
        per[cc] += 1
        absent[cc] += not held
        rows.append((cc or "-", g["article_id"], g["location"]["name"], g["location"].get("radius_km", 25),
                     "none" if km == math.inf else round(km), place.get("name"), ",".join(held) or "-"))
    print(f"tune half: {len(missed)} of {n} type-matched events beyond ACLED's radius, "
          f"{sum(absent.values())} naming a place no table holds in its country")
    for cc, count in per.most_common():
        print(f"  {cc}: {count} beyond, {absent[cc]} in no table")
    if args.v:
        for row in sorted(rows):
            print("\t".join(map(str, row)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
