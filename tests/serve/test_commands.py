"""`sitrep serve` and `sitrep token` refuse what they cannot use, with one numbered error line."""
from __future__ import annotations

from tests.conftest import run_sitrep


def test_serve_and_token_name_a_missing_store(tmp_path):
    missing = tmp_path / "nowhere.db"
    for args in (("serve", "--db", str(missing)), ("token", "create", "--db", str(missing), "--name", "alice")):
        proc = run_sitrep(*args)
        assert proc.returncode == 2
        assert proc.stderr.decode().strip() == f"sitrep: error [E042] {missing}: no event store at this path " \
            "(create one with `sitrep code ... --db PATH`)"
    assert not missing.exists(), "a typo in --db must not leave an empty store behind"


def test_token_names_are_checked(tmp_path):
    from sitrep.store import Store

    db = tmp_path / "events.db"
    Store.open(db).close()
    bad = run_sitrep("token", "create", "--db", str(db), "--name", "alice smith")
    assert bad.returncode == 2 and "[E043]" in bad.stderr.decode()
    good = run_sitrep("token", "create", "--db", str(db), "--name", "alice")
    assert good.returncode == 0 and good.stdout.decode().startswith("srt_")
    listed = run_sitrep("token", "list", "--db", str(db)).stdout.decode()
    assert listed.startswith("alice\t") and "active" in listed and good.stdout.decode().strip() not in listed
