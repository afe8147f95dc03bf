// Copies the UI's front-end libraries from node_modules into src/Griot.Web/wwwroot/vendor, each with its
// licence, and writes vendor/README.md listing versions. Run: npm ci --prefix tools/web && node tools/web/vendor.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const target = join(here, '..', '..', 'src', 'Griot.Web', 'wwwroot', 'vendor');
mkdirSync(join(target, 'licenses'), { recursive: true });

const files = [
  ['d3', 'dist/d3.min.js', 'd3.min.js'],
  ['topojson-client', 'dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['world-atlas', 'countries-110m.json', 'countries-110m.json'],
  ['world-atlas', 'countries-50m.json', 'countries-50m.json'],
  ['cytoscape', 'dist/cytoscape.min.js', 'cytoscape.min.js'],
];

const rows = [];
for (const [pkg, from, to] of files) {
  copyFileSync(join(modules, pkg, from), join(target, to));
}

for (const pkg of [...new Set(files.map((f) => f[0]))]) {
  const meta = JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8'));
  const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(modules, pkg, f)).find(existsSync);
  if (!licence) throw new Error(`${pkg}: no licence file found`);
  copyFileSync(licence, join(target, 'licenses', `${pkg}.txt`));
  rows.push(`| ${pkg} | ${meta.version} | ${meta.license} | ${files.filter((f) => f[0] === pkg).map((f) => '`' + f[2] + '`').join(', ')} |`);
}

writeFileSync(join(target, 'README.md'), `# Vendored front-end libraries

Placed here by \`tools/web/vendor.mjs\` from npm (\`npm ci --prefix tools/web && node tools/web/vendor.mjs\`);
do not edit. Licences are in \`licenses/\`.

| package | version | licence | files |
| --- | --- | --- | --- |
${rows.join('\n')}

world-atlas's TopoJSON is made from Natural Earth's public-domain data; its feature ids are ISO 3166-1
numeric codes.
`);
console.log(`vendored ${files.length} files into ${target}`);
