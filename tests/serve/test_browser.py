"""The review page in headless Chromium against a live server: what an analyst does, end to end.

Set SITREP_SCREENSHOT=docs/review.png to keep the page's screenshot (the README's picture).
"""
from __future__ import annotations

import os
import shutil

import pytest

READY = "body[data-ready='1']"


@pytest.fixture(scope="module")
def page(browser, live):
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    p = context.new_page()
    p.seen = {"dialogs": [], "errors": [], "requests": []}
    p.on("dialog", lambda d: (p.seen["dialogs"].append(d.message), d.dismiss()))
    p.on("console", lambda m: m.type == "error" and p.seen["errors"].append(m.text))
    p.on("pageerror", lambda e: p.seen["errors"].append(str(e)))
    p.on("request", lambda r: p.seen["requests"].append(r.url))
    p.on("response", lambda r: r.status >= 400 and p.seen["errors"].append(f"{r.status} {r.url}"))
    p.goto(live.url + "/")
    p.wait_for_selector(READY)
    yield p
    context.close()


def shown_on_map(p) -> int:
    """Events the map shows: single markers plus the counts written on clusters."""
    singles = p.locator("#map .leaflet-marker-icon.ev").count()
    clustered = sum(int(t) for t in p.locator("#map .marker-cluster span").all_inner_texts())
    return singles + clustered


def test_page_shows_the_coded_seed_offline_under_the_csp(page, live):
    located = [e for e in live.events if e["latitude"] is not None]
    assert located
    page.wait_for_function("() => document.querySelectorAll('#map .leaflet-marker-icon').length > 0")
    assert shown_on_map(page) == len(located)
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 100  # the country shapes
    assert page.locator("#events tbody tr").count() == len(live.events)
    assert page.locator("#timeline g.day .bar").count() >= 1
    assert all(u.startswith(live.url) for u in page.seen["requests"]), "the page fetched from another host"
    assert page.seen["errors"] == [], page.seen["errors"]  # CSP violations are console errors


def test_filters_narrow_map_table_and_timeline(page, live):
    syria = [e for e in live.events if e["country"] == "SY"]
    assert 0 < len(syria) < len(live.events)
    page.select_option("#filters select[name=country]", "SY")
    page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {len(syria)}")
    assert set(page.locator("#events tbody td:nth-child(8)").all_inner_texts()) == {"SY"}
    page.click("#clear-filters")
    page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {len(live.events)}")
    # a click on a day of the timeline keeps that day only
    day = page.locator("#timeline g.day").filter(has=page.locator("rect.bar[height]:not([height='0'])")).first
    chosen = day.get_attribute("data-day")
    day.dispatch_event("mousedown")
    page.mouse.up()
    page.wait_for_function(f"() => document.querySelector('#filters input[name=date_from]').value === '{chosen}'")
    page.wait_for_function("() => [...document.querySelectorAll('#events tbody td:nth-child(2)')].every(td => td.textContent === '%s')" % chosen)
    page.click("#clear-filters")
    page.wait_for_function(f"() => document.querySelectorAll('#events tbody tr').length === {len(live.events)}")


def test_event_detail_highlights_each_evidence_span(page, live, tmp_path):
    import httpx

    event = next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor" and e["latitude"] is not None)
    detail = httpx.get(f"{live.url}/api/events/{event['event_id']}").json()
    page.click(f"#events tbody tr[data-event-id='{event['event_id']}']")
    page.wait_for_selector("#detail .article-text mark")
    marked = "".join(page.locator("#detail .article-text mark").all_inner_texts())
    for ev in detail["event"]["evidence"]:
        assert ev["text"] in marked, ev
    assert page.locator("#detail .article-text").inner_text().replace("\n", "") == detail["article"]["text"].replace("\n", "")
    for field in ("event_type", "sub_event_type", "actor1", "event_date", "location", "fatalities", "confidence"):
        assert page.locator(f"#detail table.fields tr[data-field='{field}']").count() == 1
    if detail["merged"]:
        assert page.locator("#sources tr[data-event-id]").count() == len(detail["merged"]["members"])
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("SITREP_SCREENSHOT"):
        shutil.copy(shot, os.environ["SITREP_SCREENSHOT"])


def test_event_view_says_why_it_was_coded_and_flags_inferred_fields(page, live):
    event = next(e for e in live.events if e["sub_event_type"] == "Government regains territory")
    page.click(f"#events tbody tr[data-event-id='{event['event_id']}']")
    page.wait_for_selector("#why table.why")
    assert "territory_gain" in page.locator("#why tr[data-why='trigger']").inner_text()
    assert "state_fights_the_main_group" in page.locator("#why tr[data-why='side_rules']").inner_text()
    assert "Deir ez-Zor" in page.locator("#why tr[data-why='place_rule']").inner_text()
    inferred = page.locator("#detail tr[data-field='actor2'] td.ev-text .inferred")
    assert inferred.count() == 1 and "Daech" in inferred.inner_text()
    assert "state_fights_the_main_group" in inferred.get_attribute("title")
    read = page.locator("#detail tr[data-field='actor1'] td.ev-text")
    assert read.inner_text() and read.locator(".inferred").count() == 0


def test_a_correction_survives_a_reload_with_its_history(page, live):
    event = next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor" and e["latitude"] is not None)
    page.fill("#token", live.token)
    page.click("#auth button[type=submit]")
    page.wait_for_function("() => document.getElementById('who').textContent === 'as alice'")
    page.click(f"#events tbody tr[data-event-id='{event['event_id']}']")
    page.wait_for_selector("#edit")
    page.fill("#edit input[name=fatalities]", "7")
    page.click("#pick-place")
    page.click("#map", position={"x": 200, "y": 150})
    page.wait_for_function("() => document.querySelector('#edit input[name=latitude]').value !== ''")
    picked = float(page.input_value("#edit input[name=latitude]"))
    page.fill("#edit input[name=fatalities]", "7")
    page.click("#save")
    page.wait_for_function("() => document.getElementById('message').textContent === 'Saved.'")
    page.reload()
    page.wait_for_selector(READY)
    page.click(f"#events tbody tr[data-event-id='{event['event_id']}']")
    page.wait_for_selector("#history table")
    assert page.locator("#detail tr[data-field='fatalities'] td.value").inner_text() == "7"
    assert page.locator("#detail tr[data-field='coordinates'] td.value").inner_text().startswith(str(picked))
    history = page.locator("#history table").inner_text()
    assert "alice" in history and "fatalities" in history and "location" in history
    assert page.locator("#detail .edited-flag").count() == 1


def test_hostile_article_text_runs_nothing(page, live):
    hostile = next(e for e in live.events if e["article_id"] == "hostile-gao")
    page.click(f"#events tbody tr[data-event-id='{hostile['event_id']}']")
    page.wait_for_function("(id) => { const c = document.querySelector(\"#detail tr[data-field='event_id'] td.value\");"
                           " return c && c.textContent === id && document.querySelector('#detail .article-text'); }",
                           arg=hostile["event_id"])
    text = page.locator("#detail .article-text").inner_text()
    assert "<script>window.__pwned = 'script'" in text and "<img src=x onerror=" in text  # shown as text
    assert page.locator("#detail img, #detail script").count() == 0
    page.wait_for_timeout(300)  # room for an onerror handler to fire, were the markup parsed
    assert page.evaluate("window.__pwned") is None
    assert page.seen["dialogs"] == []


def test_api_docs_render_offline(browser, live):
    context = browser.new_context()
    p = context.new_page()
    hosts = []
    p.on("request", lambda r: hosts.append(r.url))
    p.goto(live.url + "/docs")
    p.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert p.locator(".swagger-ui .opblock").count() >= 8
    assert all(u.startswith(live.url) for u in hosts)
    context.close()


def test_an_event_whose_id_has_slashes_opens_in_the_page(page, live):
    from tests.serve.live import SLASHED_ID

    other = next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor")
    slashed = next(e for e in live.events if e["article_id"] == SLASHED_ID)
    shown = ("(id) => { const c = document.querySelector(\"#detail tr[data-field='event_id'] td.value\");"
             " return c && c.textContent === id; }")
    page.click(f"#events tbody tr[data-event-id='{other['event_id']}']")
    page.wait_for_function(shown, arg=other["event_id"])
    page.click(f"#events tbody tr[data-event-id='{slashed['event_id']}']")
    page.wait_for_function(shown, arg=slashed["event_id"], timeout=10000)
    assert "Menaka" in page.locator("#detail .article-text").inner_text()
    assert page.locator("#events tbody tr.current").get_attribute("data-event-id") == slashed["event_id"]
