#!/usr/bin/env bash
# Spark scaling benchmark: local[1] vs local[2] at 1x, 4x, 16x an input of real Wikinews articles.
# Then the anchor: the same pipeline over the 16x files on 1 and 2 plain threads, no Spark. Each run
# prints its phases (pipeline, tables, linking), its CPU and GC time, and for local[2] whether its
# results equal local[1]'s. The machine may be shared: the load average is printed at both ends.
# Usage: bench/spark.sh [BASE_ARTICLES=6]   (16x of 6 = 96 articles; about 12 minutes on 2 idle cores)
# BENCH_JAVA_OPTS adds JVM options (e.g. -XX:+UseParallelGC).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench,spark -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx8g ${BENCH_JAVA_OPTS:-} $(cat "$root/spark/target/jvm-opens.txt") -cp "$cp" org.claimtrail.bench.SparkBench "$root/../shared/corpora/wikinews/wikinews-2020.jsonl" "${1:-6}"
