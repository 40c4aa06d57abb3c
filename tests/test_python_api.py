"""The Python API a notebook uses: ``sitrep.code``, ``sitrep.code_many``, ``Event.to_dict`` and a
store read into Arrow and pandas, each giving what the command line gives for the same input."""
from __future__ import annotations

import json
import subprocess
import sys
import warnings
from datetime import date

import jsonschema
import pyarrow.parquet as pq
import pytest

import sitrep
from sitrep.errors import SitrepError
from sitrep.export.parquet import SCHEMA
from tests.conftest import ROOT, run_sitrep

# Written for these tests (not real reports): a French and an English one, both dated by their weekday.
KIBATI = "Deux civils ont été tués mardi par des hommes armés à Kibati, au nord de Goma, selon des sources locales."
GAO = "Soldiers clashed with JNIM militants on Monday near Gao, killing four, the army said."


@pytest.fixture(scope="module")
def seed(shared) -> tuple[str, dict]:
    """The seed article's text and its sidecar, read from ../shared at run time."""
    folder = shared / "seed"
    return ((folder / "deir-ez-zor.txt").read_text(encoding="utf-8"),
            json.loads((folder / "deir-ez-zor.meta.json").read_text(encoding="utf-8")))


def test_importing_sitrep_loads_no_model_nor_table_library():
    """``import sitrep`` and reaching its functions costs nothing: spaCy, Arrow and Ray load when used."""
    probe = ("import sys, sitrep; sitrep.code, sitrep.code_many, sitrep.open_store, sitrep.Event, sitrep.SitrepError; "
             "print(sorted(m for m in ('spacy', 'pyarrow', 'pandas', 'ray', 'sitrep.pipeline') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_code_finds_the_seed_articles_main_event(seed):
    text, meta = seed
    events = sitrep.code(text, published=meta["published"])
    main = next(e for e in events if e.sub_event_type == "Government regains territory")
    assert main.event_type == "Battles"
    assert main.actor1.name == "Military Forces of Syria (2000-)" and main.actor2.name == "Islamic State (Syria)"
    assert main.event_date == date(2017, 9, 5)  # "mardi", the day before publication
    assert main.place.name == "Deir ez-Zor" and main.status == "reported"
    assert all(text[ev.start:ev.end] == ev.text for ev in main.evidence)


def test_to_dict_is_the_record_sitrep_code_writes_and_validates(seed, seed_records, shared):
    """Given what the CLI read from the sidecar, ``to_dict`` is the very line ``sitrep code`` writes."""
    text, meta = seed
    events = sitrep.code(text, lang=meta["lang"], published=meta["published"], article_id=meta["article_id"],
                         outlet=meta["outlet"])
    records = [e.to_dict() for e in events]
    _, written = seed_records
    assert records == written
    schema = json.loads((shared / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or type(value) in (str, int, float, bool)


def test_to_dict_holds_plain_json_values_a_notebook_shows_as_they_are_written():
    """No enum members (``<Status.REPORTED: 'reported'>``) in what a notebook prints or pickles."""
    events = sitrep.code(KIBATI, published="2024-05-08")
    assert events
    for e in events:
        assert _plain(e.to_dict()), e.to_dict()


def test_published_is_a_date_or_its_iso_text():
    as_text = sitrep.code(KIBATI, published="2024-05-08")
    as_date = sitrep.code(KIBATI, published=date(2024, 5, 8))
    assert [e.to_dict() for e in as_text] == [e.to_dict() for e in as_date]
    assert as_text[0].event_date == date(2024, 5, 7)  # mardi


def test_code_many_codes_each_document_in_order_as_code_does(seed):
    text, _ = seed
    documents = [KIBATI, {"article_id": "gao", "text": GAO, "published": "2024-05-08", "outlet": "Wire"},
                 text, "Le marché de Goma a rouvert ses portes ce matin."]
    coded = list(sitrep.code_many(documents, published="2017-09-06"))
    assert len(coded) == 4
    alone = [sitrep.code(KIBATI, published="2017-09-06"), None,
             sitrep.code(text, published="2017-09-06", article_id="doc-3"), []]
    assert [e.to_dict() for e in coded[0]] == [e.to_dict() for e in alone[0]]
    assert [e.to_dict() for e in coded[2]] == [e.to_dict() for e in alone[2]]
    assert coded[3] == []
    gao = coded[1]
    assert gao and all(e.article_id == "gao" and e.outlet == "Wire" for e in gao)
    assert gao[0].event_date == date(2024, 5, 6)  # the record's own date wins over the argument
    assert {e.article_id for e in coded[2]} == {"doc-3"}


def test_code_many_on_two_workers_gives_what_one_gives():
    documents = [KIBATI, GAO, KIBATI.replace("Kibati", "Sake")]
    one = [[e.to_dict() for e in events] for events in sitrep.code_many(documents, published="2024-05-08")]
    two = [[e.to_dict() for e in events] for events in sitrep.code_many(documents, published="2024-05-08", workers=2)]
    assert one == two and all(one)


@pytest.mark.parametrize("call, code", [
    (lambda: sitrep.code("   \n"), "E002"),
    (lambda: sitrep.code(KIBATI, published="2024-13-45"), "E012"),
    (lambda: sitrep.code(KIBATI, published=20240508), "E012"),
    (lambda: sitrep.code(KIBATI, lang="de"), "E011"),
    (lambda: sitrep.code("Der Markt von Goma hat heute Morgen wieder geöffnet, sagten Händler."), "E011"),
    (lambda: list(sitrep.code_many([{"title": "no text"}])), "E071"),
    (lambda: list(sitrep.code_many([42])), "E071"),
    (lambda: sitrep.code(b"Des combats ont eu lieu mardi a Gao."), "E071"),
])
def test_what_cannot_be_coded_raises_a_numbered_error(call, code):
    with pytest.raises(SitrepError) as raised:
        call()
    assert raised.value.code == code
    assert str(raised.value).startswith(f"sitrep: error [{code}] ")


def test_code_many_can_warn_and_go_on_past_a_document_it_cannot_code():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coded = list(sitrep.code_many(["", KIBATI], published="2024-05-08", errors="warn"))
    assert coded[0] == [] and coded[1]
    assert [str(w.message) for w in caught] == ["sitrep: error [E002] doc-1: empty input: nothing to code"]


@pytest.fixture(scope="module")
def store(shared, tmp_path_factory):
    """A store coded by the command line: the seed and the project's examples."""
    db = tmp_path_factory.mktemp("api-store") / "events.db"
    done = run_sitrep("code", str(shared / "seed" / "deir-ez-zor.txt"), str(ROOT / "examples"), "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr.decode()
    return db


@pytest.mark.parametrize("per_article", [False, True])
def test_a_store_read_into_arrow_is_the_parquet_sitrep_export_writes(store, tmp_path, per_article):
    out = tmp_path / "events.parquet"
    done = run_sitrep("export", "--db", str(store), "--format", "parquet", "-o", str(out), "-q",
                      *(["--per-article"] if per_article else []))
    assert done.returncode == 0, done.stderr.decode()
    with sitrep.open_store(store) as events:
        table = events.to_arrow(per_article=per_article)
    assert table.schema.remove_metadata() == SCHEMA.remove_metadata()
    assert table.num_rows > 0 and table.equals(pq.read_table(out))
    assert table.schema.metadata[b"geo"] == pq.read_schema(out).metadata[b"geo"]


def test_a_store_read_into_pandas_has_its_events_in_typed_columns(store):
    import pandas as pd

    events = sitrep.open_store(store)
    merged, each = events.to_pandas(), events.to_pandas(per_article=True)
    assert len(merged) == events.to_arrow().num_rows and len(each) == events.to_arrow(per_article=True).num_rows
    assert len(each) >= len(merged) > 0
    assert pd.api.types.is_datetime64_any_dtype(merged["event_date"])
    assert str(merged["fatalities"].dtype) == "Int32" and str(merged["inter1"].dtype) == "Int8"
    assert str(merged["latitude"].dtype) == "float64" and str(merged["year"].dtype) == "Int16"
    seed = merged[merged["sub_event_type"] == "Government regains territory"].iloc[0]
    assert seed["event_date"] == pd.Timestamp("2017-09-05") and seed["country"] == "Syria"
    assert len(merged[merged["event_date"] >= "2017-09-01"]) >= 1  # dates compare with dates
    assert seed["sources"][0]["article_id"] == "seed-deir-ez-zor"


def test_opening_what_is_not_a_store_raises_a_numbered_error(tmp_path):
    with pytest.raises(SitrepError) as missing:
        sitrep.open_store(tmp_path / "none.db")
    assert missing.value.code == "E042"
    other = tmp_path / "notes.txt"
    other.write_text("not a database", encoding="utf-8")
    with pytest.raises(SitrepError) as foreign:
        sitrep.open_store(other)
    assert foreign.value.code == "E023"
