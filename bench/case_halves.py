"""CASE 2021 weighted F1 and confidence ranking AUC on two halves of the dev snippets, from a --keep dir.

    .venv/bin/python bench/case_halves.py KEEP_DIR [--shared ../shared]

The dev folder holds odd ids only, so the halves go by the snippet's rank k = (id - 1) / 2: half A (k
even: ids 1, 5, 9, ...) is the one to study, half B (k odd: 3, 7, 11, ...) the one a change is judged on.
Both figures are computed as `sitrep eval case2021` computes them (the shared scorer's label map, each
snippet's most confident dated event), so "all" matches its output and tools' exact AUC.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sitrep.evaluation import halves  # noqa: E402
from sitrep.evaluation.sets import _case_labels, ranking_auc  # noqa: E402


def half(article_id: str) -> str:
    return "A" if (int(article_id.rsplit("-", 1)[1]) - 1) // 2 % 2 == 0 else "B"


def figures(ids: list[str], gold: dict[str, str], top: dict[str, dict], names: dict[str, str]) -> str:
    scored_gold = {a: names[gold[a]] for a in ids if gold[a] in names}
    pred = {a: top[a]["sub_event_type"] if a in top else "NONE" for a in scored_gold}
    support, predicted = Counter(scored_gold.values()), Counter(pred.values())
    correct = Counter(v for a, v in scored_gold.items() if pred[a] == v)
    weighted = 0.0
    for label, n in support.items():
        p = correct[label] / predicted[label] if predicted[label] else 0.0
        r = correct[label] / n
        weighted += (2 * p * r / (p + r) if p + r else 0.0) * n
    ranked = [(top[a]["confidence"], names.get(gold[a]) == top[a]["sub_event_type"]) for a in ids if a in top]
    auc = ranking_auc(ranked)
    return (f"F1 {weighted / len(scored_gold):.4f} ({sum(correct.values())}/{len(scored_gold)})  "
            f"AUC {auc:.4f} (top events {len(ranked)}, right {sum(ok for _, ok in ranked)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    names = _case_labels(args.shared)
    with (args.shared / "data" / "case2021" / "dev.gold.tsv").open(encoding="utf-8") as fh:
        gold = {f"case2021-{row['id']}": row["SubType"] for row in csv.DictReader(fh, delimiter="\t")}
    top: dict[str, dict] = {}
    for r in halves.load_jsonl(args.keep / "case2021.pred.jsonl"):
        if r.get("status") in ("reported", "ongoing") and r["confidence"] > top.get(r["article_id"], {}).get("confidence", -1):
            top[r["article_id"]] = r
    for label, ids in (("A", [a for a in gold if half(a) == "A"]), ("B", [a for a in gold if half(a) == "B"]),
                       ("all", list(gold))):
        print(f"{label:3s} {figures(ids, gold, top, names)}")


if __name__ == "__main__":
    main()
