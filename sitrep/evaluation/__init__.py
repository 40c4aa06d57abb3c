"""Evaluation: sitrep scored on the shared sets and the project's merge cluster (`sitrep eval`).

Not a stage: it drives the pipeline from outside, as a user would, and reads files that live
beside a checkout rather than in the package (paths.py says which and where).
"""
from sitrep.evaluation.paths import merge_cluster, shared_dir
from sitrep.evaluation.runner import format_results, run
from sitrep.evaluation.sets import SETS, EvalResult, ranking_auc

__all__ = ["EvalResult", "SETS", "format_results", "merge_cluster", "ranking_auc", "run", "shared_dir"]
