// Browser test of the desk page in Debian's headless Chromium (playwright-core).
//
// node desk.mjs --url URL [--big-url URL] [--xss-query WORD] [--search WORD] [--screenshot FILE]
//
// Checks: the event list renders Arabic text; the map shows one marker or
// cluster count per located event; a search narrows the list; clicking an
// event shows its evidence highlighted in the article; article text carrying
// <script>/onerror= payloads runs nothing; no console error anywhere. Prints
// the first-render time of the page served by --big-url. Exit status 0 = pass.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

function watch(page, label) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${label} console: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${label} page error: ${e.message}`));
  page.on("dialog", async (d) => { errors.push(`${label} dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on("requestfailed", (r) => errors.push(`${label} request failed: ${r.url()}`));
  return errors;
}

async function markerSum(page) {
  return page.evaluate(() => [...document.querySelectorAll(".ev-pin, .ev-cluster")]
    .reduce((n, m) => n + Number(m.dataset.count || 0), 0));
}

async function listTotal(page) {
  return page.evaluate(() => Number(document.getElementById("event-list").dataset.total));
}

try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ar" });
  const page = await context.newPage();
  const errors = watch(page, "desk");
  await page.goto(args.url, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='1']", { timeout: 15000 });

  // 1. The list renders, in Arabic, right to left.
  const dir = await page.evaluate(() => document.documentElement.dir);
  check(dir === "rtl", `page is right-to-left (dir=${dir})`);
  const items = await page.locator("#event-list li.event").count();
  const firstText = await page.locator("#event-list li.event").first().innerText();
  check(items > 0, `event list shows ${items} events`);
  check(/[\u0600-\u06FF]{3,}/.test(firstText), `first event is Arabic text: ${firstText.slice(0, 60).replace(/\n/g, " | ")}`);

  // 2. One marker (or cluster count) per located event.
  const located = await page.evaluate(async () => (await (await fetch("/api/points")).json()).total);
  const onMap = await markerSum(page);
  check(located > 0 && onMap === located, `map markers+cluster counts ${onMap} = located events ${located}`);
  const colours = await page.evaluate(() => new Set([...document.querySelectorAll(".ev-pin, .ev-cluster")].map((m) => m.dataset.type)).size);
  check(colours >= 2, `markers coloured by PLOVER type (${colours} types on the map)`);
  const roads = await page.evaluate(() => document.querySelectorAll("path.leaflet-interactive").length);
  check(roads >= 2, `roads and outlines drawn (${roads} interactive paths)`);

  // 3. A search narrows the list.
  const before = await listTotal(page);
  await page.fill("#q", args.search || "دوريات");
  await page.press("#q", "Enter");
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) !== n, before, { timeout: 10000 });
  const after = await listTotal(page);
  check(after > 0 && after < before, `search '${args.search || "دوريات"}' narrows the list ${before} → ${after}`);
  // The matching articles load beside the list; wait for them rather than race them.
  await page.waitForSelector("#hits .hit", { timeout: 10000 }).catch(() => {});
  const hits = await page.locator("#hits .hit").count();
  check(hits > 0, `search shows ${hits} matching articles with snippets`);

  // 3b. The downloads follow the filters: the CSV link carries the query and serves the same events.
  const csvHref = await page.getAttribute("#exports a[data-format='CSV']", "href");
  check(decodeURIComponent(csvHref).includes("q=" + (args.search || "دوريات")), `CSV download link carries the search: ${decodeURIComponent(csvHref)}`);
  const csv = await page.evaluate(async (href) => { const r = await fetch(href); return { ok: r.ok, type: r.headers.get("content-type"), text: await r.text() }; }, csvHref);
  const rows = csv.text.trim().split("\n").length - 1;
  check(csv.ok && /csv/.test(csv.type) && rows === after, `CSV download holds the ${after} listed events (${rows} rows, ${csv.type})`);

  // 4. Clicking an event shows its evidence highlighted in the article.
  const first = page.locator("#event-list li.event").first();
  const id = await first.getAttribute("data-id");
  await first.click();
  await page.waitForSelector(`#detail[data-event='${id}'] mark.evidence`, { timeout: 10000 });
  const evidence = await page.evaluate(async (id) => (await (await fetch("/api/events/" + encodeURIComponent(id))).json()).evidence, id);
  const marked = await page.evaluate(() => [...document.querySelectorAll("#detail .source")[0].querySelectorAll("mark.evidence")].map((m) => m.textContent).join(""));
  check(marked === evidence, `evidence of ${id} highlighted exactly (${marked.length} chars)`);

  // 5. Brushing the timeline filters map and list.
  const box = await page.locator("#tl").boundingBox();
  await page.fill("#q", "");
  await page.press("#q", "Enter");
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) === n, before, { timeout: 10000 });
  await page.mouse.move(box.x + box.width * 0.05, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 40, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) !== n, before, { timeout: 10000 }).catch(() => {});
  const brushed = await listTotal(page);
  const brushedMap = await markerSum(page);
  check(brushed < before && brushedMap <= located, `timeline brush filters list ${before} → ${brushed} and map ${located} → ${brushedMap}`);
  await page.dblclick("#tl");
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) === n, before, { timeout: 10000 });

  // 5b. The timeline frames the news, not the recaps: the store holds a report of 1982 (posted by
  // the test) whose event falls outside the period drawn and is counted in the label.
  const tl = await page.evaluate(() => ({ ...document.getElementById("tl").dataset, label: document.getElementById("tl-label").textContent }));
  check(tl.from > "1983" && Number(tl.outside) >= 1, `timeline shows ${tl.from} … ${tl.to}, ${tl.outside} event(s) outside it named in the label`);
  check(/\d+ حدثاً خارج/.test(tl.label), `timeline label counts them: ${tl.label}`);

  // 5c. A cluster of events at one spot opens them all: the list is filtered to that place.
  const spot = await page.evaluate(async () => {
    const res = await (await fetch("/api/points")).json();
    const at = new Map();
    for (const [, , lat, lon] of res.points) at.set(lat + "," + lon, (at.get(lat + "," + lon) || 0) + 1);
    const [key, n] = [...at.entries()].sort((a, b) => b[1] - a[1])[0];
    return { lat: Number(key.split(",")[0]), lon: Number(key.split(",")[1]), n };
  });
  await page.evaluate(({ lat, lon }) => window.__marsad.map.setView([lat, lon], 12, { animate: false }), spot);
  await page.waitForFunction((n) => [...document.querySelectorAll(".ev-cluster")].some((m) => Number(m.dataset.count) === n), spot.n, { timeout: 10000 });
  await page.evaluate((n) => [...document.querySelectorAll(".ev-cluster")].find((m) => Number(m.dataset.count) === n).click(), spot.n);
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) !== n, before, { timeout: 10000 });
  const grouped = await listTotal(page);
  check(spot.n >= 2 && grouped === spot.n, `clicking the cluster of ${spot.n} events at one spot lists exactly those ${grouped}`);
  await page.click("#reset");
  await page.waitForFunction((n) => Number(document.getElementById("event-list").dataset.total) === n, before + 0, { timeout: 10000 }).catch(() => {});

  // Back to a clean selection for the screenshot: the first event with its evidence.
  await page.locator("#event-list li.event").nth(1).click();
  await page.waitForSelector("#detail mark.evidence");
  if (args.screenshot) {
    mkdirSync(dirname(args.screenshot), { recursive: true });
    await page.screenshot({ path: args.screenshot });
    console.log(`screenshot: ${args.screenshot}`);
  }

  // 6. Hostile article text stays text.
  if (args["xss-query"]) {
    await page.fill("#q", args["xss-query"]);
    await page.press("#q", "Enter");
    await page.waitForSelector("#hits .hit", { timeout: 10000 });
    await page.waitForFunction(() => Number(document.getElementById("event-list").dataset.total) > 0, null, { timeout: 10000 });
    await page.locator("#event-list li.event").first().click();
    await page.waitForSelector("#detail mark.evidence", { timeout: 10000 });
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      fired: window.__xss === true,
      injected: document.querySelectorAll("#side script, #side img, #side iframe, .leaflet-tooltip img").length,
      shown: document.getElementById("side").textContent.includes("<script>") && document.getElementById("side").textContent.includes("onerror="),
    }));
    check(!state.fired, "no payload ran (window.__xss unset)");
    check(state.injected === 0, `no element injected from article text (${state.injected})`);
    check(state.shown, "payloads are shown as plain text");
  }

  check(errors.length === 0, `no console errors on the desk${errors.length ? ": " + errors.join(" ; ") : ""}`);

  // 6b. The English desk lays out English around the reports' Arabic: evidence and snippets stay right to
  // left, and names are joined with an English comma.
  const en = await context.newPage();
  const enErrors = watch(en, "desk-en");
  await en.goto(args.url + (args.url.includes("?") ? "&" : "?") + "lang=en", { waitUntil: "load" });
  await en.waitForSelector("body[data-ready='1']", { timeout: 15000 });
  await en.fill("#q", args.search || "دوريات");
  await en.press("#q", "Enter");
  await en.waitForSelector("#hits .hit .snippet", { timeout: 10000 });
  const layout = await en.evaluate(() => ({
    page: document.documentElement.dir || "ltr",
    evidence: [...document.querySelectorAll("#event-list .evidence-line")].map((n) => getComputedStyle(n).direction),
    snippets: [...document.querySelectorAll("#hits .snippet")].map((n) => getComputedStyle(n).direction),
    actors: [...document.querySelectorAll("#event-list .actors")].map((n) => n.textContent).join(" | "),
  }));
  check(layout.page !== "rtl" && layout.evidence.length > 0 && layout.evidence.every((d) => d === "rtl"),
    `English desk: ${layout.evidence.length} evidence lines right to left (page ${layout.page})`);
  check(layout.snippets.length > 0 && layout.snippets.every((d) => d === "rtl"), `English desk: ${layout.snippets.length} search snippets right to left`);
  check(!layout.actors.includes("،"), `English desk joins actor names with ", " (${layout.actors.slice(0, 80)})`);
  check(enErrors.length === 0, `no console errors on the English desk${enErrors.length ? ": " + enErrors.join(" ; ") : ""}`);
  await en.close();

  // 7. First render with many events.
  if (args["big-url"]) {
    const big = await context.newPage();
    const bigErrors = watch(big, "big");
    await big.goto(args["big-url"], { waitUntil: "load" });
    await big.waitForSelector("body[data-ready='1']", { timeout: 30000 });
    const t = await big.evaluate(() => ({ ms: window.__marsad.sinceNavigationMs, total: Number(document.getElementById("event-list").dataset.total) }));
    const bigLocated = await big.evaluate(async () => (await (await fetch("/api/points")).json()).total);
    const bigOnMap = await markerSum(big);
    const slow = await big.evaluate(() => performance.getEntriesByType("resource")
      .filter((r) => r.duration > 50)
      .map((r) => `${new URL(r.name).pathname}${new URL(r.name).search} ${r.duration.toFixed(0)} ms ${(r.encodedBodySize / 1024).toFixed(0)} KB`));
    console.log(`requests over 50 ms: ${slow.join("; ") || "none"}`);
    console.log(`figure: first render with ${t.total} events in the store (${bigLocated} located): ${t.ms.toFixed(0)} ms (navigation start → list and map drawn)`);
    check(bigOnMap === bigLocated, `big store: markers+cluster counts ${bigOnMap} = located ${bigLocated}`);
    check(bigErrors.length === 0, `no console errors with many events${bigErrors.length ? ": " + bigErrors.join(" ; ") : ""}`);
  }
} catch (err) {
  failures.push(String(err && err.stack || err));
  console.log("FAIL " + err);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("browser test passed");
