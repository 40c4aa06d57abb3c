"""The vendored front-end libraries are exactly what web/package-lock.json pins, and the page
loads nothing from another host."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "sitrep" / "serve" / "static"
VENDOR = STATIC / "vendor"


def test_vendored_files_match_the_lock_file():
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "web" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    wanted = json.loads((ROOT / "web" / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert set(manifest["packages"]) == set(wanted)
    for name, version in manifest["packages"].items():
        assert lock[f"node_modules/{name}"]["version"] == version == wanted[name], name
    on_disk = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()} - {"MANIFEST.json"}
    assert on_disk == set(manifest["files"]), "vendor/ differs from what `make web` writes"
    for rel, digest in manifest["files"].items():
        assert hashlib.sha256((VENDOR / rel).read_bytes()).hexdigest() == digest, f"{rel} was edited by hand"


def test_our_page_sources_name_no_other_host():
    for path in ("index.html", "docs.html", "review.js", "docs.js", "review.css"):
        text = (STATIC / path).read_text(encoding="utf-8")
        urls = [u for u in re.findall(r"https?://[^\s\"')]+", text) if u != "http://www.w3.org/2000/svg"]
        assert urls == [], f"{path} refers to {urls}"
