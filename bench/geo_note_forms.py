"""The ways ACLED's notes name a place around a known town: a synthetic probe of where sitrep puts them.

    PYTHONPATH=. .venv/bin/python bench/geo_note_forms.py [--per-country 4] [--seed 11] [--show N]

ACLED writes "in X area", "in V neighbourhood of X city", "between X and Y", "on the X-Y road",
"15 km north of X", "on the outskirts of X", "near X (Unit, Region)", "in V village of X (Region)": the
event is coded at the town X (or the nearer end of a road), never at a namesake elsewhere. This probe
takes real towns of sitrep's own gazetteer (5,000 to 300,000 people) in the conflict countries of
ACLED's data, a second town of the same first-level region 15-120 km away, and invented village names
(random syllables no table holds), writes them into those forms, codes each note with the real
pipeline (``sitrep.api.code``) and measures the first event's place against X: within 25 km (50 km for
the offset and road forms, whose point lies between), in another country, or unplaced. No dev-set text
is used.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tally import print_by_group  # noqa: E402

COUNTRIES = ("SY", "YE", "IQ", "AF", "PK", "IN", "MM", "SO", "SD", "SS", "ET", "CD", "NG", "CM", "BF", "ML",
             "NE", "MZ", "UA", "MX", "CO", "BR", "HT", "PH")
FRENCH = {"CD", "CM", "BF", "ML", "NE", "HT"}
SYLLABLES = ["ka", "lo", "mbe", "ru", "ta", "ngi", "wa", "di", "so", "ba", "ze", "ku", "mo", "fe",
             "ri", "po", "nya", "gu", "te", "vi", "sha", "du", "mi", "zo", "bu", "le", "ho", "ji"]
O = "On 12 March 2022, "
EN = {
    "area": O + "unidentified gunmen killed two civilians in {t} area ({r}).",
    "the_area": O + "military forces clashed with militants in the {t} area, {r}.",
    "quarter_of": O + "unidentified gunmen killed a shopkeeper in {v} neighbourhood of {t} city ({r}).",
    "between": O + "militants ambushed a military convoy between {t} and {t2} ({r}), killing three soldiers.",
    "road": O + "an IED exploded on the {t}-{t2} road ({r}), killing a driver.",
    "km_north": O + "militants attacked a checkpoint 12 km north of {t} ({r}), killing two soldiers.",
    "outskirts": O + "unidentified gunmen killed two farmers on the outskirts of {t} ({r}).",
    "near": O + "a landmine exploded near {t}, {r}, killing a shepherd.",
    "village_of": O + "armed men abducted three civilians from {v} village of {t} ({r}).",
    "village_near": O + "armed men abducted three civilians from {v} village near {t} ({r}).",
    "town_comma": O + "unidentified gunmen killed two civilians in {t}, {r}.",
    "border_crossing": O + "border guards clashed with smugglers at the {t} border crossing ({r}).",
    "idp_camp": O + "unidentified gunmen killed two displaced persons in the {t} IDP camp ({r}).",
    "market": O + "an IED exploded in {t} market ({r}), killing a trader.",
    "the_market": O + "an IED exploded at the {t} market, {r}, killing a trader.",
    "court": O + "residents demonstrated outside the {t} Magistrate's Court ({r}). [size=no report]",
    "hospital": O + "gunmen stormed the {t} General Hospital ({r}) and abducted a nurse.",
    "vicinity": O + "militants attacked an army post in the vicinity of {t} ({r}).",
    "road_between": O + "militants ambushed a convoy on the road between {t} and {t2} ({r}).",
    "outskirts_comma": O + "unidentified gunmen killed two farmers on the outskirts of {t}, {r}.",
    "km_from": O + "militants attacked a checkpoint about 20 km from {t} ({r}), killing two soldiers.",
    "river": O + "militants attacked fishermen along the river near {t} ({r}).",
}
FR = {
    "fr_secteur": "Le 12 mars 2022, des hommes armés ont tué deux civils dans le secteur de {t} ({r}).",
    "fr_km": "Le 12 mars 2022, des assaillants ont attaqué un poste à 12 km de {t} ({r}), tuant deux soldats.",
    "fr_km_dir": "Le 12 mars 2022, des assaillants ont attaqué un poste à 12 km au nord de {t} ({r}), tuant deux "
                 "soldats.",
    "fr_axe": "Le 12 mars 2022, un engin explosif a sauté sur l'axe {t}-{t2} ({r}), tuant un chauffeur.",
    "fr_village": "Le 12 mars 2022, des hommes armés ont attaqué le village de {v}, près de {t} ({r}), tuant deux "
                  "civils.",
    "fr_environs": "Le 12 mars 2022, des hommes armés ont tué deux civils dans les environs de {t} ({r}).",
    "fr_entre": "Le 12 mars 2022, des affrontements ont eu lieu entre {t} et {t2} ({r}) entre l'armée et des "
                "hommes armés.",
}
WIDE = {"km_north", "road", "between", "road_between", "km_from", "fr_km", "fr_km_dir", "fr_axe", "fr_entre"}


def village(rng: random.Random, g, cc: str) -> str:
    """A syllable string no name, unit or transliteration variant of the gazetteer matches."""
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
        if len(name) >= 5 and not g.ids(name) and not g.unit_ids(name) and not g.variant_ids(name, {cc}):
            return name


def towns(g, cc: str, rng: random.Random, n: int) -> list[tuple[int, int]]:
    """``n`` pairs of towns of ``cc`` in one first-level region, 15-120 km apart, plain one-word names."""
    from sitrep.geo.build import CITY
    from sitrep.geo.distance import haversine_km

    pool = [i for i in range(len(g.names)) if g.feature[i] == CITY and g.country[i] == cc and g.admin1[i]
            and 5000 <= g.population[i] <= 300_000 and g.names[i].isalpha() and g.names[i].isascii()]
    rng.shuffle(pool)
    out = []
    for i in pool:
        near = [j for j in pool if j != i and g.admin1[j] == g.admin1[i]
                and 15 <= haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) <= 120]
        if near:
            out.append((i, near[0]))
        if len(out) == n:
            break
    return out


def probes(g, per_country: int, seed: int, templates: set[str] | None):
    rng = random.Random(seed)
    for cc in COUNTRIES:
        for i, j in towns(g, cc, rng, per_country):
            forms = dict(EN)
            if cc in FRENCH:
                forms.update(FR)
            for name, t in forms.items():
                if templates and name not in templates:
                    continue
                v = village(rng, g, cc)
                yield {"cc": cc, "lang": "fr" if name.startswith("fr_") else "en", "template": name, "town": i,
                       "other": j, "text": t.format(t=g.names[i], t2=g.names[j], r=g.admin1[i], v=v)}


def first_place(events):
    """The place of the first event that has a point, or None."""
    return next((e.place for e in events if e.place is not None and e.place.lat is not None), None)


def placed(p: dict, place) -> dict:
    """The probe with what every geo bench records of the place it got (before its own distance test)."""
    if place is None:
        return {**p, "placed": False}
    return {**p, "placed": True, "wrong_country": place.country != p["cc"], "got": place.name,
            "reason": place.reason, "precision": int(place.geo_precision or 0)}


def measure(p: dict, g, events) -> dict:
    from sitrep.geo.distance import haversine_km

    i = p["town"]
    place = first_place(events)
    out = placed(p, place)
    if place is None:
        return out
    d = haversine_km(place.lat, place.lon, float(g.lat[i]), float(g.lon[i]))
    if p["template"] in WIDE:
        j = p["other"]
        d = min(d, haversine_km(place.lat, place.lon, float(g.lat[j]), float(g.lon[j])))
    return {**out, "km": d, "inside": d <= (50 if p["template"] in WIDE else 25)}


def share_line(label: str, rs: list[dict]) -> None:
    """One row of a geo bench's table: notes, and the shares placed, placed right and in the wrong country."""
    n = len(rs)
    share = (lambda k: sum(bool(r.get(k)) for r in rs) / n) if n else (lambda k: 0)
    print(f"{label:16s} {n:5d}  placed {share('placed'):.3f}  right {share('inside'):.3f}  "
          f"wrong country {share('wrong_country'):.3f}")


def report(rows: list[dict]) -> None:
    print_by_group(rows, share_line)


def show_misses(rows: list[dict], n: int) -> None:
    """Print the first ``n`` notes not placed right, with where they went and why."""
    for r in [r for r in rows if not r.get("inside")][:n]:
        print(f"- [{r['cc']} {r['template']}] {r['text']}\n    -> {r.get('got')} {r.get('km', float('nan')):.0f} km "
              f"p{r.get('precision')} | {r.get('reason', '')[:160]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-country", type=int, default=4)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=0, help="print this many notes not placed at their town")
    ap.add_argument("--only", help="comma-separated ISO2 codes")
    ap.add_argument("--templates", help="comma-separated template names")
    ap.add_argument("--dump", help="write every note's measures to this JSONL file")
    args = ap.parse_args()
    from sitrep import api
    from sitrep.geo.gazetteer import Gazetteer

    global COUNTRIES
    if args.only:
        COUNTRIES = tuple(args.only.split(","))
    g = Gazetteer.load()
    t = time.perf_counter()
    wanted = set(args.templates.split(",")) if args.templates else None
    rows = [measure(p, g, api.code(p["text"], lang=p["lang"], published="2022-03-14"))
            for p in probes(g, args.per_country, args.seed, wanted)]
    print(f"{len(rows)} notes in {time.perf_counter() - t:.0f} s")
    report(rows)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    show_misses(rows, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
