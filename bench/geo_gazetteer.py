"""Gazetteer load time and memory, from the cache a first use builds (built here if missing).

    .venv/bin/python bench/geo_gazetteer.py

Runs the load in a fresh interpreter so the figures are those of a new process.
"""
from __future__ import annotations

import subprocess
import sys
import time

PROBE = """
import time
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
base = rss("VmRSS:")
from sitrep.geo.gazetteer import Gazetteer
t = time.perf_counter()
g = Gazetteer.load()
took = time.perf_counter() - t
print(f"entries {len(g.names)}  name keys {len(g.index)}")
print(f"load {took:.2f} s  RSS {rss('VmRSS:'):.0f} MB, peak {rss('VmHWM:'):.0f} MB "
      f"(gazetteer {rss('VmRSS:') - base:.0f} MB over the bare interpreter)")
"""


def main() -> int:
    from sitrep.geo.gazetteer import cache_path

    path = cache_path()
    if not path.exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from sitrep.geo.gazetteer import Gazetteer; Gazetteer.load()"], check=True)
        print(f"built cache {path} in {time.perf_counter() - t:.1f} s")
    print(f"cache {path}  {path.stat().st_size / 2**20:.1f} MB")
    for _ in range(3):
        subprocess.run([sys.executable, "-c", PROBE], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
