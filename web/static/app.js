// The analyst's desk: map, timeline, event list and evidence.
//
// Invariant: text from articles and the store reaches the DOM only through
// textContent / createTextNode (the el() helper), never as HTML. Offsets from
// the API are UTF-8 byte offsets; they are cut on the encoded bytes.
"use strict";

(function () {
  const T0 = performance.now();
  const params = new URLSearchParams(location.search);
  const LANG = params.get("lang") === "en" ? "en" : "ar";
  const TOKEN = params.get("token");

  const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  // Hue families by PLOVER quad: blues verbal cooperation, greens material
  // cooperation, ambers verbal conflict, reds/purples material conflict.
  const COLOURS = {
    AGREE: "#1f77b4", CONSULT: "#4a9bd6", SUPPORT: "#7fb8e6", CONCEDE: "#2c4f8c",
    COOPERATE: "#2ca02c", AID: "#7bc96f", RETREAT: "#17803d",
    REQUEST: "#e6a100", ACCUSE: "#ff7f0e", REJECT: "#c26a00", THREATEN: "#d95f02",
    PROTEST: "#e377c2", SANCTION: "#9467bd", MOBILIZE: "#8c564b", COERCE: "#b2182b", ASSAULT: "#d62728",
  };
  const I18N = {
    ar: {
      subtitle: "مكتب المحلل", search: "بحث", search_placeholder: "ابحث في الأخبار… (مثال: دوريات مشتركة)",
      type: "النوع", actor: "الفاعل", place: "المكان", from: "من", to: "إلى", reset: "إعادة الضبط",
      more: "المزيد", pick: "اختر حدثاً من القائمة أو الخريطة لعرض أدلته.", all: "الكل",
      events: "حدث", of: "من", loading: "جارٍ التحميل…", no_events: "لا أحداث تطابق المرشحات.",
      date: "التاريخ", precision: "الدقة", reported_as: "طريقة الرواية", historical: "استعادة تاريخية",
      negated: "منفي", mode: "الأسلوب", source_actors: "الفاعل", target_actors: "المستهدف", places: "الأماكن",
      sources: "المصادر", source_n: "مصدر", no_date: "بلا تاريخ", yes: "نعم", unknown_outlet: "مصدر غير مسمى",
      hits: "مقالات مطابقة", brush: "اسحب على الخط الزمني لتحديد فترة؛ نقرة مزدوجة للإلغاء.",
      per_day: "أحداث في اليوم حسب النوع", per_week: "أحداث في الأسبوع حسب النوع", per_month: "أحداث في كل ثلاثين يوماً حسب النوع",
      outside: "حدثاً خارج هذه الفترة (استعمل «من» و«إلى» لعرضها)", located: "حدثاً على الخريطة",
      group: "أحداث هذه النقطة فقط (غيّر مرشحاً أو أعد الضبط لعرض الكل)", export: "تنزيل",
      evidence: "الدليل", published: "النشر", error: "خطأ", at: "في", removed: "زوائد الموقع المحذوفة", comma: "، ",
      precisions: { day: "يوم", month: "شهر", year: "سنة", range: "فترة", unknown: "غير معروف" },
      reported: { fact: "واقعة", claim: "ادعاء", plan: "خطة", hypothetical: "افتراض" },
      types: { AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "تأييد", CONCEDE: "تنازل", COOPERATE: "تعاون",
        AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "مطالبة", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد",
        PROTEST: "احتجاج", SANCTION: "عقوبة", MOBILIZE: "حشد", COERCE: "إكراه", ASSAULT: "هجوم" },
    },
    en: {
      subtitle: "analyst's desk", search: "Search", search_placeholder: "Search the reports… (e.g. دوريات مشتركة)",
      type: "Type", actor: "Actor", place: "Place", from: "From", to: "To", reset: "Reset",
      more: "More", pick: "Pick an event in the list or on the map to see its evidence.", all: "All",
      events: "events", of: "of", loading: "Loading…", no_events: "No events match the filters.",
      date: "Date", precision: "Precision", reported_as: "Reported as", historical: "Historical recap",
      negated: "Negated", mode: "Mode", source_actors: "Source", target_actors: "Target", places: "Places",
      sources: "Sources", source_n: "Source", no_date: "undated", yes: "yes", unknown_outlet: "unnamed outlet",
      hits: "matching articles", brush: "Drag on the timeline to pick a period; double-click to clear.",
      per_day: "events per day by type", per_week: "events per week by type", per_month: "events per 30 days by type",
      outside: "events outside this period (use From/To to see them)", located: "events on the map",
      group: "only the events at this spot (change a filter or reset to see all)", export: "Download",
      evidence: "Evidence", published: "Published", error: "Error", at: "at", removed: "site chrome removed", comma: ", ",
      precisions: { day: "day", month: "month", year: "year", range: "range", unknown: "unknown" },
      reported: { fact: "fact", claim: "claim", plan: "plan", hypothetical: "hypothetical" },
      types: Object.fromEntries(TYPES.map((t) => [t, t.charAt(0) + t.slice(1).toLowerCase()])),
    },
  };
  const L10N = I18N[LANG];
  const nameOf = (e) => (e ? (LANG === "en" ? e.name_en || e.id : e.name_ar || e.name_en || e.id) : "");

  /** Makes an element; strings become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "style") node.style.cssText = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k.startsWith("data-")) node.setAttribute(k, String(v));
      else node[k] = v;
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  const $ = (id) => document.getElementById(id);

  function status(text, isError) {
    const s = $("status");
    s.textContent = text || "";
    s.classList.toggle("error", !!isError);
  }

  function urlOf(path, query) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(query || {})) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
    return url;
  }

  async function api(path, query) {
    const url = urlOf(path, query);
    const headers = TOKEN ? { Authorization: "Bearer " + TOKEN } : {};
    const resp = await fetch(url, { headers });
    const body = await resp.json().catch(() => ({ error: resp.statusText }));
    if (!resp.ok) throw new Error(body.error || resp.statusText);
    return body;
  }

  // ---- byte offsets ------------------------------------------------------
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  /**
   * Cuts `text` at every boundary of `marks` ({start, end, cls, title} in UTF-8
   * bytes) and returns nodes: each piece carries the classes of the marks over it.
   */
  function markedText(text, marks) {
    const bytes = enc.encode(text);
    const cuts = new Set([0, bytes.length]);
    for (const m of marks) {
      if (m.start >= 0 && m.end <= bytes.length && m.start < m.end) { cuts.add(m.start); cuts.add(m.end); }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = dec.decode(bytes.subarray(a, b));
      const over = marks.filter((m) => m.start <= a && m.end >= b && m.start < m.end);
      if (!over.length) { out.push(document.createTextNode(piece)); continue; }
      const isEvidence = over.some((m) => m.cls === "evidence");
      const node = el(isEvidence ? "mark" : "span", { class: [...new Set(over.map((m) => m.cls))].join(" ") }, piece);
      const title = over.map((m) => m.title).filter(Boolean).join(" · ");
      if (title) node.title = title;
      out.push(node);
    }
    return out;
  }

  // ---- state ---------------------------------------------------------------
  // `spot`: the coordinates of a cluster of events at one spot the list is narrowed to (null: none).
  const state = { filters: {}, brush: null, spot: null, points: [], page: null, selected: null, actors: [], places: [] };

  function query(extra) {
    const f = state.filters;
    const q = { type: f.type, actor: f.actor, place: f.place, q: f.q, from: f.from, to: f.to };
    if (state.brush) { q.from = state.brush[0]; q.to = state.brush[1]; }
    if (state.spot) {
      const e = 0.0001;
      q.bbox = [state.spot.lon - e, state.spot.lat - e, state.spot.lon + e, state.spot.lat + e].join(",");
    }
    return Object.assign(q, extra || {});
  }

  // ---- map -----------------------------------------------------------------
  const map = L.map("map", { zoomSnap: 0.25, attributionControl: true, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth / world-atlas · GeoNames");
  map.fitBounds([[32.2, 35.5], [37.4, 42.4]]);
  const clusterLayer = L.layerGroup().addTo(map);

  function legend() {
    const ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = () => el("div", { class: "legend" },
      TYPES.map((t) => el("div", {}, el("i", { style: "background:" + COLOURS[t] }), L10N.types[t])));
    ctl.addTo(map);
  }

  async function baseLayers() {
    const [basemap, roads] = await Promise.all([
      fetch("/static/data/basemap.geojson").then((r) => r.json()),
      // Roads come from the knowledge files (the lexicon's road lines), the one source of truth.
      api("/api/roads"),
    ]);
    L.geoJSON(basemap, {
      interactive: false,
      style: (f) => f.properties.focus
        ? { color: "#44606e", weight: 1.6, fillColor: "#fbf7ee", fillOpacity: 1 }
        : { color: "#9aa9b1", weight: 1, fillColor: "#eceae4", fillOpacity: 1 },
    }).addTo(map);
    L.geoJSON(roads, {
      style: { color: "#c0392b", weight: 2.5, opacity: 0.75, dashArray: "6 4" },
      onEachFeature: (f, layer) => layer.bindTooltip(el("span", {}, LANG === "en" ? f.properties.name_en : f.properties.name_ar), { sticky: true }),
    }).addTo(map);
  }

  function placeLayer(places) {
    const layer = L.layerGroup();
    for (const p of places) {
      if (typeof p.lat !== "number" || typeof p.lon !== "number") continue;
      L.circleMarker([p.lat, p.lon], { radius: 2.5, color: "#555", weight: 1, fillOpacity: 0.6, interactive: true })
        .bindTooltip(el("span", { class: "place-label" }, nameOf(p)))
        .addTo(layer);
    }
    layer.addTo(map);
    clusterLayer.bringToFront && clusterLayer.bringToFront();
  }

  function visiblePoints() {
    if (!state.brush) return state.points;
    const [a, b] = state.brush;
    return state.points.filter((p) => p.d && p.d >= a && p.d <= b);
  }

  /** Groups points on a pixel grid at the current zoom; one marker per group. */
  function drawClusters() {
    clusterLayer.clearLayers();
    const zoom = map.getZoom();
    const cell = 44;
    const cells = new Map();
    for (const p of visiblePoints()) {
      const px = map.project([p.lat, p.lon], zoom);
      const key = Math.floor(px.x / cell) + ":" + Math.floor(px.y / cell);
      let c = cells.get(key);
      if (!c) { c = { items: [], lat: 0, lon: 0, types: {} }; cells.set(key, c); }
      c.items.push(p); c.lat += p.lat; c.lon += p.lon; c.types[p.t] = (c.types[p.t] || 0) + 1;
    }
    for (const c of cells.values()) {
      const n = c.items.length;
      const at = [c.lat / n, c.lon / n];
      const top = Object.entries(c.types).sort((a, b) => b[1] - a[1])[0][0];
      if (n === 1) {
        const p = c.items[0];
        const icon = L.divIcon({
          className: "", iconSize: [14, 14],
          html: el("div", { class: "ev-pin", "data-count": 1, "data-id": p.id, "data-type": p.t, style: `width:14px;height:14px;background:${COLOURS[p.t]}` }),
        });
        L.marker(at, { icon, title: L10N.types[p.t] + (p.d ? " · " + p.d : "") })
          .on("click", () => selectEvent(p.id))
          .addTo(clusterLayer);
      } else {
        const size = Math.round(22 + Math.min(26, Math.log2(n) * 4));
        const icon = L.divIcon({
          className: "", iconSize: [size, size],
          html: el("div", { class: "ev-cluster", "data-count": n, "data-type": top, style: `width:${size}px;height:${size}px;background:${COLOURS[top]}` }, String(n)),
        });
        const bounds = L.latLngBounds(c.items.map((p) => [p.lat, p.lon]));
        L.marker(at, { icon })
          .on("click", () => {
            if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom() - 1) showGroup(c.items);
            else map.fitBounds(bounds.pad(0.3));
          })
          .addTo(clusterLayer);
      }
    }
    $("map").dataset.located = String(visiblePoints().length);
  }

  /** A cluster whose events share one spot: the list shows exactly those events (the filters and
   * the brushed period still apply) until a filter changes, and the first of them is opened. */
  async function showGroup(items) {
    state.spot = { lat: items[0].lat, lon: items[0].lon };
    await loadList();
    status(L10N.group);
    selectEvent(items[0].id);
  }
  map.on("zoomend", drawClusters);

  // ---- timeline ----------------------------------------------------------
  const DAY = 86400000;
  const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  function drawTimeline() {
    const svg = $("tl");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const dated = state.points.filter((p) => p.d);
    const W = svg.clientWidth || 800, H = svg.clientHeight || 112, pad = 18;
    const ns = "http://www.w3.org/2000/svg";
    const mk = (tag, attrs) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); return n; };
    if (!dated.length) { $("tl-label").textContent = L10N.brush; return; }
    // The period shown is the shortest one holding 95% of the dated events (and any brushed
    // period): a few recaps of decades-old events, or a date misread as year 1000, must not
    // squeeze the news of the last months into a few pixels. The rest is counted in the label.
    const times = dated.map((p) => Date.parse(p.d)).sort((a, b) => a - b);
    const keep = Math.max(1, Math.ceil(times.length * 0.95));
    let best = 0;
    for (let i = 1; i + keep - 1 < times.length; i++) {
      if (times[i + keep - 1] - times[i] < times[best + keep - 1] - times[best]) best = i;
    }
    let t0 = times[best], t1 = times[best + keep - 1];
    if (state.brush) { t0 = Math.min(t0, Date.parse(state.brush[0])); t1 = Math.max(t1, Date.parse(state.brush[1])); }
    const span = (t1 - t0) / DAY;
    const per = span > 3 * 365 ? "per_month" : span > 120 ? "per_week" : "per_day";
    const bin = { per_day: DAY, per_week: 7 * DAY, per_month: 30 * DAY }[per];
    t0 = Math.floor(t0 / bin) * bin; t1 = Math.floor(t1 / bin) * bin + bin;
    const nb = Math.max(1, Math.round((t1 - t0) / bin));
    const shown = dated.filter((p) => { const t = Date.parse(p.d); return t >= t0 && t < t1; });
    const outside = dated.length - shown.length;
    svg.dataset.from = toDay(t0); svg.dataset.to = toDay(t1 - DAY); svg.dataset.outside = String(outside);
    const counts = Array.from({ length: nb }, () => ({}));
    for (const p of shown) {
      const i = Math.min(nb - 1, Math.floor((Date.parse(p.d) - t0) / bin));
      counts[i][p.t] = (counts[i][p.t] || 0) + 1;
    }
    const max = Math.max(1, ...counts.map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
    const bw = (W - 2 * pad) / nb;
    const y = (v) => ((H - pad - 4) * v) / max;
    counts.forEach((c, i) => {
      let acc = 0;
      for (const t of TYPES) {
        const v = c[t]; if (!v) continue;
        const h = y(v);
        svg.appendChild(mk("rect", { x: pad + i * bw, y: H - pad - acc - h, width: Math.max(1, bw - 0.5), height: h, fill: COLOURS[t] }));
        acc += h;
      }
    });
    svg.appendChild(mk("line", { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, stroke: "#8894a0" }));
    const label = (x, text, anchor) => { const n = mk("text", { x, y: H - 4, "font-size": 11, fill: "#5c6773", "text-anchor": anchor }); n.textContent = text; svg.appendChild(n); };
    label(pad, toDay(t0), "start");
    label(W - pad, toDay(t1 - DAY), "end");
    const xToDay = (x) => toDay(t0 + Math.max(0, Math.min(nb - 1, Math.floor((x - pad) / bw))) * bin);
    const dayToX = (d) => pad + ((Date.parse(d) - t0) / bin) * bw;
    const sel = mk("rect", { y: 0, height: H - pad, fill: "rgba(11,93,122,.15)", stroke: "#0b5d7a", visibility: "hidden" });
    svg.appendChild(sel);
    if (state.brush) {
      const [a, b] = state.brush;
      sel.setAttribute("x", dayToX(a)); sel.setAttribute("width", Math.max(2, dayToX(b) + bw - dayToX(a))); sel.setAttribute("visibility", "visible");
    }
    let start = null;
    const px = (ev) => ev.clientX - svg.getBoundingClientRect().left;
    svg.onmousedown = (ev) => { start = px(ev); sel.setAttribute("x", start); sel.setAttribute("width", 1); sel.setAttribute("visibility", "visible"); };
    svg.onmousemove = (ev) => { if (start === null) return; const x = px(ev); sel.setAttribute("x", Math.min(start, x)); sel.setAttribute("width", Math.abs(x - start)); };
    svg.onmouseup = (ev) => {
      if (start === null) return;
      const x = px(ev); const [a, b] = [Math.min(start, x), Math.max(start, x)]; start = null;
      if (b - a < 3) return;
      const from = xToDay(a);
      const lastBin = Date.parse(xToDay(b)) + bin - DAY;
      state.brush = [from, toDay(lastBin)];
      applyBrush();
    };
    svg.ondblclick = () => { state.brush = null; applyBrush(); };
    $("tl-label").textContent = L10N[per] + " — " +
      (state.brush ? state.brush[0] + " … " + state.brush[1] + " — " : "") +
      (outside ? outside + " " + L10N.outside + " — " : "") + L10N.brush;
  }

  function applyBrush() {
    drawTimeline();
    drawClusters();
    loadList();
  }

  // ---- list ----------------------------------------------------------------
  function dateText(d) {
    if (!d || !d.value) return L10N.no_date;
    return d.value + " (" + L10N.precisions[d.precision] + ")";
  }

  function actorsLine(e) {
    const src = e.source.map(nameOf).join(L10N.comma);
    const tgt = e.target.map(nameOf).join(L10N.comma);
    return src + (tgt ? (LANG === "en" ? " → " : " ← ") + tgt : "");
  }

  function typeBadge(t) {
    return el("span", { class: "badge", style: "background:" + COLOURS[t], "data-type": t }, L10N.types[t]);
  }

  function eventItem(e) {
    const evidence = e.evidence.length > 190 ? e.evidence.slice(0, 190) + "…" : e.evidence;
    return el("li", { class: "event", "data-id": e.id, onclick: () => selectEvent(e.id) },
      el("div", { class: "meta" }, typeBadge(e.type), el("span", {}, dateText(e.date)),
        e.place ? el("span", { class: "where" }, L10N.at + " " + nameOf(e.place)) : null,
        e.reported_as !== "fact" ? el("span", { class: "flag" }, L10N.reported[e.reported_as]) : null,
        e.historical ? el("span", { class: "flag" }, L10N.historical) : null,
        e.negated ? el("span", { class: "flag" }, L10N.negated) : null,
        e.source_count > 1 ? el("span", { class: "flag" }, e.source_count + " " + L10N.sources) : null),
      el("div", { class: "actors" }, actorsLine(e)),
      // Evidence is the report's Arabic: right to left in the English desk too, so its closing
      // punctuation and the ellipsis sit where an Arabic reader looks for them.
      el("div", { class: "evidence-line", lang: "ar", dir: "rtl" }, evidence));
  }

  let listToken = 0;
  async function loadList(append) {
    const mine = ++listToken;
    const offset = append && state.page ? state.page.offset + state.page.items.length : 0;
    status(L10N.loading);
    try {
      const page = await api("/api/events", query({ offset, limit: 50 }));
      if (mine !== listToken) return;
      const list = $("event-list");
      if (!append) while (list.firstChild) list.removeChild(list.firstChild);
      page.items.forEach((e) => list.appendChild(eventItem(e)));
      const shown = offset + page.items.length;
      state.page = { offset: 0, items: new Array(shown), total: page.total };
      $("count").textContent = page.total + " " + L10N.events;
      exportLinks();
      $("more").hidden = shown >= page.total;
      if (!page.total) list.appendChild(el("li", { class: "empty" }, L10N.no_events));
      list.dataset.total = String(page.total);
      status("");
      markSelected();
    } catch (err) {
      status(L10N.error + ": " + err.message, true);
    }
  }

  /** Downloads of what the list shows (same filters and brushed period), for spreadsheets and GIS. */
  function exportLinks() {
    const box = $("exports");
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(document.createTextNode(L10N.export + ": "));
    [["CSV", "/api/export.csv"], ["GeoJSON", "/api/export.geojson"], ["PLOVER", "/api/export.jsonl"]].forEach(([label, path], i) => {
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(el("a", { href: urlOf(path, query()).toString(), download: "", "data-format": label }, label));
    });
  }

  async function loadPoints() {
    const res = await api("/api/points", query({ from: state.filters.from, to: state.filters.to }));
    // Rows [id, type index, lat, lon, first day number or null, precision index] (see /api/points).
    state.points = res.points.map(([id, t, lat, lon, day, p]) =>
      ({ id, t: res.types[t], lat, lon, d: day === null ? null : toDay(day * DAY), p: res.precisions[p] }));
    drawTimeline();
    drawClusters();
  }

  async function loadHits() {
    const box = $("hits");
    while (box.firstChild) box.removeChild(box.firstChild);
    const q = state.filters.q;
    box.hidden = !q;
    if (!q) return;
    const res = await api("/api/search", { q, limit: 10 });
    box.appendChild(el("h3", {}, res.total + " " + L10N.hits));
    for (const h of res.hits) {
      const marks = h.highlights.map((s) => ({ start: s.start, end: s.end, cls: "hl" }));
      const snippet = el("div", { class: "snippet", lang: "ar", dir: "rtl" }, markedText(h.snippet, marks));
      snippet.querySelectorAll(".hl").forEach((n) => n.replaceWith(el("mark", {}, n.textContent)));
      box.appendChild(el("div", { class: "hit", "data-article": h.article_id },
        el("strong", { dir: "auto" }, h.title || h.article_id), " — ", el("span", { dir: "auto" }, h.outlet || ""), snippet));
    }
  }

  // ---- detail --------------------------------------------------------------
  function markSelected() {
    document.querySelectorAll("#event-list li.event").forEach((li) => li.classList.toggle("selected", li.dataset.id === state.selected));
  }

  async function selectEvent(id) {
    state.selected = id;
    markSelected();
    const box = $("detail");
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(el("p", { class: "hint" }, L10N.loading));
    try {
      const e = await api("/api/events/" + encodeURIComponent(id));
      const articles = await Promise.all(e.sources.map((s) => api("/api/articles/" + encodeURIComponent(s.article_id))));
      if (state.selected !== id) return;
      while (box.firstChild) box.removeChild(box.firstChild);
      box.dataset.event = id;
      const row = (k, v) => (v ? [el("dt", {}, k), el("dd", {}, v)] : []);
      box.appendChild(el("h2", {}, typeBadge(e.type), " ", actorsLine(e)));
      box.appendChild(el("dl", {},
        row(L10N.date, dateText(e.date)),
        row(L10N.mode, e.mode),
        row(L10N.source_actors, e.source.map(nameOf).join(L10N.comma)),
        row(L10N.target_actors, e.target.map(nameOf).join(L10N.comma)),
        row(L10N.places, e.places.map(nameOf).join(L10N.comma)),
        row(L10N.reported_as, L10N.reported[e.reported_as]),
        row(L10N.historical, e.historical ? L10N.yes : null),
        row(L10N.negated, e.negated ? L10N.yes : null),
        row(L10N.sources, String(e.source_count))));
      e.sources.forEach((s, i) => box.appendChild(sourceBlock(s, articles[i], i)));
      const first = box.querySelector("mark.evidence");
      if (first) first.scrollIntoView({ block: "center" });
      box.scrollTop = 0;
    } catch (err) {
      while (box.firstChild) box.removeChild(box.firstChild);
      box.appendChild(el("p", { class: "hint" }, L10N.error + ": " + err.message));
    }
  }

  function sourceBlock(s, article, i) {
    const marks = [{ start: s.span.start, end: s.span.end, cls: "evidence", title: L10N.evidence }];
    if (s.trigger) marks.push({ start: s.trigger.start, end: s.trigger.end, cls: "trigger" });
    for (const b of article.boilerplate) marks.push({ start: b.start, end: b.end, cls: "boilerplate" });
    for (const m of article.mentions) marks.push({ start: m.span.start, end: m.span.end, cls: m.entity_id.startsWith("place:") ? "m-place" : "m-actor", title: m.entity_id });
    for (const d of article.dates) marks.push({ start: d.span.start, end: d.span.end, cls: "date", title: d.value.value || "" });
    const head = [L10N.source_n + " " + (i + 1) + ": ", s.outlet || L10N.unknown_outlet];
    if (s.title) head.push(" — " + s.title);
    if (s.published && s.published.value) head.push(" · " + L10N.published + " " + s.published.value);
    const title = el("h3", {}, head);
    if (s.url && /^https?:\/\//.test(s.url)) title.appendChild(el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, " ↗"));
    const removed = (article.boilerplate_removed || []).length
      ? el("div", { class: "removed" }, el("span", { class: "label" }, L10N.removed + ": "),
        article.boilerplate_removed.map((b) => el("span", { class: "boilerplate" }, b)))
      : null;
    return el("div", { class: "source", "data-article": s.article_id }, title,
      el("div", { class: "article", lang: "ar", dir: "rtl" }, markedText(article.text, marks)), removed);
  }

  // ---- filters -------------------------------------------------------------
  function fillSelect(select, options) {
    select.appendChild(el("option", { value: "" }, L10N.all));
    for (const [value, label] of options) select.appendChild(el("option", { value }, label));
  }

  function readFilters() {
    state.filters = {
      type: $("f-type").value, actor: $("f-actor").value, place: $("f-place").value,
      from: $("f-from").value, to: $("f-to").value, q: $("q").value.trim(),
    };
  }

  async function refresh() {
    readFilters();
    state.brush = null;
    state.spot = null;
    await Promise.all([loadList(), loadPoints(), loadHits().catch((err) => status(err.message, true))]);
  }

  function i18n() {
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = L10N[n.dataset.i18n]; });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = L10N[n.dataset.i18nPlaceholder]; });
    const lang = $("lang");
    const other = new URLSearchParams(location.search);
    if (LANG === "en") { other.delete("lang"); lang.textContent = "العربية"; } else { other.set("lang", "en"); lang.textContent = "English"; }
    lang.href = "?" + other.toString();
    document.title = (LANG === "en" ? "marsad — " : "مرصد — ") + L10N.subtitle;
  }

  async function start() {
    i18n();
    legend();
    fillSelect($("f-type"), TYPES.map((t) => [t, L10N.types[t]]));
    $("search").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
    for (const id of ["f-type", "f-actor", "f-place", "f-from", "f-to"]) $(id).addEventListener("change", refresh);
    $("reset").addEventListener("click", () => {
      for (const id of ["f-type", "f-actor", "f-place", "f-from", "f-to", "q"]) $(id).value = "";
      refresh();
    });
    $("more").addEventListener("click", () => loadList(true));
    try {
      // First render is the list, the markers and the base map, fetched in parallel.
      const points = loadPoints().then(() => {
        // Frame the events in and around Syria; far venues (Moscow, Astana) stay on the map, off frame.
        const near = state.points.filter((p) => p.lat > 29 && p.lat < 40 && p.lon > 33 && p.lon < 46);
        if (near.length) map.fitBounds(L.latLngBounds(near.map((p) => [p.lat, p.lon])).pad(0.25), { maxZoom: 9 });
        drawClusters();
      });
      await Promise.all([baseLayers(), points, loadList()]);
    } catch (err) {
      status(L10N.error + ": " + err.message, true);
    }
    // Timings for the browser test, and the map, which it drives as a user would with the mouse.
    window.__marsad = { firstRenderMs: performance.now() - T0, sinceNavigationMs: performance.now(), map };
    document.body.dataset.ready = "1";
    // The filter menus and the gazetteer dots follow: the store counts every actor and place for
    // them, which must not hold up the first view of the record.
    try {
      const [actors, places] = await Promise.all([api("/api/actors"), api("/api/places")]);
      fillSelect($("f-actor"), actors.slice(0, 300).map((a) => [a.id, nameOf(a) + " (" + a.events + ")"]));
      fillSelect($("f-place"), places.slice(0, 300).map((p) => [p.id, nameOf(p) + " (" + p.events + ")"]));
      placeLayer(places);
    } catch (err) {
      status(L10N.error + ": " + err.message, true);
    }
    document.body.dataset.menus = "1";
  }

  start();
})();
