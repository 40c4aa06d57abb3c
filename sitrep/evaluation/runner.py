"""Run a choice of evaluation sets and print their figures in one table."""
from __future__ import annotations

import tempfile
from pathlib import Path

from sitrep.evaluation.paths import merge_cluster
from sitrep.geo import mimu
from sitrep.evaluation.sets import SETS, EvalResult
from sitrep.progress import step


def run(names: list[str], shared: Path, keep: Path | None = None) -> list[EvalResult]:
    if "merge" in names:
        merge_cluster()  # without a checkout this fails at once, not after the other sets are coded
    results = []
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for i, name in enumerate(names, 1):  # a set codes for up to minutes: each says when it starts and ends
            with step(f"eval {name} ({i}/{len(names)})"):
                results.extend(SETS[name](shared, work))
    return results


def format_results(results: list[EvalResult]) -> str:
    lines = [f"{'set':<16} {'metric':<24} {'figure':>7}", f"{'-' * 16} {'-' * 24} {'-' * 7}"]
    for r in (r for r in results if r.summary):
        fig = f"{r.value:.3f}" if r.value is not None else "n/a"
        lines.append(f"{r.name:<16} {r.metric:<24} {fig:>7}")
    return "\n".join([*lines, "", sources()])


def sources() -> str:
    """Which optional gazetteer source the figures were made with: place figures differ with it."""
    if mimu.database() is not None:
        return f"places: with MIMU's Myanmar villages ({mimu.DISTRIBUTION} {mimu.version()})"
    return f"places: without MIMU's Myanmar villages ({mimu.DISTRIBUTION} not installed or {mimu.SWITCH}=0)"

