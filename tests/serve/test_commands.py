"""`sitrep serve` and `sitrep token` refuse what they cannot use, with one numbered error line."""
from __future__ import annotations

import subprocess
import sys

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


def test_serve_refuses_to_open_reads_beyond_loopback(tmp_path):
    """Bound to every interface without --read-token-required, anyone on the network reads the store
    over plain HTTP: refused before a port is opened."""
    from sitrep.store import Store
    from tests.serve.live import ROOT, free_port

    db = tmp_path / "events.db"
    Store.open(db).close()
    for host in ("0.0.0.0", "::", "192.0.2.10"):
        proc = subprocess.run([sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--host", host,
                               "--port", str(free_port())], cwd=ROOT, capture_output=True, timeout=60)
        assert proc.returncode == 2, proc.stderr.decode()
        line = proc.stderr.decode().strip()
        assert line.startswith("sitrep: error [E045]") and host in line and "--read-token-required" in line


def test_serve_beyond_loopback_with_read_tokens_starts_and_checks_hosts(tmp_path):
    import httpx

    from sitrep.store import Store
    from tests.serve.live import start_server

    db = tmp_path / "events.db"
    Store.open(db).close()
    proc, url = start_server(db, "--host", "0.0.0.0", "--read-token-required", "--allow-host", "review.example.org")
    try:
        assert httpx.get(url + "/api/events").status_code == 401
        assert httpx.get(url + "/api/events", headers={"Host": "review.example.org"}).status_code == 401
        assert httpx.get(url + "/api/events", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    log = next(tmp_path.glob("serve-*.log")).read_text()
    assert "plain HTTP" in log  # said loudly: tokens cross the network in clear without a TLS proxy
