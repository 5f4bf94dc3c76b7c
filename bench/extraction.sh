#!/usr/bin/env bash
# Extraction benchmark: Claimtrail vs Mozilla Readability on ../shared/corpora/html-pages, in one
# run. Prints word-level precision/recall/F1, pages/s for both (all pages and by page size, by
# wall-clock and by CPU time), and title/author/date accuracy against the references (the
# Readability suite's, and the hand judgments of bench/metadata-judged.tsv).
# Usage: bench/extraction.sh [--per-page] [--metadata]   (--metadata: which pages each got wrong)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pages="${PAGES:-$root/../shared/corpora/html-pages}"
[ -f "$pages/index.jsonl" ] || { echo "bench: no corpus at $pages (set PAGES=...)" >&2; exit 2; }
command -v node >/dev/null || apt-get install -y nodejs npm >/dev/null
(cd "$root/bench/readability" && [ -d node_modules/jsdom ] || npm install --no-audit --no-fund --silent)
mkdir -p "$root/bench/target"
echo "running Mozilla Readability (jsdom)..." >&2
node "$root/bench/readability/run.mjs" "$pages" "${REPEATS:-3}" > "$root/bench/target/readability.jsonl"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx2g -cp "$cp" org.claimtrail.bench.ExtractionBench "$pages" --readability "$root/bench/target/readability.jsonl" \
  --judged "$root/bench/metadata-judged.tsv" --repeats "${REPEATS:-3}" "$@"
