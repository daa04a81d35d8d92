// Builds web/static/data/basemap.geojson: Syria and its neighbours from world-atlas
// (Natural Earth 1:50m, public domain) via topojson-client. The page has no tile
// network, so this outline is its base layer.
// Run: (in a dir with `npm install topojson-client@3.1.0 world-atlas@2.0.2`)
//   node make-basemap.mjs node_modules > basemap.geojson
import { readFileSync } from "node:fs";
import { feature } from "topojson-client";

const root = process.argv[2] || "node_modules";
const topo = JSON.parse(readFileSync(`${root}/world-atlas/countries-50m.json`, "utf8"));
// ISO 3166 numeric ids; Syria is 760, the focus country.
const WANTED = { 760: "SYR", 792: "TUR", 368: "IRQ", 400: "JOR", 422: "LBN", 376: "ISR", 275: "PSE", 196: "CYP",
  682: "SAU", 818: "EGY", 364: "IRN", 268: "GEO", 51: "ARM", 31: "AZE", 414: "KWT" };
const round = (c) => (typeof c[0] === "number" ? [+c[0].toFixed(3), +c[1].toFixed(3)] : c.map(round));
const all = feature(topo, topo.objects.countries);
const features = all.features
  .filter((f) => WANTED[+f.id])
  .map((f) => ({
    type: "Feature",
    id: WANTED[+f.id],
    properties: { iso3: WANTED[+f.id], name: f.properties.name, focus: +f.id === 760 },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }));
process.stdout.write(JSON.stringify({
  type: "FeatureCollection",
  source: "world-atlas 2.0.2 countries-50m (Natural Earth, public domain), converted by web/tools/make-basemap.mjs",
  features,
}));
