#!/usr/bin/env bash
# HTTP load benchmark: the main API endpoints and pages under a bounded local load (wrk against
# 127.0.0.1 only), on a store of realistic size made from a real ingested store.
# Usage: bench/http.sh SOURCE_JDBC_URL [CLAIMS=100000] [SECONDS=10] [CONNECTIONS=8]
# (SOURCE: a store filled by './claimtrail demo --no-serve' or './claimtrail ingest', e.g.
#  "jdbc:h2:file:$PWD/claimtrail-data/claimtrail")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "http.sh: installing wrk" >&2; apt-get install -y -qq wrk >/dev/null; }
claims="${2:-100000}"; secs="${3:-10}"; conns="${4:-8}"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench,app -am) >&2
dir=$(mktemp -d /tmp/claimtrail-http.XXXXXX)
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -Xmx4g -cp "$cp" org.claimtrail.bench.GrowStore "$1" "$dir" "$claims"
db="jdbc:h2:file:$dir/claimtrail"
t0=$(date +%s)
"$root/claimtrail" link --db "$db" --min-size 1000000 | head -n 1
echo "linked in $(( $(date +%s) - t0 )) s"
port=17071
"$root/claimtrail" serve --db "$db" --index "$dir/index" --port $port --no-ingest 2>"$dir/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api/v1/clusters?limit=1" >/dev/null && break; sleep 1; done
cluster=$(curl -s "http://127.0.0.1:$port/api/v1/clusters?limit=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
article=$(curl -s "http://127.0.0.1:$port/api/v1/articles?limit=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
entity=$(curl -s "http://127.0.0.1:$port/api/v1/entities?limit=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/;t;s/.*/1/')
echo "store: $claims claims (synthetic copies of real claims); wrk ${secs}s, $conns connections, 2 threads, 127.0.0.1"
for path in "/api/v1/clusters?limit=20" "/api/v1/clusters/$cluster" "/api/v1/search?q=troops" "/api/v1/search?q=president&stance=claimed" \
    "/api/v1/articles/$article" "/api/v1/entities?q=korea" "/api/v1/timeline?entity=Iran&limit=50" \
    "/" "/clusters/$cluster" "/search?q=coronavirus" "/articles/$article" "/entities/$entity" "/timeline?entity=Iran"; do
  printf '%-44s' "$path"
  wrk -t2 -c"$conns" -d"${secs}s" -s "$root/bench/http/report.lua" "http://127.0.0.1:$port$path" | tail -n 1
done
