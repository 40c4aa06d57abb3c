"""Confidence ranking AUC on each half of the dev sets, from a `sitrep eval --keep` dir, and what marks the
events it ranks wrongly.

    PYTHONPATH=. .venv/bin/python bench/confidence_halves.py KEEP_DIR [--shared ../shared] [--only SET]
        [--features]

Issue 13: the confidence sorts events for an analyst, so a false or mistyped event ranked above a right one costs
them time. `sitrep eval` prints one AUC per set; a cue is kept only if it lifts the halves it was not studied on,
so this prints, for each set the keep dir holds, the AUC of each half as the evaluation computes it: acled and
fr_dev2 by tune and check ids (a dated event is right when the scorer matched it to a gold event of its
sub-event type), CASE 2021 by bench/case_halves.py's halves A and B (each snippet's most confident dated event,
right when it has the gold's type), fr_dev whole (a dated event matched to any gold event).

With ``--features`` it adds, for the acled tune half and CASE half A only (the halves one may study; the check
half's and half B's tables are never printed), each feature of an event read from its record and its ``why``
(the trigger's kind against the coded one, a type rule, joined mentions, sides a rule supplied, where the place
came from, its precision, a stated toll, a relayed source, ...): how many events have it, how many of them are
wrong, their mean confidence, and the AUC of the other events alone. A feature whose events are often wrong but
score as high as the rest is a cue the confidence misses.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from case_halves import half as case_half  # noqa: E402

from sitrep.evaluation import halves  # noqa: E402
from sitrep.evaluation.sets import _case_labels, ranking_auc  # noqa: E402

SETS = ("acled", "fr_dev2", "case2021", "fr_dev")
Scored = list[tuple[dict, bool]]


def halved_set(keep: Path, shared: Path, name: str) -> dict[str, Scored]:
    """acled or fr_dev2: (record, right) of each dated event, by half, as the evaluation's confidence AUC."""
    folder = shared / "data" / {"acled": "acled_dev", "fr_dev2": "fr_dev2"}[name]
    gold = halves.load_jsonl(folder / "gold.jsonl")
    pred = halves.load_jsonl(keep / f"{name}.pred.jsonl")
    out = {}
    for part in ("tune", "check"):
        ids = halves.read_ids(folder / f"{part}.ids")
        detail = json.loads((keep / f"{name}.{part}.score.json").read_text(encoding="utf-8"))
        records = [p for p in pred if p.get("status") in ("reported", "ongoing") and p["article_id"] in ids]
        rights = halves.confidence_pairs(detail, gold, pred, ids)
        out[part] = [(r, ok) for r, (_, ok) in zip(records, rights)]
    return out


def case_set(keep: Path, shared: Path) -> dict[str, Scored]:
    """CASE 2021: each snippet's most confident dated event and whether it has the gold's type, by half."""
    names = _case_labels(shared)
    with (shared / "data" / "case2021" / "dev.gold.tsv").open(encoding="utf-8") as fh:
        gold = {f"case2021-{row['id']}": row["SubType"] for row in csv.DictReader(fh, delimiter="\t")}
    top: dict[str, dict] = {}
    for r in halves.load_jsonl(keep / "case2021.pred.jsonl"):
        best = top.get(r["article_id"], {}).get("confidence", -1)
        if r.get("status") in ("reported", "ongoing") and r["confidence"] > best:
            top[r["article_id"]] = r
    out: dict[str, Scored] = {"A": [], "B": []}
    for a, r in top.items():
        if a in gold:
            out[case_half(a)].append((r, names.get(gold[a]) == r["sub_event_type"]))
    return out


def whole_set(keep: Path, name: str) -> dict[str, Scored]:
    """fr_dev: each dated event and whether the scorer matched it to a gold event, as `sitrep eval` scores it."""
    detail = json.loads((keep / f"{name}.score.json").read_text(encoding="utf-8"))
    matched = {p for d in detail["details"] for p, _ in d["matched"]}
    return {"all": [(r, r["event_id"] in matched) for r in halves.load_jsonl(keep / f"{name}.pred.jsonl")
                    if r.get("status") in ("reported", "ongoing")]}


def auc_line(name: str, part: str, scored: Scored) -> str:
    auc = ranking_auc([(r["confidence"], ok) for r, ok in scored])
    shown = f"{auc:.4f}" if auc is not None else "  n/a "
    return f"{name:9s} {part:6s} AUC {shown}  (events {len(scored)}, right {sum(ok for _, ok in scored)})"


def features(r: dict) -> list[str]:
    """The features of an event's record a coder could weigh, each as "name=value"."""
    why = r.get("why") or {}
    evidence = {e["field"]: e for e in r.get("evidence", [])}
    side = lambda field: ("none" if r.get(field) is None else  # noqa: E731
                          "inferred" if evidence.get(field, {}).get("inferred") else "stated")
    joined = why.get("joined", [])
    place_rule = (why.get("place_rule") or "none").split(";")[0]
    location = r.get("location") or {}
    return [
        f"type={r.get('event_type')}",
        f"trigger_kind_is_coded={why.get('trigger_kind') == why.get('kind')}",
        f"type_rule={bool(why.get('type_rule'))}",
        f"mentions={min(3, why.get('mentions', 1))}",
        f"joined_other_kind={any(j['kind'] != why.get('kind') for j in joined)}",
        f"side_rule={bool(why.get('side_rules'))}",
        f"actor1={side('actor1')}",
        f"actor2={side('actor2')}",
        f"place={place_rule}",
        f"geo_precision={location.get('geo_precision')}",
        f"time_precision={r.get('time_precision')}",
        f"fatalities={'stated' if r.get('fatalities') is not None else 'none'}",
        f"relayed={(r.get('source') or {}).get('attributed_to') is not None}",
        f"status={r.get('status')}",
        f"trigger_start={'<200' if evidence.get('event_type', {}).get('start', 0) < 200 else '>=200'}",
    ]


def feature_table(label: str, scored: Scored) -> str:
    """Right/wrong rates by feature value on a studied half."""
    groups: dict[str, Scored] = defaultdict(list)
    for r, ok in scored:
        for f in features(r):
            groups[f].append((r, ok))
    lines = [f"-- {label}: feature, events, wrong, wrong rate, mean confidence of right / wrong, AUC without them",
             f"{'all':40s} {len(scored):5d} {sum(not ok for _, ok in scored):5d}"]
    for f in sorted(groups):
        g = groups[f]
        wrong = [r["confidence"] for r, ok in g if not ok]
        right = [r["confidence"] for r, ok in g if ok]
        ids = {id(r) for r, _ in g}
        rest = ranking_auc([(r["confidence"], ok) for r, ok in scored if id(r) not in ids])
        lines.append(f"{f:40s} {len(g):5d} {len(wrong):5d} {len(wrong) / len(g):6.1%}  "
                     f"{mean(right) if right else 0:.3f} / {mean(wrong) if wrong else 0:.3f}  "
                     f"{rest if rest is not None else float('nan'):.4f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--only", choices=SETS, help="one set")
    ap.add_argument("--features", action="store_true", help="feature table of the acled tune half and CASE half A")
    args = ap.parse_args()
    studied = {}
    for name in [args.only] if args.only else SETS:
        if not (args.keep / f"{name}.pred.jsonl").exists():
            continue
        if name in ("acled", "fr_dev2"):
            parts = halved_set(args.keep, args.shared, name)
        elif name == "case2021":
            parts = case_set(args.keep, args.shared)
        else:
            parts = whole_set(args.keep, name)
        for part, scored in parts.items():
            print(auc_line(name, part, scored))
        studied.update({f"{name} {p}": parts[p] for p in ("tune", "A") if p in parts and name != "fr_dev2"})
    if args.features:
        for label, scored in studied.items():
            print()
            print(feature_table(label, scored))


if __name__ == "__main__":
    main()
