"""One store for the export tests, coded once: the seed, the project's examples and a news page
(sitrep code), plus articles stored as the review app or a script would (Store.add), with one
event rejected and one corrected the way the review app does it."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sitrep.store import Store
from sitrep.types import Article
from tests.conftest import ROOT, run_sitrep

# A page written for these tests (not a real article): its address and site come from its metadata.
PAGE_URL = "https://news.example.org/2024/05/08/kibati"
PAGE = """<html lang="fr"><head><title>Attaque près de Kibati</title>
<meta property="og:site_name" content="Radio Okapi"><link rel="canonical" href="{url}">
<meta property="og:url" content="{url}"><meta name="date" content="2024-05-08"></head>
<body><article><h1>Attaque près de Kibati</h1>
<p>Deux civils ont été tués mardi par des hommes armés à Kibati, au nord de Goma, selon des sources locales.</p>
<p>Les assaillants ont pris la fuite vers le parc des Virunga, a indiqué un responsable de la société civile.</p>
</article></body></html>""".format(url=PAGE_URL)

WIRE_URL = "https://wire.example.org/drc-beni-2024-05-07"
WIRE_TITLE = "Clashes near Beni"


def _record(n: int, **fields) -> dict:
    """An interchange record of the wire article, with ``fields`` over a dated battle near Beni."""
    record = {"event_id": f"wire-E{n}", "article_id": "wire", "event_type": "Battles", "sub_event_type": "Armed clash",
              "plover_type": "ASSAULT", "plover_mode": "firearms",
              "actor1": {"name": "Military Forces of the Democratic Republic of Congo (2019-)", "inter": 1,
                         "text": "FARDC"},
              "actor2": {"name": "ADF: Allied Democratic Forces", "inter": 2, "text": "ADF"},
              "assoc_actor_1": [], "assoc_actor_2": [], "event_date": "2024-05-07", "time_precision": 1,
              "status": "reported", "fatalities": 3,
              "location": {"name": "Beni", "country": "CD", "admin1": "Nord Kivu", "latitude": 0.49,
                           "longitude": 29.47, "geo_precision": 1, "uncertainty_km": None},
              "source": {"outlet": "AFP", "attributed_to": None}, "evidence": [], "confidence": 0.7}
    return {**record, **fields}


WIRE_RECORDS = [
    _record(1),
    _record(2, sub_event_type="Attack", event_type="Violence against civilians", plover_mode="firearms",
            actor1={"name": "Unidentified Armed Group (Democratic Republic of Congo)", "inter": 3, "text": "hommes armés"},
            actor2={"name": "Civilians (Democratic Republic of Congo)", "inter": 7, "text": "civils"},
            event_date="2024-05-01", fatalities=None,
            location={"name": "Butembo", "country": "CD", "admin1": "Nord-Kivu", "latitude": 0.14, "longitude": 29.29,
                      "geo_precision": 1, "uncertainty_km": None}),
    _record(3, event_type="Protests", sub_event_type="Peaceful protest", plover_type="PROTEST",
            plover_mode="demonstrate", actor1={"name": "Protesters (Lebanon)", "inter": 6, "text": "manifestants"},
            actor2=None, event_date="2024-04-20", fatalities=None,
            location={"name": "Beirut", "country": "LB", "admin1": "Beyrouth", "latitude": 33.89, "longitude": 35.5,
                      "geo_precision": 1, "uncertainty_km": None, "geonameid": 276781}),
    _record(4, event_date=None, time_precision=None,
            location={"name": "Oicha", "country": "CD", "admin1": "Nord-Kivu", "latitude": 0.7, "longitude": 29.52,
                      "geo_precision": 1, "uncertainty_km": None}),
    _record(5, actor1=None, event_date="2024-03-02",
            location={"name": "Mangina", "country": "CD", "admin1": "Nord-Kivu", "latitude": 0.55, "longitude": 29.3,
                      "geo_precision": 1, "uncertainty_km": None}),
]


@pytest.fixture(scope="session")
def store(shared, tmp_path_factory):
    """(db, rejected event id, corrected event id)."""
    folder = tmp_path_factory.mktemp("exports")
    db = folder / "events.db"
    page = folder / "kibati.html"
    page.write_text(PAGE, encoding="utf-8")
    proc = run_sitrep("code", str(shared / "seed" / "deir-ez-zor.txt"), str(ROOT / "examples"), str(page),
                      "--db", str(db), "--published", "2017-09-06", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    conn = sqlite3.connect(str(db))
    rows = conn.execute("SELECT event_id, record FROM events WHERE article_id LIKE 'example-%' ORDER BY rowid").fetchall()
    rejected, corrected = rows[-1][0], rows[-2][0]
    record = json.loads(rows[-2][1])
    record["fatalities"] = 99
    with conn:
        conn.execute("UPDATE events SET record = ? WHERE event_id = ?", (json.dumps(record), corrected))
        conn.execute("INSERT INTO changes (who, at, event_id, field, old, new) VALUES ('t', '2026-01-01', ?, "
                     "'review', 'unreviewed', 'rejected')", (rejected,))
    conn.close()
    with Store.open(db) as s:
        s.add(Article("wire", "Texte d'une dépêche écrite pour les tests.", "fr", date(2024, 5, 8), "AFP",
                      WIRE_TITLE, WIRE_URL), WIRE_RECORDS)
        s.add(Article("okapi", "Une autre dépêche écrite pour les tests.", "fr", date(2024, 5, 8), "Radio Okapi",
                      "Combats à Beni", "https://okapi.example.org/beni"),
              [_record(1, event_id="okapi-E1", article_id="okapi", source={"outlet": "Radio Okapi", "attributed_to": None})])
    proc = run_sitrep("code", str(ROOT / "examples"), "--db", str(db), "--quiet")  # remerge, nothing new
    assert proc.returncode == 0, proc.stderr.decode()
    return db, rejected, corrected


def export(store, fmt: str, tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / f"out.{fmt}"
    proc = run_sitrep("export", "--db", str(store[0]), "--format", fmt, "-o", str(out), "--quiet", *extra)
    assert proc.returncode == 0, proc.stderr.decode()
    return out
