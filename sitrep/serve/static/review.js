// The review page. Every value from the store reaches the page through textContent or DOM
// attributes set one by one, never as HTML: article texts are hostile input.
"use strict";

const TYPE_CLASS = {
  "Battles": "battles",
  "Explosions/Remote violence": "explosions",
  "Violence against civilians": "civilians",
  "Protests": "protests",
  "Riots": "riots",
  "Strategic developments": "strategic",
};
const typeClass = (t) => "ev-" + (TYPE_CLASS[t] || "other");

const state = { events: [], taxonomy: {}, selected: new Set(), current: null, picking: false, brush: null, loads: 0 };
const PAGE = 1000;  // events per request: the API serves the list a page at a time
let map, cluster, pickMarker;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function token() { return sessionStorage.getItem("sitrep-token") || ""; }

async function api(path, options = {}) {
  const headers = Object.assign({ "Accept": "application/json" }, options.headers || {});
  if (token()) headers["Authorization"] = "Bearer " + token();
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const resp = await fetch(path, Object.assign({}, options, {
    headers, body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }));
  const data = resp.headers.get("content-type", "").includes("json") ? await resp.json() : null;
  if (!resp.ok) {
    const reason = data && data.detail ? (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail)) : resp.statusText;
    throw new Error(`${resp.status}: ${reason}`);
  }
  return data;
}

function say(text, bad) {
  const m = document.getElementById("message");
  m.textContent = text;
  m.className = bad ? "bad" : "";
}

// ---- filters ----

function filterParams() {
  const form = new FormData(document.getElementById("filters"));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (String(v).trim() !== "") params.set(k, String(v).trim());
  return params;
}

function fillSelect(select, values) {
  const keep = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const v of values) select.add(new Option(v, v));
  select.value = values.includes(keep) ? keep : "";
}

async function loadFacets() {
  const f = await api("/api/facets");
  const form = document.getElementById("filters");
  fillSelect(form.elements.country, f.countries);
  fillSelect(form.elements.event_type, f.event_types);
  fillSelect(form.elements.sub_event_type, f.sub_event_types);
  fillSelect(form.elements.status, f.statuses);
  const list = document.getElementById("actor-list");
  list.replaceChildren(...f.actors.map((a) => el("option", { value: a })));
  state.taxonomy = f.taxonomy;
}

async function refresh() {
  // Every page of the filtered list; a newer refresh (another filter) makes this one's result stale.
  const load = ++state.loads;
  try {
    const params = filterParams();
    params.set("limit", String(PAGE));
    const events = [];
    for (;;) {
      const page = await api("/api/events?" + params.toString());
      if (load !== state.loads) return;
      events.push(...page.events);
      if (page.next === null) break;
      params.set("cursor", page.next);
    }
    state.events = events;
    drawMarkers();
    drawTimeline();
    drawTable();
    document.getElementById("count").textContent = `${events.length} events`;
  } catch (err) {
    say("Could not load events: " + err.message, true);
  }
}

// ---- map ----

async function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
  map.createPane("land").style.zIndex = 200;
  try {
    const world = await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, { pane: "land", interactive: false,
      style: { color: "#8a8f96", weight: 0.6, fillColor: "#e8e4da", fillOpacity: 1 } }).addTo(map);
  } catch (err) {
    say("The basemap could not be loaded: " + err.message, true);
  }
  cluster = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true });
  map.addLayer(cluster);
  map.on("click", (e) => { if (state.picking) pickPlace(e.latlng); });
  const legend = document.getElementById("legend");
  for (const [name, cls] of Object.entries(TYPE_CLASS)) {
    legend.append(el("span", { class: "key" }, el("i", { class: "swatch ev-" + cls }), name));
  }
  legend.append(el("span", { class: "key" }, el("i", { class: "swatch ev-other" }), "other"));
}

function drawMarkers() {
  cluster.clearLayers();
  const located = state.events.filter((e) => e.latitude !== null && e.longitude !== null);
  const markers = located.map((e) => {
    const label = [e.event_date, e.event_type || e.plover_type, e.location_name].filter(Boolean).join(" · ");
    const m = L.marker([e.latitude, e.longitude], {
      title: label, alt: label,
      icon: L.divIcon({ className: "ev " + typeClass(e.event_type), iconSize: [14, 14] }),
    });
    m.on("click", () => openEvent(e.event_id));
    m.on("add", () => { const icon = m.getElement(); if (icon) icon.dataset.eventId = e.event_id; });
    return m;
  });
  cluster.addLayers(markers);
  if (located.length) map.fitBounds(L.latLngBounds(located.map((e) => [e.latitude, e.longitude])).pad(0.5), { maxZoom: 7 });
  document.getElementById("map").dataset.located = String(located.length);
}

// ---- timeline: events per day; click a day or drag across days to filter ----

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

function dayRange(from, to) {
  const days = [];
  for (let d = new Date(from + "T00:00:00Z"); d <= new Date(to + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

function drawTimeline() {
  const box = document.getElementById("timeline");
  const counts = {};
  for (const e of state.events) if (e.event_date) counts[e.event_date] = (counts[e.event_date] || 0) + 1;
  const dated = Object.keys(counts).sort();
  box.replaceChildren();
  if (!dated.length) { box.append(el("p", { class: "hint" }, "No dated events.")); return; }
  let days = dayRange(dated[0], dated[dated.length - 1]);
  if (days.length > 400) days = dated;  // a long span: one bar per day that has events
  const max = Math.max(...Object.values(counts));
  const width = Math.max(days.length * 14, 280), height = 70;
  const bw = width / days.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 14}`, width: "100%", height: height + 14, class: "histogram" });
  days.forEach((day, i) => {
    const n = counts[day] || 0;
    const h = n ? Math.max(3, (n / max) * height) : 0;
    const g = svg("g", { class: "day", "data-day": day });
    g.append(svg("rect", { x: i * bw, y: 0, width: bw, height: height, class: "hit" }));
    g.append(svg("rect", { x: i * bw + 1, y: height - h, width: Math.max(bw - 2, 1), height: h, class: "bar" }));
    const title = svg("title", {});
    title.textContent = `${day}: ${n} events`;
    g.append(title);
    g.addEventListener("mousedown", (ev) => { ev.preventDefault(); state.brush = { from: day, to: day }; markBrush(); });
    g.addEventListener("mouseenter", () => { if (state.brush) { state.brush.to = day; markBrush(); } });
    chart.append(g);
  });
  const first = svg("text", { x: 0, y: height + 12, class: "tick" }); first.textContent = days[0];
  const last = svg("text", { x: width, y: height + 12, class: "tick", "text-anchor": "end" }); last.textContent = days[days.length - 1];
  chart.append(first, last);
  box.append(chart);
}

function markBrush() {
  const [a, b] = [state.brush.from, state.brush.to].sort();
  for (const g of document.querySelectorAll("#timeline g.day")) {
    g.classList.toggle("brushed", g.dataset.day >= a && g.dataset.day <= b);
  }
}

document.addEventListener("mouseup", () => {
  if (!state.brush) return;
  const [a, b] = [state.brush.from, state.brush.to].sort();
  state.brush = null;
  const form = document.getElementById("filters");
  form.elements.date_from.value = a;
  form.elements.date_to.value = b;
  refresh();
});

// ---- table ----

function drawTable() {
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...state.events.map((e) => {
    const box = el("input", { type: "checkbox", "aria-label": "select " + e.event_id });
    box.checked = state.selected.has(e.event_id);
    box.addEventListener("click", (ev) => {
      ev.stopPropagation();
      if (box.checked) state.selected.add(e.event_id); else state.selected.delete(e.event_id);
      document.getElementById("merge-selected").disabled = state.selected.size < 2;
    });
    const row = el("tr", { "data-event-id": e.event_id, class: e.event_id === state.current ? "current" : null },
      el("td", {}, box), el("td", {}, e.event_date || ""),
      el("td", {}, el("i", { class: "swatch " + typeClass(e.event_type) }), e.event_type || ""),
      el("td", {}, e.sub_event_type || e.plover_type || ""), el("td", {}, e.actor1 || ""), el("td", {}, e.actor2 || ""),
      el("td", {}, e.location_name || ""), el("td", {}, e.country || ""),
      el("td", { class: "num" }, e.fatalities ?? ""), el("td", {}, e.status || ""),
      el("td", { class: "num" }, e.confidence === null ? "" : Number(e.confidence).toFixed(2)),
      el("td", { class: "review-" + e.review }, e.review + (e.edited ? " · corrected" : "")));
    row.addEventListener("click", () => openEvent(e.event_id));
    return row;
  }));
  document.getElementById("merge-selected").disabled = state.selected.size < 2;
}

// ---- event detail ----

function highlighted(text, evidence) {
  // Cut the text at every evidence boundary; each piece is a text node, inside a <mark> when
  // some evidence covers it (the mark's title names the fields it backs).
  const cuts = new Set([0, text.length]);
  const spans = evidence.filter((v) => v.start >= 0 && v.end <= text.length && v.end > v.start);
  for (const v of spans) { cuts.add(v.start); cuts.add(v.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const fields = [...new Set(spans.filter((v) => v.start <= a && v.end >= b).map((v) => v.field))];
    out.append(fields.length ? el("mark", { title: fields.join(", "), "data-fields": fields.join(" ") }, piece) : document.createTextNode(piece));
  }
  return out;
}

function actorText(a) {
  if (!a) return "";
  return a.name + (a.inter ? ` (inter ${a.inter})` : "");
}

function fieldRows(r) {
  const loc = r.location || {};
  const src = r.source || {};
  return [
    ["event_id", r.event_id], ["article_id", r.article_id], ["event_type", r.event_type],
    ["sub_event_type", r.sub_event_type], ["plover_type", r.plover_type], ["plover_mode", r.plover_mode],
    ["actor1", actorText(r.actor1)], ["assoc_actor_1", (r.assoc_actor_1 || []).map(actorText).join("; ")],
    ["actor2", actorText(r.actor2)], ["assoc_actor_2", (r.assoc_actor_2 || []).map(actorText).join("; ")],
    ["event_date", r.event_date], ["time_precision", r.time_precision],
    ["location", [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ")],
    ["coordinates", loc.latitude !== undefined && loc.latitude !== null ? `${loc.latitude}, ${loc.longitude}` : ""],
    ["geo_precision", loc.geo_precision], ["uncertainty_km", loc.uncertainty_km],
    ["fatalities", r.fatalities], ["status", r.status], ["outlet", src.outlet], ["attributed_to", src.attributed_to],
    ["confidence", r.confidence],
  ];
}

// The evidence field behind each row: derived rows show the span of the field they derive from; the
// outlet comes from the article's metadata, not from its text.
const EVIDENCE_OF = { coordinates: "location", geo_precision: "location", uncertainty_km: "location",
  time_precision: "event_date", plover_type: "sub_event_type", plover_mode: "sub_event_type", attributed_to: "source" };

function evidenceFor(r, field) {
  if (field === "outlet") return [];
  const name = EVIDENCE_OF[field] || field;
  return (r.evidence || []).filter((v) => v.field === name || v.field.startsWith(name + "."));
}

function evidenceCell(r, field) {
  // Read spans as text; a value inferred from the article is flagged, its basis in the title and beside it.
  const cell = el("td", { class: "ev-text" });
  evidenceFor(r, field).forEach((v, i) => {
    if (i) cell.append(" | ");
    cell.append(v.inferred ? el("span", { class: "inferred", title: v.basis || "inferred" }, v.text, el("small", {}, " (inferred: " + (v.basis || "") + ")")) : v.text);
  });
  return cell;
}

function whyBlock(why) {
  // Why the event was coded: its trigger and kind, joined triggers, the side and type rules that applied.
  const box = el("div", { id: "why" });
  if (!why) return box;
  const rows = [
    ["trigger", `${why.trigger} (${why.trigger_kind})`],
    ["coded as", why.kind],
    ["joined triggers", (why.joined || []).map((j) => `${j.trigger} (${j.kind})`).join("; ")],
    ["side rules", (why.side_rules || []).join("; ")],
    ["type rule", why.type_rule || ""],
    ["place rule", why.place_rule || ""],
  ];
  const table = el("table", { class: "why" });
  for (const [name, value] of rows) table.append(el("tr", { "data-why": name.replace(/ /g, "_") }, el("th", {}, name), el("td", {}, value)));
  box.append(el("h3", {}, "Why it was coded"), table);
  return box;
}

async function openEvent(id) {
  let d;
  try {
    d = await api("/api/events/" + encodeURIComponent(id));
  } catch (err) {  // never leave another event's panel under this one's row
    state.current = null;
    document.getElementById("detail").replaceChildren(el("p", { class: "hint" }, `Could not open ${id}: ${err.message}`));
    say(err.message, true);
    return;
  }
  state.current = id;
  for (const row of document.querySelectorAll("#events tbody tr")) row.classList.toggle("current", row.dataset.eventId === id);
  const r = d.event;
  const panel = document.getElementById("detail");
  const table = el("table", { class: "fields" }, el("tr", {}, el("th", {}, "field"), el("th", {}, "value"), el("th", {}, "evidence")));
  for (const [name, value] of fieldRows(r)) {
    table.append(el("tr", { "data-field": name }, el("th", {}, name), el("td", { class: "value" }, value ?? ""),
      evidenceCell(r, name)));
  }
  panel.replaceChildren(
    el("h2", {}, el("i", { class: "swatch " + typeClass(r.event_type) }), r.sub_event_type || r.event_type || r.plover_type || "event"),
    el("p", { class: "meta" }, `confidence ${Number(r.confidence).toFixed(2)} · review: `, el("b", { id: "review-state", class: "review-" + d.review }, d.review),
      d.edited ? el("span", { class: "edited-flag" }, " · corrected by an analyst") : null),
    reviewTools(d), table, whyBlock(r.why),
    el("h3", {}, "Article ", el("span", { class: "meta" }, [d.article.title, d.article.outlet, d.article.published].filter(Boolean).join(" · "))),
    highlighted(d.article.text || "", r.evidence || []),
    sourcesBlock(d), historyBlock(d.history));
}

function sourcesBlock(d) {
  const box = el("div", { id: "sources" });
  if (!d.merged) return box;
  const m = d.merged;
  box.append(el("h3", {}, m.members.length > 1 ? `Merged event ${m.merged_id}: ${m.members.length} sources` : "Source"));
  const list = el("table", { class: "sources" }, el("tr", {}, el("th", {}, ""), el("th", {}, "event"), el("th", {}, "outlet"),
    el("th", {}, "published"), el("th", {}, "date"), el("th", {}, "fatalities"), el("th", {}, "actor 1"), el("th", {}, "actor 2"), el("th", {}, "according to")));
  for (const s of m.members) {
    const box2 = el("input", { type: "checkbox", class: "split-pick", value: s.event_id, "aria-label": "split out " + s.event_id });
    list.append(el("tr", { "data-event-id": s.event_id }, el("td", {}, box2),
      el("td", {}, el("a", { href: "#", on: { click: (ev) => { ev.preventDefault(); openEvent(s.event_id); } } }, s.event_id)),
      el("td", {}, s.outlet || ""), el("td", {}, s.published || ""), el("td", {}, s.event_date || ""),
      el("td", {}, s.fatalities ?? ""), el("td", {}, s.actor1 || ""), el("td", {}, s.actor2 || ""), el("td", {}, s.attributed_to || "")));
  }
  box.append(list);
  if (Object.keys(m.disagreements).length) {
    const dis = el("table", { class: "disagreements" }, el("tr", {}, el("th", {}, "claim"), ...m.members.map((s) => el("th", {}, s.outlet || s.event_id))));
    for (const [field, values] of Object.entries(m.disagreements)) {
      dis.append(el("tr", { "data-field": field }, el("th", {}, field), ...m.members.map((s) => el("td", {}, values[s.event_id] ?? "—"))));
    }
    box.append(el("h3", {}, "Where the sources disagree"), dis);
  }
  if (m.members.length < 2) return box;
  box.append(el("button", { type: "button", id: "split", on: { click: async () => {
    const ids = [...box.querySelectorAll(".split-pick:checked")].map((b) => b.value);
    if (!ids.length) { say("Tick the sources to split out.", true); return; }
    await write(() => api("/api/merged/" + encodeURIComponent(m.merged_id) + "/split", { method: "POST", body: { event_ids: ids } }), "Split.");
  } } }, "Split ticked sources out"));
  return box;
}

function historyBlock(history) {
  const box = el("div", { id: "history" }, el("h3", {}, "History"));
  if (!history.length) { box.append(el("p", { class: "hint" }, "No corrections yet.")); return box; }
  const t = el("table", {}, el("tr", {}, el("th", {}, "when"), el("th", {}, "who"), el("th", {}, "field"), el("th", {}, "old"), el("th", {}, "new")));
  for (const c of history) t.append(el("tr", {}, el("td", {}, c.at), el("td", {}, c.who), el("td", {}, c.field), el("td", {}, c.old ?? ""), el("td", {}, c.new ?? "")));
  box.append(t);
  return box;
}

function reviewTools(d) {
  const r = d.event;
  const loc = r.location || {};
  const types = Object.keys(state.taxonomy);
  const typeSel = el("select", { name: "event_type" }, el("option", { value: "" }, "(none)"), ...types.map((t) => el("option", { value: t }, t)));
  typeSel.value = r.event_type || "";
  const subSel = el("select", { name: "sub_event_type" });
  const fillSubs = () => {
    const subs = state.taxonomy[typeSel.value] || [];
    subSel.replaceChildren(el("option", { value: "" }, "(none)"), ...subs.map((s) => el("option", { value: s }, s)));
    subSel.value = subs.includes(r.sub_event_type) ? r.sub_event_type : "";
  };
  typeSel.addEventListener("change", fillSubs);
  fillSubs();
  const input = (name, value, attrs) => { const i = el("input", Object.assign({ name }, attrs || {})); i.value = value ?? ""; return i; };
  const form = el("form", { id: "edit", autocomplete: "off" },
    el("label", {}, "type ", typeSel), el("label", {}, "sub-event ", subSel),
    el("label", {}, "actor 1 ", input("actor1", r.actor1 && r.actor1.name, { size: 24 })),
    el("label", {}, "actor 2 ", input("actor2", r.actor2 && r.actor2.name, { size: 24 })),
    el("label", {}, "date ", input("event_date", r.event_date, { type: "date" })),
    el("label", {}, "fatalities ", input("fatalities", r.fatalities, { type: "number", min: 0, step: 1 })),
    el("label", {}, "place ", input("location_name", loc.name, { size: 16 })),
    input("latitude", loc.latitude, { type: "hidden" }), input("longitude", loc.longitude, { type: "hidden" }),
    el("span", { id: "picked" }, loc.latitude !== undefined && loc.latitude !== null ? `${loc.latitude}, ${loc.longitude}` : "no point"),
    el("button", { type: "button", id: "pick-place", on: { click: () => {
      state.picking = true; document.getElementById("map").classList.add("picking"); say("Click the map to place the event.");
    } } }, "Place on map"),
    el("button", { type: "submit", id: "save" }, "Save edits"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const changes = {
      event_type: f.event_type.value || null, sub_event_type: f.sub_event_type.value || null,
      actor1: f.actor1.value.trim() || null, actor2: f.actor2.value.trim() || null,
      event_date: f.event_date.value || null,
      fatalities: f.fatalities.value === "" ? null : Number(f.fatalities.value),
      location_name: f.location_name.value.trim() || null,
      latitude: f.latitude.value === "" ? null : Number(f.latitude.value),
      longitude: f.longitude.value === "" ? null : Number(f.longitude.value),
    };
    await write(() => api("/api/events/" + encodeURIComponent(r.event_id), { method: "PATCH", body: changes }), "Saved.");
  });
  const act = (verb) => () => write(() => api(`/api/events/${encodeURIComponent(r.event_id)}/${verb}`, { method: "POST" }), verb === "accept" ? "Accepted." : "Rejected.");
  return el("div", { class: "review" },
    el("div", { class: "buttons" },
      el("button", { type: "button", id: "accept", on: { click: act("accept") } }, "Accept"),
      el("button", { type: "button", id: "reject", on: { click: act("reject") } }, "Reject")),
    form);
}

function pickPlace(latlng) {
  state.picking = false;
  document.getElementById("map").classList.remove("picking");
  const form = document.getElementById("edit");
  if (!form) return;
  const lat = Math.round(latlng.lat * 1e5) / 1e5, lon = Math.round(L.Util.wrapNum(latlng.lng, [-180, 180], true) * 1e5) / 1e5;
  form.elements.latitude.value = lat;
  form.elements.longitude.value = lon;
  document.getElementById("picked").textContent = `${lat}, ${lon}`;
  if (pickMarker) pickMarker.remove();
  pickMarker = L.circleMarker([lat, lon], { radius: 8, color: "#000" }).addTo(map);
  say("Place picked; save the edits to keep it.");
}

async function write(call, done) {
  if (!token()) { say("Corrections need a token: run `sitrep token create` and paste it above.", true); return; }
  try {
    await call();
    say(done);
    const id = state.current;
    await refresh();
    if (id) await openEvent(id);
  } catch (err) {
    say("Not saved: " + err.message, true);
  }
}

// ---- wiring ----

async function showWho() {
  const who = document.getElementById("who");
  if (!token()) { who.textContent = "read only"; return; }
  try { who.textContent = "as " + (await api("/api/whoami")).name; } catch (err) { who.textContent = "token refused"; }
}

async function start() {
  document.getElementById("token").value = token();
  document.getElementById("auth").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    sessionStorage.setItem("sitrep-token", document.getElementById("token").value.trim());
    await showWho();
    await loadFacets().then(refresh).catch((err) => say(err.message, true));
  });
  const filters = document.getElementById("filters");
  filters.addEventListener("change", refresh);
  filters.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  filters.addEventListener("reset", () => setTimeout(refresh, 0));
  document.getElementById("merge-selected").addEventListener("click", () =>
    write(() => api("/api/merge", { method: "POST", body: { event_ids: [...state.selected] } }), "Merged.").then(() => state.selected.clear()));
  await initMap();
  await showWho();
  try { await loadFacets(); } catch (err) { say("Could not load: " + err.message, true); return; }
  await refresh();
  document.body.dataset.ready = "1";
}

start();
