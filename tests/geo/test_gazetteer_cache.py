"""The gazetteer cache does not grow with every upgrade: older indexes and dead builds' files go."""
from __future__ import annotations

import os

from sitrep.geo.gazetteer import prune


def _file(folder, name, age_seconds, now):
    path = folder / name
    path.write_bytes(b"x")
    os.utime(path, (now - age_seconds, now - age_seconds))
    return path


def test_older_indexes_and_dead_builds_are_pruned(tmp_path):
    now = 1_800_000_000
    current = _file(tmp_path, "gazetteer-new.pickle", 0, now)
    previous = _file(tmp_path, "gazetteer-previous.pickle", 60, now)
    older = _file(tmp_path, "gazetteer-older.pickle", 3600, now)
    oldest = _file(tmp_path, "gazetteer-oldest.pickle", 7200, now)
    dead = _file(tmp_path, "tmpab12.tmp", 2 * 86400, now)
    building = _file(tmp_path, "tmpcd34.tmp", 5, now)  # another process writing right now
    patterns = _file(tmp_path, "patterns-fr-0123.pickle", 7200, now)
    prune(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (current, previous, building, patterns))
    assert not older.exists() and not oldest.exists() and not dead.exists()


def test_a_new_index_prunes_the_ones_before_it(tmp_path):
    """Run as a user would after an upgrade: a fresh build in a cache already holding two old indexes."""
    import subprocess
    import sys

    now = 1_800_000_000
    _file(tmp_path, "gazetteer-older.pickle", 7200, now)
    _file(tmp_path, "gazetteer-newer.pickle", 3600, now)
    probe = "from sitrep.geo.gazetteer import Gazetteer; print(len(Gazetteer.load().ids('Goma')))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SITREP_CACHE": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 1
    names = sorted(p.name for p in tmp_path.glob("gazetteer-*.pickle"))
    assert len(names) == 2 and "gazetteer-newer.pickle" in names and "gazetteer-older.pickle" not in names
