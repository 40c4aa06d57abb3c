"""Dev sets split into a tune half and a check half (acled_dev, fr_dev2).

Failures are studied on the tune half; the check half is the figure that counts, since a rule that
lifts only the half it was studied on has learned texts. For each half this reads the shared
scorer's own output (run with ``--only``) and adds what the scorer does not print: an event-type
confusion table and how many articles got no event or several.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.acled import DATED
from sitrep.geo.distance import haversine_km
from sitrep.normalise.countries import iso_of_country_name

HALVES = ("all", "tune", "check")
NONE = "(none)"
PLOVER_ONLY = "(PLOVER)"  # a gold event ACLED does not code (an aid delivery, talks)
# Six ACLED event types, and a short label for each so the confusion table fits a terminal.
EVENT_TYPES = {"Battles": "Battles", "Explosions/Remote violence": "Explos.", "Violence against civilians": "VAC",
               "Protests": "Protests", "Riots": "Riots", "Strategic developments": "Strat."}
FIELDS = ("actors", "sub_event_type", "fatalities", "date", "location", "plover_type")


@dataclass(frozen=True)
class HalvedSet:
    """A dev set with its articles, gold and the two id lists that split it."""

    name: str
    folder: str
    articles: str

    def paths(self, shared: Path) -> tuple[Path, Path, Path]:
        folder = shared / "data" / self.folder
        return folder, folder / self.articles, folder / "gold.jsonl"


ACLED_DEV = HalvedSet("acled", "acled_dev", "notes.jsonl")
FR_DEV2 = HalvedSet("fr_dev2", "fr_dev2", "articles.jsonl")


def _dated(record: dict) -> bool:
    return (record.get("status") or "reported") in DATED


def _label(event_type: str | None, missing: str = NONE) -> str:
    return EVENT_TYPES.get(event_type or "", event_type or missing)


def confusion(gold: list[dict], pred: list[dict], matched: list[tuple[str, str]]) -> Counter:
    """(gold type, predicted type) counts over required gold events and dated predictions.

    Matched pairs are the scorer's. Within an article, gold events it left unmatched are paired with
    the unmatched dated predictions, most confident first: those cells show what a missed event was
    coded as. A gold event left over is "(none)" in the predicted column; a prediction left over
    (an invented event) is "(none)" in the gold column."""
    golds = {(g["article_id"], g["gold_id"]): g for g in gold if g.get("required", True)}
    preds = {p["event_id"]: p for p in pred if _dated(p)}
    table: Counter = Counter()
    used_gold, used_pred = set(), set()
    for pred_id, gold_key in matched:
        g, p = golds.get(gold_key), preds.get(pred_id)
        if g is None or p is None:
            continue
        table[(_label(g["event_type"][0], PLOVER_ONLY), _label(p.get("event_type")))] += 1
        used_gold.add(gold_key)
        used_pred.add(pred_id)
    articles = {a for a, _ in golds}
    for article in sorted(articles):
        missed = [g for k, g in golds.items() if k[0] == article and k not in used_gold]
        extra = sorted((p for i, p in preds.items() if p["article_id"] == article and i not in used_pred),
                       key=lambda p: -(p.get("confidence") or 0))
        for n, g in enumerate(missed):
            coded = _label(extra[n].get("event_type")) if n < len(extra) else NONE
            table[(_label(g["event_type"][0], PLOVER_ONLY), coded)] += 1
        for p in extra[len(missed):]:
            table[(NONE, _label(p.get("event_type")))] += 1
    return table


def format_confusion(table: Counter) -> str:
    labels = [*EVENT_TYPES.values(), NONE]
    labels += sorted({x for pair in table for x in pair} - set(labels))
    width = max(len(l) for l in labels) + 1
    lines = ["gold \\ coded".ljust(width) + "".join(l.rjust(width) for l in labels)]
    for g in labels:
        lines.append(g.ljust(width) + "".join(str(table.get((g, p), "") or ".").rjust(width) for p in labels))
    return "\n".join(lines)


@dataclass(frozen=True)
class PlaceFigures:
    """Where the events whose type sitrep gets are placed, by ACLED's own radius (the gold's
    ``radius_km``: 25 km for a town, 50 km near one, 150 km for a region)."""

    type_matched: int
    within_radius: float
    wrong_country: float | None  # None when the gold gives no country
    median_km: float | None

    def line(self) -> str:
        median = f"{self.median_km:.0f} km" if self.median_km is not None else "n/a"
        wrong = f"{self.wrong_country:.3f}" if self.wrong_country is not None else "n/a"
        return (f"places of {self.type_matched} type-matched events: within ACLED's radius "
                f"{self.within_radius:.3f}  wrong country {wrong}  median error {median}")


def _gold_country(g: dict) -> str | None:
    """The gold event's country: its location's, else the note's (acled_dev writes the country there)."""
    named = (g.get("location") or {}).get("country") or g.get("note")
    if not named:
        return None
    return named.upper() if len(named) == 2 else iso_of_country_name(named)


def type_matched_places(gold: list[dict], pred: list[dict]):
    """(gold event, place) for each required, located gold event and the most confident dated event of the
    same ACLED type coded from its article (matched or not by the scorer, whose window already forgives
    100 km); the place is {} when that event has none."""
    by_article: dict[str, list[dict]] = {}
    for p in pred:
        if _dated(p) and p.get("event_type"):
            by_article.setdefault(p["article_id"], []).append(p)
    for g in gold:
        loc = g.get("location")
        if not g.get("required", True) or not loc or loc.get("latitude") is None:
            continue
        same = [p for p in by_article.get(g["article_id"], []) if p["event_type"] in g["event_type"]]
        if same:
            yield g, max(same, key=lambda p: p.get("confidence") or 0).get("location") or {}


def place_figures(gold: list[dict], pred: list[dict]) -> PlaceFigures:
    """For each type-matched place (``type_matched_places``): is it within the gold radius, in the gold's
    country, and how far off. No place counts as outside."""
    within = wrong = with_country = 0
    errors: list[float] = []
    for g, place in type_matched_places(gold, pred):
        loc = g["location"]
        if place.get("latitude") is None:
            errors.append(float("inf"))
            continue
        km = haversine_km(place["latitude"], place["longitude"], loc["latitude"], loc["longitude"])
        errors.append(km)
        within += km <= loc.get("radius_km", 25)
        country = _gold_country(g)
        with_country += bool(country)
        wrong += bool(country and place.get("country") and place["country"] != country)
    n = len(errors)
    located = sorted(e for e in errors if e != float("inf"))
    return PlaceFigures(n, within / n if n else 0.0, wrong / with_country if with_country else None,
                        located[len(located) // 2] if located else None)


def event_counts(ids: set[str], pred: list[dict]) -> tuple[int, int]:
    """Articles among ``ids`` with no dated event, and with two or more."""
    per = Counter(p["article_id"] for p in pred if _dated(p) and p["article_id"] in ids)
    return sum(1 for a in ids if per[a] == 0), sum(1 for a in ids if per[a] >= 2)


def confidence_pairs(detail: dict, gold: list[dict], pred: list[dict], ids: set[str]) -> list[tuple[float, bool]]:
    """(confidence, right) for each dated prediction of the articles ``ids``: right when the scorer matched
    it to a gold event whose sub-event types include its own. A matched event of the wrong type is as
    wrong as an invented one: the confidence should rank both below the events an analyst keeps."""
    types = {(g["article_id"], g["gold_id"]): g.get("sub_event_type") or [] for g in gold}
    matched = {p: types.get((d["article_id"], g), []) for d in detail["details"] for p, g in d["matched"]}
    return [(p.get("confidence") or 0.0, p.get("sub_event_type") in matched.get(p["event_id"], ()))
            for p in pred if _dated(p) and p["article_id"] in ids]


def scorer_command(shared: Path, gold: Path, pred: Path, only: Path | None, detail: Path) -> list[str]:
    cmd = [sys.executable, str(shared / "eval" / "score_events.py"), "--gold", str(gold), "--pred", str(pred),
           "--json", str(detail)]
    return cmd + (["--only", str(only)] if only else [])


def read_ids(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def half_report(half: str, scorer_output: str, detail: dict, gold: list[dict], pred: list[dict],
                ids: set[str], places: PlaceFigures, counts: tuple[int, int]) -> str:
    """The scorer's lines for one half, then the confusion table and the article counts."""
    matched = [(p, (d["article_id"], g)) for d in detail["details"] for p, g in d["matched"]]
    table = confusion([g for g in gold if g["article_id"] in ids], [p for p in pred if p["article_id"] in ids],
                      matched)
    none, several = counts
    return "\n".join([f"-- {half} ({len(ids)} articles)", scorer_output.strip(),
                      f"articles with no dated event: {none}   with two or more: {several}", places.line(),
                      "event types, gold (rows) against coded (columns):", format_confusion(table)])


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
