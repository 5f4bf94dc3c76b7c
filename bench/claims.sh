#!/usr/bin/env bash
# Claims benchmark: the full nlp + claims stages vs raw CoreNLP with the same annotators, on the
# same real articles (the seed, then Wikinews 2020), single-threaded. Prints articles/s,
# sentences/s, our overhead and the peak heap.   Usage: bench/claims.sh [N articles, default 60]
# With CLAIMTRAIL_MODEL=FILE (a claim model from "claimtrail train polnear") the model runs too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${CORPORA:-$root/../shared/corpora}"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx6g -cp "$cp" org.claimtrail.bench.ClaimsBench "${1:-60}" "$corpora/seed/kyivpost-2024-10-23.txt" "$corpora/wikinews/wikinews-2020.jsonl"
