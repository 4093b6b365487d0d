#!/usr/bin/env node
// Writes src/main/resources/map/afghanistan.json: Afghanistan's border as longitude/latitude rings, from
// Natural Earth's admin-0 countries as the npm package world-atlas ships them (TopoJSON, country id "004").
// Run once, when the outline should change; the app reads only the file this writes. No dependencies:
//
//   cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node /path/to/tools/afghanistan-outline.mjs package/countries-50m.json > src/main/resources/map/afghanistan.json
//
// Coordinates are rounded to 0.01° (about 1 km, finer than a point on the drawn map) and repeated points dropped.
// docs/MAP.md says where the data comes from and under which licences.
import { readFileSync } from 'node:fs';

const AFGHANISTAN = '004';
const file = process.argv[2];
if (!file) {
  console.error('usage: node afghanistan-outline.mjs countries-50m.json > afghanistan.json');
  process.exit(2);
}
const topology = JSON.parse(readFileSync(file, 'utf8'));
const country = Object.values(topology.objects)
  .flatMap(o => o.geometries ?? [])
  .find(g => String(g.id) === AFGHANISTAN);
if (!country) {
  console.error(`no geometry with id ${AFGHANISTAN} in ${file}`);
  process.exit(1);
}

// TopoJSON arcs are quantized and delta-encoded: each position adds to the previous one, then the transform applies
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
function arc(index) {
  let x = 0, y = 0;
  const points = topology.arcs[index < 0 ? ~index : index].map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * sx + tx, y * sy + ty];
  });
  return index < 0 ? points.reverse() : points;
}
function ring(indices) {
  const points = [];
  for (const index of indices) {
    const next = arc(index);
    points.push(...(points.length ? next.slice(1) : next)); // consecutive arcs share their joining point
  }
  const rounded = [];
  for (const [lon, lat] of points) {
    const p = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  return rounded;
}
const polygons = country.type === 'Polygon' ? [country.arcs] : country.arcs;
const rings = polygons.flatMap(polygon => polygon.map(ring)).filter(r => r.length >= 4);

const lines = rings.map(r => '    [' + r.map(([lon, lat]) => `[${lon},${lat}]`).join(',') + ']');
process.stdout.write(`{
  "name": "Afghanistan",
  "source": "Natural Earth admin-0 countries (public domain) via world-atlas 2.0.2 (ISC), ${file.split('/').pop()}, id ${AFGHANISTAN}",
  "rings": [
${lines.join(',\n')}
  ]
}
`);
