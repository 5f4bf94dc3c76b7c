// The dependency check must be able to fail: a made-up SBOM with a known-vulnerable Guava and a
// fixed Jackson gives exit code 1 and names only Guava. Run: node --test build/
import { test } from 'node:test';
import assert from 'node:assert';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

test('reports a vulnerable version and passes a fixed one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bom-'));
  const bom = join(dir, 'bom.json');
  writeFileSync(bom, JSON.stringify({ components: [
    { group: 'com.google.guava', name: 'guava', version: '18.0', 'bom-ref': 'g' },
    { group: 'com.fasterxml.jackson.core', name: 'jackson-databind', version: '2.18.2', 'bom-ref': 'j' },
    { group: 'io.netty', name: 'netty-handler', version: '4.1.118.Final', 'bom-ref': 'n' },
  ] }));
  const r = spawnSync('node', ['build/check-deps.mjs', bom], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1, r.stdout);
  assert.match(r.stdout, /VULNERABLE com\.google\.guava:guava:18\.0/);
  assert.doesNotMatch(r.stdout, /VULNERABLE com\.fasterxml/);
  assert.doesNotMatch(r.stdout, /VULNERABLE io\.netty/);
});
