"""CPU seconds of sitrep's coding of the throughput corpus in one process, for paired timings of two trees.

    PYTHONPATH=TREE .venv/bin/python bench/code_cpu.py             # coding CPU seconds, after a warm-up
    PYTHONPATH=TREE .venv/bin/python bench/code_cpu.py --profile F # the same under cProfile (CPU clock), stats to F

Run it alternately on the old tree and the new one (a shared machine stretches every run; pairs
taken in turn see the same load). Models, gazetteer and the first articles load before the clock.
"""
from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--profile", help="write cProfile stats (process CPU clock) to this file")
    args = ap.parse_args()
    from corpus import build

    import sitrep
    from sitrep.export import to_record
    from sitrep.pipeline import Pipeline

    articles = build(Path(args.shared), 40, 509)
    pipeline = Pipeline()
    for a in articles[:5]:
        pipeline.code(a)
    prof = cProfile.Profile(time.process_time) if args.profile else None
    events, cpu = 0, time.process_time()
    if prof:
        prof.enable()
    for a in articles:
        events += len([to_record(e) for e in pipeline.code(a)])
    if prof:
        prof.disable()
        prof.dump_stats(args.profile)
    print(f"{sitrep.__file__}: {len(articles)} articles, {events} events, coding CPU {time.process_time() - cpu:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
