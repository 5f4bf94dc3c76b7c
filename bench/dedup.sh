#!/usr/bin/env bash
# Near-duplicate threshold on real wire copy: syndicated copies of Reuters stories against
# different stories on the same topic. Prints similarity distributions and P/R per threshold.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -cp "$cp" org.claimtrail.bench.DedupBench "${CORPORA:-$root/../shared/corpora}/reuters-21578/reuters-21578-dev.jsonl"
