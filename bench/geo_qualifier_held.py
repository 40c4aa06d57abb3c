"""A held set for the namesake and note-form benches: other towns, other wordings, never studied while tuning.

    PYTHONPATH=. .venv/bin/python bench/geo_qualifier_held.py [--per-country 4] [--seed 5] [--show-failures]
        [--only namesakes|forms]

`bench/geo_qualified_namesakes.py` (a town with a namesake in another region of its country, named with its
region or with a region that holds none of its namesakes) and `bench/geo_note_forms.py` (the forms ACLED's
notes name a town's land in, Pakistan the weakest country) were studied to write the place rules of the
thirty-fourth session; a rule fitted to their sentences would show here as no gain. This set draws other
towns (another seed) from sitrep's own gazetteer and writes them in wordings neither bench uses: "namesakes"
notes ("in the town of X, Y", "X (Y state)", "X of Y region", "à X, dans la province du Y") are measured as
in the namesake bench (in the region; within 25 km for "inside"); "forms" notes put a town of Pakistan,
Afghanistan or India in the district and tehsil forms of those countries' notes ("in V area of X district",
"X tehsil", "V village, X district, Y") and are measured as in the note-form bench (within 25 km of X, 50 km
for the district forms, whose unit's point may lie off its town). Run it before and after a change; read its
failures only in a last round. No dev-set text is used.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import geo_note_forms as forms  # noqa: E402
from geo_qualified_namesakes import cases, print_table, score  # noqa: E402
from geo_stress import REGION_WORD, drawn_cases, stress_arguments  # noqa: E402

NAMESAKE_TEMPLATES = {
    "town_of": "{o}a roadside bomb struck a police pickup in the town of {t}, {a1}.",
    "bracket_word": "{o}militia fighters looted shops in {t} ({a1} {rw}).",
    "of_region": "{o}protesters blocked the main road in {t} of {a1} {rw}.",
}
NAMESAKE_FR = {
    "fr_dans": "Le 3 mai 2022, des inconnus armés ont incendié des maisons à {t}, dans la {fr} {a1}.",
}
O = "On 9 June 2021, "
FORM_TEMPLATES = {
    "district_area": O + "security forces raided a hideout in {v} area of {t} district ({r}).",
    "tehsil": O + "gunmen shot dead a schoolteacher in {t} tehsil ({r}).",
    "village_district": O + "armed men killed a farmer in {v} village, {t} district, {r}.",
    "town_in_region": O + "a bomb hidden in a cart went off near the town of {t} in {r} {rw}.",
    "area_comma": O + "unidentified gunmen killed a trader in {v} area, {t}, {r}.",
}
FORM_COUNTRIES = ("PK", "AF", "IN")
DISTRICT_FORMS = {"district_area", "village_district"}


def form_notes(g, per_country: int, seed: int) -> list[dict]:
    """Towns of the South Asian countries written into their district and tehsil forms."""
    rng = random.Random(seed)
    out = []
    for cc in FORM_COUNTRIES:
        for i, j in forms.towns(g, cc, rng, per_country):
            for name, t in FORM_TEMPLATES.items():
                text = t.format(t=g.names[i], r=g.admin1[i], v=forms.village(rng, g, cc),
                                rw=REGION_WORD.get(cc, "region"))
                out.append({"cc": cc, "lang": "en", "template": name, "town": i, "other": j, "text": text})
    return out


def measure_form(p: dict, g, events) -> dict:
    """The note-form bench's measure, with a 50 km reach for the district forms."""
    from sitrep.geo.distance import haversine_km

    place = forms.first_place(events)
    out = forms.placed(p, place)
    if place is None:
        return out
    d = haversine_km(place.lat, place.lon, float(g.lat[p["town"]]), float(g.lon[p["town"]]))
    return {**out, "km": d, "inside": d <= (50 if p["template"] in DISTRICT_FORMS else 25)}


def main() -> int:
    ap = stress_arguments(__doc__, 4)
    ap.set_defaults(seed=5)
    ap.add_argument("--only", choices=("namesakes", "forms"))
    args = ap.parse_args()
    from sitrep import api
    from sitrep.pipeline import Pipeline

    pipe = Pipeline().load(["en", "fr"])
    gaz = pipe.geoparser.gazetteer
    t0 = time.perf_counter()
    if args.only != "forms":
        drawn = drawn_cases(args.cases, lambda: cases(gaz, args.per_country, args.seed))
        total, in_region, near25, outside, failures = score(pipe, drawn, NAMESAKE_TEMPLATES, NAMESAKE_FR)
        print(f"namesakes: {len(drawn)} cases, {total['all']} notes")
        print_table(total, in_region, near25, outside)
        if args.show_failures:
            for row in failures:
                print("\t".join(row))
    if args.only != "namesakes":
        rows = [measure_form(p, gaz, api.code(p["text"], lang=p["lang"], published="2021-06-11"))
                for p in form_notes(gaz, args.per_country, args.seed)]
        print(f"forms: {len(rows)} notes")
        forms.report(rows)
        if args.show_failures:
            forms.show_misses(rows, len(rows))
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
