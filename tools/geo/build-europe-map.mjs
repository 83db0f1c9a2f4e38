// Builds data/geo/europe.json: one SVG path per country for the map of Europe on instrument pages.
// Geometry: Natural Earth 1:50m (public domain) as packaged by world-atlas; simplified, projected once here so the
// hub only has to colour paths. Run `npm install && npm run build` in tools/geo after changing anything below.
import { readFileSync, writeFileSync } from "node:fs";
import { geoConicConformal, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import countries from "i18n-iso-countries";

const width = 800;
const height = 640;
// What the map shows: the Council of Europe's members, from Iceland and Portugal to Azerbaijan.
const frame = {
  type: "Polygon",
  coordinates: [[[-25, 33], [-25, 72], [52, 72], [52, 33], [-25, 33]]],
};

const topology = JSON.parse(readFileSync(new URL("./node_modules/world-atlas/countries-50m.json", import.meta.url)));
const weighted = presimplify(topology);
// Minimum triangle area kept, in square degrees: small enough for Luxembourg, coarse enough for a light page.
const simplified = simplify(weighted, 0.02);
const shapes = feature(simplified, simplified.objects.countries).features;
const projection = geoConicConformal().rotate([-15, 0]).parallels([40, 65]).fitExtent([[4, 4], [width - 4, height - 4]], frame);
projection.clipExtent([[0, 0], [width, height]]);
const path = geoPath(projection).digits(0);

const inFrame = ([lon, lat]) => lon >= -32 && lon <= 60 && lat >= 30 && lat <= 75;
const result = [];
for (const shape of shapes) {
  const code = countries.numericToAlpha2(shape.id);
  if (!code) continue;
  const bounds = geoPath().bounds(shape);
  if (!inFrame([(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]) && code !== "RU") continue;
  const d = path(shape);
  if (d) result.push({ code, d });
}
result.sort((a, b) => a.code.localeCompare(b.code));
const output = {
  source: {
    title: "Natural Earth 1:50m Cultural Vectors, Admin 0 – Countries (via the world-atlas package)",
    publisher: "Natural Earth",
    url: "https://www.naturalearthdata.com/downloads/50m-cultural-vectors/",
    licence: "Public domain",
  },
  width,
  height,
  countries: result,
};
writeFileSync(new URL("../../data/geo/europe.json", import.meta.url), JSON.stringify(output) + "\n");
console.log(`${result.length} countries, ${JSON.stringify(output).length} bytes`);
