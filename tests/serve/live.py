"""Helpers for the review app tests: a real store coded from the seed and a hostile article, a real
uvicorn on a free loopback port (a subprocess running `sitrep serve`), real tokens."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]

# Written for these tests: an article whose text carries markup that would run if the page ever
# parsed data as HTML. Each payload sets a global flag and opens a dialog.
HOSTILE_TEXT = (
    "Gunmen attacked the market of Gao on Monday and killed four traders, the regional governor said. "
    "<script>window.__pwned = 'script'; alert('script');</script> "
    "Witnesses counted several motorbikes. <img src=x onerror=\"window.__pwned = 'img'; alert('img')\"> "
    "The army sent a patrol to the town on Tuesday."
)

# An article id as wires write them, with slashes: its events' ids carry them too.
SLASHED_ID = "afp/2024/05/08/menaka"
SLASHED_TEXT = ("Soldiers clashed with jihadist fighters near Menaka on Tuesday, killing five of them, the Malian "
                "army said in a statement on Wednesday.")


@dataclass
class Live:
    url: str
    db: Path
    token: str
    events: list[dict]

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(db: Path, shared: Path, pipeline) -> None:
    """A store holding the coded seed article, the hostile one and one whose id has slashes, through
    the store's own API."""
    from sitrep.export import to_record
    from sitrep.ingest import read_inputs
    from sitrep.store import Store
    from sitrep.types import Article

    store = Store.open(db)
    try:
        for article in read_inputs([str(shared / "seed" / "deir-ez-zor.txt")], None, None, 5_000_000):
            store.add(article, [to_record(e) for e in pipeline.code(article)])
        hostile = Article(article_id="hostile-gao", text=HOSTILE_TEXT, lang="en", published=date(2024, 3, 6),
                          outlet="Test Wire", title="<b>Gao</b> <script>window.__pwned='title'</script>")
        store.add(hostile, [to_record(e) for e in pipeline.code(hostile)])
        slashed = Article(article_id=SLASHED_ID, text=SLASHED_TEXT, lang="en", published=date(2024, 5, 8), outlet="AFP")
        store.add(slashed, [to_record(e) for e in pipeline.code(slashed)])
        store.remerge()
    finally:
        store.close()


def start_server(db: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = db.parent / f"serve-{port}.log"
    with open(log, "wb") as sink:  # a file, not a pipe: a server that logs much never blocks
        proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(port),
                                 "--quiet", *extra], cwd=ROOT, stdout=sink, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"sitrep serve exited: {log.read_text(errors='replace')}")
        try:
            if httpx.get(url + "/openapi.json", timeout=1).status_code in (200, 401, 403):
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("sitrep serve did not answer within 60 s")


def make_token(db: Path, name: str) -> str:
    out = subprocess.run([sys.executable, "-m", "sitrep", "token", "create", "--db", str(db), "--name", name],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


CHROMIUM = os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
