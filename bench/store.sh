#!/usr/bin/env bash
# Store and search benchmark on real claims: save copies of an ingested store into H2 and into a
# throwaway PostgreSQL in the same run, then grow a Lucene index to N claims and time searches.
# Usage: bench/store.sh SOURCE_JDBC_URL [COPIES=20] [INDEX_CLAIMS=1000000]
# (SOURCE: a store filled by './claimtrail ingest', e.g. jdbc:h2:file:./claimtrail-data/claimtrail)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
pg=$("$root/build/test-postgres")
trap '"$root/build/test-postgres" stop "${pg#* }"' EXIT
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx6g -cp "$cp" org.claimtrail.bench.StoreBench "$1" "${2:-20}" "${pg% *}" "${3:-1000000}"
