"""Inputs of every kind become Articles; bad ones become one clear error each, and the batch goes on."""
from __future__ import annotations

import json
from datetime import date

from sitrep.errors import SitrepError
from sitrep.ingest import read_inputs

TEXT = "Des hommes armés ont attaqué mardi un poste de police à Gao, selon une source locale.\n"


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_file_with_sidecar_meta(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"article_id": "gao-1", "published": "2024-05-02",
                                                      "outlet": "Test", "lang": "fr"}), encoding="utf-8")
    [art] = _read(tmp_path / "a.txt")
    assert (art.article_id, art.published, art.outlet, art.lang) == ("gao-1", date(2024, 5, 2), "Test", "fr")
    assert art.text == TEXT


def test_command_line_defaults_fill_only_what_is_missing(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    [art] = _read(tmp_path / "a.txt", published="2020-01-01", lang="fr")
    assert art.published == date(2020, 1, 1) and art.article_id == "a"


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"article_id": "ok-1", "text": TEXT}),
        "{not json",
        json.dumps({"article_id": "no-text"}),
        json.dumps(["a", "list"]),
        json.dumps({"article_id": "ok-2", "text": TEXT, "published": "2024-05-02"}),
    ]), encoding="utf-8")
    items = _read(path)
    articles = [i for i in items if not isinstance(i, SitrepError)]
    errors = [i for i in items if isinstance(i, SitrepError)]
    assert [a.article_id for a in articles] == ["ok-1", "ok-2"]
    assert [e.code for e in errors] == ["E006", "E007", "E007"]
    assert all("batch.jsonl" in e.line() and "line " in e.line() for e in errors)


def test_each_bad_file_gives_one_error_naming_it(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Arrivée des troupes à Tombouctou".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * (20 * 1024 * 1024))
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    items = _read(tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "binary.txt",
                  tmp_path / "latin1.txt", tmp_path / "huge.txt", tmp_path / "good.txt")
    codes = [(i.code, i.origin) if isinstance(i, SitrepError) else ("ok", i.origin) for i in items]
    assert [c for c, _ in codes] == ["E001", "E002", "E003", "E004", "E005", "ok"]
    for (_, origin), name in zip(codes, ["missing", "empty", "binary", "latin1", "huge", "good"]):
        assert origin.endswith(f"{name}.txt")


def test_malformed_sidecar_is_an_error_for_that_article(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{oops", encoding="utf-8")
    [err] = _read(tmp_path / "a.txt")
    assert isinstance(err, SitrepError) and err.code == "E009" and "a.meta.json" in err.line()


def test_directory_reads_every_supported_file(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "one.meta.json").write_text(json.dumps({"article_id": "x"}), encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"article_id": "y", "text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    ids = sorted(i.article_id for i in _read(tmp_path))
    assert ids == ["x", "y"]


def test_html_page_main_text_and_date_come_from_trafilatura(tmp_path):
    body = " ".join(["Les combats ont repris jeudi près de Goma entre l'armée et les rebelles."] * 6)
    page = f"""<html><head><title>Combats près de Goma</title>
    <meta property="article:published_time" content="2024-02-08T10:00:00Z"></head>
    <body><nav>Accueil | Monde | Afrique</nav><article><h1>Combats près de Goma</h1><p>{body}</p></article>
    <footer>Tous droits réservés</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [art] = _read(tmp_path / "page.html")
    assert "Les combats ont repris jeudi" in art.text
    assert "Tous droits réservés" not in art.text
    assert art.published == date(2024, 2, 8)
