#!/usr/bin/env bash
# Claim clustering precision/recall on the hand-labelled claim pairs, at several thresholds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -cp "$cp" org.claimtrail.bench.ClusterPairsBench "$root/link/src/test/resources/claim-pairs.json" "${CORPORA:-$root/../shared/corpora}"
