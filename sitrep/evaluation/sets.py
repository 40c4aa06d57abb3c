"""The evaluation sets: each runs sitrep on its articles and the shared scorer on the output.

The scorers are called as programs from ../shared/eval, never copied, so the figures are the
ones anyone gets with the commands printed beside them.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sitrep.evaluation import halves
from sitrep.evaluation.paths import merge_cluster

_FIGURE = re.compile(r"(-?\d+\.\d+)")


@dataclass
class EvalResult:
    name: str
    metric: str
    value: float | None
    command: str
    detail: str
    report: str = ""  # printed in full by `sitrep eval` (the halved sets' scorer lines and tables)
    summary: bool = True  # shown in the one-table summary; other figures serve floors and --verbose


def _run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return proc.stdout


def _last_figure(output: str) -> float | None:
    lines = [l for l in output.strip().splitlines() if l.strip()]
    found = _FIGURE.findall(lines[-1]) if lines else []
    return float(found[0]) if found else None


def _sitrep(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitrep", *args]


def ranking_auc(scored: list[tuple[float, bool]]) -> float | None:
    """How well a confidence ranks right above wrong: the probability that a right item drawn at
    random scores higher than a wrong one (ties count half). None without both kinds."""
    right = [c for c, ok in scored if ok]
    wrong = [c for c, ok in scored if not ok]
    if not right or not wrong:
        return None
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def _events_set(name, articles: Path, gold: Path, shared: Path, work: Path) -> list[EvalResult]:
    pred = work / f"{name}.pred.jsonl"
    detail = work / f"{name}.score.json"
    _run(_sitrep("code", str(articles), "-o", str(pred), "--quiet"))
    cmd = [sys.executable, str(shared / "eval" / "score_events.py"), "--gold", str(gold), "--pred", str(pred),
           "--json", str(detail)]
    out = _run(cmd)
    results = [EvalResult(name, "score (F1 x fields)", _last_figure(out), " ".join(cmd), out.strip())]
    matched = {p for d in json.loads(detail.read_text(encoding="utf-8"))["details"] for p, _ in d["matched"]}
    scored = [(r["confidence"], r["event_id"] in matched) for r in halves.load_jsonl(pred)
              if r.get("status") in ("reported", "ongoing")]
    counts = f"{len(scored)} dated events, {sum(ok for _, ok in scored)} matched to gold"
    results.append(EvalResult(name, "dated events not in gold", sum(not ok for _, ok in scored), " ".join(cmd), counts,
                              summary=False))
    auc = ranking_auc(scored)
    if auc is not None:
        results.append(EvalResult(name, "confidence ranking AUC", auc, " ".join(cmd), counts))
    return results


def eval_seed(shared: Path, work: Path) -> list[EvalResult]:
    return _events_set("seed", shared / "seed" / "deir-ez-zor.txt", shared / "gold" / "seed.gold.jsonl", shared,
                       work)


def eval_fr_dev(shared: Path, work: Path) -> list[EvalResult]:
    folder = shared / "data" / "fr_dev"
    if not (folder / "articles.jsonl").exists():
        return []
    return _events_set("fr_dev", folder / "articles.jsonl", folder / "gold.jsonl", shared, work)


def eval_case2021(shared: Path, work: Path) -> list[EvalResult]:
    folder = shared / "data" / "case2021"
    pred = work / "case2021.pred.jsonl"
    _run(_sitrep("code", str(folder / "dev.articles.jsonl"), "-o", str(pred), "--quiet"))
    cmd = [sys.executable, str(shared / "eval" / "score_case2021.py"), "--gold", str(folder / "dev.gold.tsv"),
           "--pred", str(pred)]
    out = _run(cmd)
    results = [EvalResult("case2021", "weighted F1", _last_figure(out), " ".join(cmd), out.strip())]
    gold = {}
    with (folder / "dev.gold.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gold[f"case2021-{row['id']}"] = row["SubType"]
    top: dict[str, dict] = {}
    for r in halves.load_jsonl(pred):
        if r.get("status") in ("reported", "ongoing") and r["confidence"] > top.get(r["article_id"], {}).get("confidence", -1):
            top[r["article_id"]] = r
    names = _case_labels(shared)
    scored = [(r["confidence"], names.get(gold.get(a)) == r["sub_event_type"]) for a, r in top.items() if a in gold]
    auc = ranking_auc(scored)
    if auc is not None:
        results.append(EvalResult("case2021", "confidence ranking AUC", auc, " ".join(cmd),
                                  f"{len(scored)} snippets' top events, {sum(ok for _, ok in scored)} right"))
    return results


def _case_labels(shared: Path) -> dict[str, str]:
    """CASE 2021 label -> ACLED sub-event type, read from the shared scorer rather than restated."""
    source = (shared / "eval" / "score_case2021.py").read_text(encoding="utf-8")
    return dict(re.findall(r'"([A-Z_]+)": "([^"]+)"', source))


def eval_geo(shared: Path, work: Path) -> list[EvalResult]:
    results = []
    for corpus in ("lgl", "geowebnews", "geovirus"):
        gold = shared / "data" / "geo" / f"{corpus}.gold.jsonl"
        pred = work / f"{corpus}.geo.jsonl"
        _run(_sitrep("geoparse", str(gold), "-o", str(pred), "--lang", "en"))
        cmd = [sys.executable, str(shared / "eval" / "score_geo.py"), "--gold", str(gold), "--pred", str(pred)]
        out = _run(cmd)
        results.append(EvalResult(f"geo:{corpus}", "end-to-end acc@161km", _last_figure(out), " ".join(cmd),
                                  out.strip()))
    return results


_CLUSTERS = re.compile(r"clusters in 2\+ articles: (\d+)\s+one merged event: (\d+)")
_BCUBED_F1 = re.compile(r"F1=(\d+\.\d+)")


def eval_merge(shared: Path, work: Path) -> list[EvalResult]:
    """Code the project's own cluster of reports (eval/merge_cluster) in this process, merge the
    events across articles, and score the grouping with the shared merge scorer; then the same
    with the gold events as input, which scores merging apart from extraction."""
    from sitrep.evaluation.merge_corpus import merge_records, read_cluster, records_from_gold
    from sitrep.merge import merge_events
    from sitrep.pipeline import Pipeline

    cluster = merge_cluster()
    articles = read_cluster(cluster)
    pipeline = Pipeline()
    coded = [r for a in articles for r in merge_records(a, pipeline.code(a))]
    gold = cluster / "gold.jsonl"
    results = []
    for label, records, pred in (("", coded, work / "merge.pred.jsonl"),
                                 (" on gold", records_from_gold(halves.load_jsonl(gold), articles),
                                  work / "merge.gold-events.pred.jsonl")):
        with pred.open("w", encoding="utf-8") as out:
            for m in merge_events(records):
                out.write(json.dumps(m.record, ensure_ascii=False) + "\n")
        cmd = [sys.executable, str(shared / "eval" / "score_merge.py"), "--gold", str(gold), "--pred", str(pred),
               "--verbose"]
        out = _run(cmd)
        f1 = _BCUBED_F1.search(out)
        results.append(EvalResult("merge", f"B-cubed F1{label}", float(f1.group(1)) if f1 else None,
                                  " ".join(cmd), out.strip()))
        found = _CLUSTERS.search(out)
        if found and int(found.group(1)):
            results.append(EvalResult("merge", f"clusters whole{label}" if label else "clusters kept whole",
                                      int(found.group(2)) / int(found.group(1)), " ".join(cmd), found.group(0)))
    return results


# how well confidence ranks the events of the right sub-event type above the rest (halves.confidence_pairs)
CONFIDENCE_AUC = "confidence AUC (type)"
_SUMMARY = {"all": ("score",), "tune": ("score", CONFIDENCE_AUC),
            "check": ("score", CONFIDENCE_AUC, "event precision", "event recall", "event F1",
                      *(f"field {f}" for f in halves.FIELDS), "place within radius", "place wrong country",
                      "place median km")}


def _halved(spec: halves.HalvedSet, shared: Path, work: Path) -> list[EvalResult]:
    """Code the set once; score it whole and each half with the shared scorer (``--only``)."""
    folder, articles, gold_path = spec.paths(shared)
    if not articles.exists():
        return []
    pred_path = work / f"{spec.name}.pred.jsonl"
    _run(_sitrep("code", str(articles), "-o", str(pred_path), "--quiet"))
    gold, pred = halves.load_jsonl(gold_path), halves.load_jsonl(pred_path)
    results, reports = [], []
    for half in halves.HALVES:
        only = None if half == "all" else folder / f"{half}.ids"
        ids = {g["article_id"] for g in gold} if only is None else halves.read_ids(only)
        detail_path = work / f"{spec.name}.{half}.score.json"
        cmd = halves.scorer_command(shared, gold_path, pred_path, only, detail_path)
        out = _run(cmd)
        detail = json.loads(detail_path.read_text(encoding="utf-8"))
        places = halves.place_figures([g for g in gold if g["article_id"] in ids],
                                      [p for p in pred if p["article_id"] in ids])
        none, several = halves.event_counts(ids, pred)
        reports.append(halves.half_report(half, out, detail, gold, pred, ids, places, (none, several)))
        figures = {"score": detail["score"], "event precision": detail["precision"],
                   "event recall": detail["recall"], "event F1": detail["f1"],
                   **{f"field {k}": v for k, v in detail["fields"].items()}}
        figures |= {"no-event share": none / len(ids), "several-event share": several / len(ids),
                    "place within radius": places.within_radius, "place wrong country": places.wrong_country,
                    "place median km": places.median_km,
                    CONFIDENCE_AUC: ranking_auc(halves.confidence_pairs(detail, gold, pred, ids))}
        for metric, value in figures.items():
            results.append(EvalResult(f"{spec.name}:{half}", metric, value, " ".join(cmd), out.strip(),
                                      summary=metric in _SUMMARY[half]))
    results[0].report = f"== {spec.name} (study the tune half; the check half is the figure)\n" + "\n\n".join(reports)
    return results


def eval_acled(shared: Path, work: Path) -> list[EvalResult]:
    return _halved(halves.ACLED_DEV, shared, work)


def eval_fr_dev2(shared: Path, work: Path) -> list[EvalResult]:
    return _halved(halves.FR_DEV2, shared, work)


SETS = {"seed": eval_seed, "fr_dev": eval_fr_dev, "fr_dev2": eval_fr_dev2, "acled": eval_acled,
        "case2021": eval_case2021, "geo": eval_geo, "merge": eval_merge}
