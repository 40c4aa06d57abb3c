"""One rule for every input kind: what the input says of itself wins; `--published` and `--lang`
fill only what it leaves out."""
from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest

from sitrep.errors import SitrepError
from sitrep.ingest import read_inputs

TEXT = "Des hommes armés ont attaqué mardi un poste de police à Gao, selon une source locale.\n"
BODY = " ".join(["Les combats ont repris jeudi près de Goma entre l'armée et les rebelles."] * 6)
OWN = {"published": "2024-05-02", "lang": "fr"}
FLAGS = {"published": "2020-01-01", "lang": "en"}


def _page(published: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}T10:00:00Z">' if published else ""
    return (f"<html><head><title>Combats près de Goma</title>{meta}</head><body><article><h1>Combats près de "
            f"Goma</h1><p>{BODY}</p></article></body></html>")


def _stdin(monkeypatch, data: str) -> list[str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    return ["-"]


def txt_with_sidecar(tmp_path, monkeypatch, own: dict) -> list[str]:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    if own:
        (tmp_path / "a.meta.json").write_text(json.dumps(own), encoding="utf-8")
    return [str(tmp_path / "a.txt")]


def jsonl_file(tmp_path, monkeypatch, own: dict) -> list[str]:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT, **own}) + "\n", encoding="utf-8")
    return [str(tmp_path / "a.jsonl")]


def stdin_text(tmp_path, monkeypatch, own: dict) -> list[str]:
    return _stdin(monkeypatch, TEXT)


def stdin_jsonl(tmp_path, monkeypatch, own: dict) -> list[str]:
    return _stdin(monkeypatch, json.dumps({"text": TEXT, **own}) + "\n")


def html_file(tmp_path, monkeypatch, own: dict) -> list[str]:
    (tmp_path / "page.html").write_text(_page(own.get("published")), encoding="utf-8")
    return [str(tmp_path / "page.html")]


def html_with_sidecar(tmp_path, monkeypatch, own: dict) -> list[str]:
    (tmp_path / "page.html").write_text(_page(None), encoding="utf-8")
    if own:
        (tmp_path / "page.meta.json").write_text(json.dumps(own), encoding="utf-8")
    return [str(tmp_path / "page.html")]


def stdin_html(tmp_path, monkeypatch, own: dict) -> list[str]:
    return _stdin(monkeypatch, _page(own.get("published")))


def folder(tmp_path, monkeypatch, own: dict) -> list[str]:
    """A text with its sidecar, a JSONL file and a page dated by itself, its language in a sidecar."""
    txt_with_sidecar(tmp_path, monkeypatch, own)
    jsonl_file(tmp_path, monkeypatch, own)
    html_file(tmp_path, monkeypatch, own)
    if own:
        (tmp_path / "page.meta.json").write_text(json.dumps({"lang": own["lang"]}), encoding="utf-8")
    return [str(tmp_path)]


# each input kind, and the fields it can state of itself (a page states its date, not its language)
DATED = {"published": OWN["published"]}
KINDS = {txt_with_sidecar: OWN, jsonl_file: OWN, stdin_text: {}, stdin_jsonl: OWN, html_file: DATED,
         html_with_sidecar: OWN, stdin_html: DATED, folder: OWN}


def _articles(inputs: list[str], **flags) -> list:
    items = list(read_inputs(inputs, **flags))
    assert items and not [i for i in items if isinstance(i, SitrepError)], items
    return items


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_the_inputs_own_values_win_over_the_flags(tmp_path, monkeypatch, kind):
    stated = KINDS[kind]
    for art in _articles(kind(tmp_path, monkeypatch, stated), **FLAGS):
        got = {"published": art.published and art.published.isoformat(), "lang": art.lang}
        assert got == {**FLAGS, **stated}, (art.origin, got)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_the_flags_fill_what_the_input_leaves_out(tmp_path, monkeypatch, kind):
    for art in _articles(kind(tmp_path, monkeypatch, {}), **FLAGS):
        assert (art.published, art.lang) == (date(2020, 1, 1), "en"), art.origin


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_without_flags_only_the_inputs_own_values(tmp_path, monkeypatch, kind):
    stated = KINDS[kind]
    for art in _articles(kind(tmp_path, monkeypatch, stated)):
        got = {"published": art.published and art.published.isoformat(), "lang": art.lang}
        assert got == {"published": None, "lang": None, **stated}, (art.origin, got)


def test_a_pages_sidecar_wins_over_the_page(tmp_path):
    (tmp_path / "page.html").write_text(_page("2024-02-08"), encoding="utf-8")
    (tmp_path / "page.meta.json").write_text(json.dumps({"published": "2024-02-09", "title": "Goma",
                                                         "outlet": "Radio Goma"}), encoding="utf-8")
    [art] = _articles([str(tmp_path / "page.html")], published="2020-01-01")
    assert (art.published, art.title, art.outlet) == (date(2024, 2, 9), "Goma", "Radio Goma")
