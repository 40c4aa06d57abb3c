"""Evaluation: sitrep scored on the shared sets and the project's merge cluster (`sitrep eval`).

Not a stage: it drives the pipeline from outside, as a user would, and reads files that live
beside a checkout rather than in the package (paths.py says which and where).
"""
from sitrep.evaluation.paths import merge_cluster, shared_dir
from sitrep.evaluation.sets import SETS, EvalResult, ranking_auc


def __getattr__(name: str):
    """The runner imports the whole pipeline (spaCy among it): loaded when a set is run, not when the
    CLI lists the sets' names for a command that codes nothing."""
    if name in ("run", "format_results"):
        from sitrep.evaluation import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EvalResult", "SETS", "format_results", "merge_cluster", "ranking_auc", "run", "shared_dir"]
