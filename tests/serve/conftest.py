"""One live server and one browser per test module (see live.py)."""
from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from tests.serve.live import CHROMIUM, CHROMIUM_ARGS, Live, build_store, make_token, start_server


@pytest.fixture(scope="module")
def live(shared, pipeline, tmp_path_factory) -> Live:
    db = tmp_path_factory.mktemp("serve") / "events.db"
    build_store(db, shared, pipeline)
    token = make_token(db, "alice")
    proc, url = start_server(db)
    try:
        events = httpx.get(url + "/api/events", timeout=30).json()["events"]
        yield Live(url=url, db=db, token=token, events=events)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"chromium is missing at {CHROMIUM}: CI must install it (apt-get install -y chromium)")
        pytest.skip(f"chromium is missing at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
