"""CPU seconds of two trees' coding of the throughput corpus, taken in turn, for an A/B of a speed change.

    .venv/bin/python bench/ab.py OLD_TREE NEW_TREE               # 3 rounds, 2 passes per process
    .venv/bin/python bench/ab.py OLD_TREE NEW_TREE --rounds 5 --passes 3

Each round runs one fresh process per tree, old then new, so that both see the same load on a shared
machine. A process loads both languages' models and the gazetteer, codes the first three articles of
each language (as bench/throughput.py does before its clock starts), then codes the whole corpus
``--passes`` times, timing each pass on the process's CPU clock: the first pass is what
bench/throughput.py's (b) measures; later ones find spaCy's vocabulary already grown. Each tree uses a
cache folder of its own (``SITREP_CACHE``), so neither prunes the other's gazetteer index. The events
of every pass are compared between the trees: an A/B of a speed change must print "same events".
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WARM = 3


def child(shared: str, passes: int) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from corpus import build

    from sitrep.export import to_record
    from sitrep.pipeline import Pipeline

    articles = build(Path(shared), 40, 509)
    pipeline = Pipeline().load(sorted({a.lang for a in articles}))
    seen: dict[str, int] = {}
    for a in articles:
        if seen.get(a.lang, 0) < WARM:
            seen[a.lang] = seen.get(a.lang, 0) + 1
            pipeline.code(a)
    cpus, digests = [], []
    for _ in range(passes):
        digest = hashlib.sha256()
        cpu = time.process_time()
        for a in articles:
            for e in pipeline.code(a):
                digest.update(json.dumps(to_record(e), sort_keys=True).encode())
        cpus.append(time.process_time() - cpu)
        digests.append(digest.hexdigest()[:16])
    print(json.dumps({"cpu": cpus, "events": digests}))


def run(tree: str, shared: str, passes: int, cache: str) -> dict:
    env = {**os.environ, "PYTHONPATH": tree, "SITREP_CACHE": cache, "SITREP_PROGRESS": "0"}
    out = subprocess.run([sys.executable, __file__, "--child", "--shared", shared, "--passes", str(passes)],
                         env=env, check=True, capture_output=True, text=True, cwd=tree).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="*", help="OLD_TREE NEW_TREE")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--cache", default="/tmp/sitrep-ab", help="cache folders are this with -old and -new appended")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.shared, args.passes)
        return 0
    if len(args.trees) != 2:
        ap.error("give the old tree and the new tree")
    trees = dict(zip(("old", "new"), args.trees))
    results: dict[str, list[dict]] = {"old": [], "new": []}
    for n in range(args.rounds):
        for name, tree in trees.items():
            r = run(tree, args.shared, args.passes, f"{args.cache}-{name}")
            results[name].append(r)
            print(f"round {n + 1} {name}: " + " ".join(f"{c:.2f}" for c in r["cpu"]) + f" CPU s  load {os.getloadavg()[0]:.2f}",
                  flush=True)
    for name in trees:
        firsts = [r["cpu"][0] for r in results[name]]
        every = [c for r in results[name] for c in r["cpu"]]
        print(f"{name}: first pass fastest {min(firsts):.2f} s, median {sorted(firsts)[len(firsts) // 2]:.2f} s; "
              f"any pass fastest {min(every):.2f} s  ({trees[name]})")
    events = {r["events"][0] for rs in results.values() for r in rs}
    print("same events" if len(events) == 1 else f"EVENTS DIFFER: {sorted(events)}")
    return 0 if len(events) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
