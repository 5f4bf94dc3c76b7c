// Reports dependencies with known vulnerabilities: reads the CycloneDX SBOM of the whole build
// (target/bom.json, made by run-tests with the cyclonedx-maven-plugin) and compares every
// component with build/known-vulnerable.tsv. Exits 1 when one is found, unless it is listed in
// build/accepted-vulnerable.tsv with a reason (a risk we measured and accept).
// Usage: node build/check-deps.mjs [target/bom.json]
import { readFileSync, existsSync } from 'node:fs';

const bomPath = process.argv[2] ?? 'target/bom.json';
const bom = JSON.parse(readFileSync(bomPath, 'utf8'));
const rows = (file) => existsSync(file)
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'))
  : [];
const known = rows('build/known-vulnerable.tsv');
const accepted = new Map(rows('build/accepted-vulnerable.tsv').map(([id, advisory, reason]) => [`${id} ${advisory}`, reason]));

// Maven versions: compare the numeric parts in order ("4.1.118.Final" > "4.1.108.Final"; "32.0.0-jre").
const parts = (v) => (v.match(/\d+/g) ?? []).map(Number);
const older = (a, b) => {
  const x = parts(a), y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
};

// Who pulls a component in: the first dependent found in the SBOM's dependency graph.
const parents = new Map();
for (const d of bom.dependencies ?? []) for (const c of d.dependsOn ?? []) if (!parents.has(c)) parents.set(c, d.ref);
const via = (ref) => {
  const chain = [];
  for (let r = parents.get(ref); r && chain.length < 6; r = parents.get(r)) chain.push(r.replace(/^pkg:maven\//, '').replace(/\?.*$/, ''));
  return chain.join(' <- ');
};

const components = bom.components ?? [];
let found = 0, acceptedCount = 0;
for (const c of components) {
  const id = `${c.group}:${c.name}`;
  for (const [name, fixed, advisory, what] of known) {
    if (name === id && older(c.version, fixed)) {
      const key = `${id}:${c.version} ${advisory}`;
      if (accepted.has(key)) {
        acceptedCount++;
        console.log(`accepted   ${id}:${c.version}  ${advisory} (fixed in ${fixed}): ${what}\n           reason: ${accepted.get(key)}`);
      } else {
        found++;
        console.log(`VULNERABLE ${id}:${c.version}  ${advisory} (fixed in ${fixed}): ${what}\n           via ${via(c['bom-ref'])}`);
      }
    }
  }
}
console.log(`check-deps: ${components.length} components checked against ${known.length} advisories: ${found} vulnerable, ${acceptedCount} accepted`);
process.exit(found > 0 ? 1 : 0);
