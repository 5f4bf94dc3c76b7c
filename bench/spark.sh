#!/usr/bin/env bash
# Spark scaling benchmark: local[1] vs local[2] at 1x, 4x, 16x an input of real Wikinews articles.
# Usage: bench/spark.sh [BASE_ARTICLES=6]   (16x of 6 = 96 articles; about 10 minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench,spark -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx8g $(cat "$root/spark/target/jvm-opens.txt") -cp "$cp" org.claimtrail.bench.SparkBench "$root/../shared/corpora/wikinews/wikinews-2020.jsonl" "${1:-6}"
