#!/usr/bin/env bash
# HTTP load benchmark: the main API endpoints and pages under a bounded local load (wrk against
# 127.0.0.1 only), on a store of realistic size made from a real ingested store.
# Usage: bench/http.sh SOURCE_JDBC_URL [CLAIMS=100000] [SECONDS=10] [CONNECTIONS=8]
# (SOURCE: a store filled by './claimtrail demo --no-serve' or './claimtrail ingest', e.g.
#  "jdbc:h2:file:$PWD/claimtrail-data/claimtrail")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib/grown-store.sh"
claims="${2:-100000}"; secs="${3:-10}"; conns="${4:-8}"
grow_store http "$1" "$claims"
port=17071
serve_store $port 60 --no-ingest
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
