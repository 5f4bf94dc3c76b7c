// Runs Mozilla Readability (with jsdom) over the html-pages corpus and prints one JSON object per
// page: the extracted text, metadata, and the time spent in parse + extraction (no file reading):
// wall-clock (ms) and the process's CPU time (cpu_ms, user + system), which a busy machine
// disturbs less.
// Usage: node run.mjs PAGES_DIR [REPEATS]  > out.jsonl
import fs from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const dir = process.argv[2];
const repeats = Number(process.argv[3] || 1);
const index = fs.readFileSync(path.join(dir, "index.jsonl"), "utf8").trim().split("\n").map(JSON.parse);
const quiet = new VirtualConsole();

function textOf(html) {
  // Block boundaries become newlines, as our reference conversion does.
  const dom = new JSDOM(`<body>${html}</body>`, { virtualConsole: quiet });
  const blocks = [];
  dom.window.document.body.querySelectorAll("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, div").forEach((e) => {
    if (![...e.children].some((c) => /^(P|LI|H\d|BLOCKQUOTE|PRE|TD|DIV|UL|OL|TABLE)$/.test(c.tagName))) {
      blocks.push(e.textContent.replace(/\s+/g, " ").trim());
    }
  });
  return blocks.filter((b) => b).join("\n");
}

for (const page of index) {
  const html = fs.readFileSync(path.join(dir, page.file));
  let result = null;
  let ms = 0;
  let cpu = 0;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const dom = new JSDOM(html, { url: page.url || "https://example.org/", virtualConsole: quiet });
    result = new Readability(dom.window.document).parse();
    const c = process.cpuUsage(c0);
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    cpu += (c.user + c.system) / 1000;
    dom.window.close();
  }
  const out = {
    id: page.id,
    ms: ms / repeats,
    cpu_ms: cpu / repeats,
    text: result ? textOf(result.content) : "",
    title: result?.title ?? null,
    byline: result?.byline ?? null,
    lang: result?.lang ?? null,
    published: result?.publishedTime ?? null,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}
