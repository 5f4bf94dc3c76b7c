// Writes the country alias table used by org.claimtrail.claims.entity.AliasTable from the
// world-countries package (ODbL 1.0, (c) Mohammed Le Doze). Run by Maven at build time; the
// generated file lives under target/ and is never committed.
// Columns (tab-separated): canonical name, kind (name|official|alt|demonym|capital), alias.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const out = process.argv[2];
const rows = ["# generated from world-countries (ODbL 1.0); canonical\tkind\talias"];
const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s);
for (const c of countries) {
  const canonical = c.name.common;
  const add = (kind, alias) => {
    if (alias && latin(alias) && alias.length > 1) rows.push(`${canonical}\t${kind}\t${alias}`);
  };
  add("name", canonical);
  add("official", c.name.official);
  for (const alt of c.altSpellings || []) add(alt.length <= 3 && alt === alt.toUpperCase() ? "code" : "alt", alt);
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) {
    add("demonym", eng.m);
    if (eng.f !== eng.m) add("demonym", eng.f);
  }
  for (const cap of c.capital || []) {
    add("capital", cap);
    const short = cap.replace(/,?\s+D\.?\s?C\.?$/, "");
    if (short !== cap) add("capital", short);
  }
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, rows.join("\n") + "\n");
console.error(`countries: ${countries.length} countries, ${rows.length - 1} aliases -> ${out}`);
