#!/usr/bin/env bash
# Load test (issue 7): concurrent searches (wrk) and uploads (curl, one every UPLOAD_MS) against a
# server on 127.0.0.1 for a fixed time, then waits for the uploads to be ingested and checks that
# every accepted upload is in the store: nothing lost, no errors. Prints throughput and p95.
# Usage: bench/load.sh SOURCE_JDBC_URL [CLAIMS=50000] [SECONDS=30] [UPLOAD_MS=500]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib/grown-store.sh"
claims="${2:-50000}"; secs="${3:-30}"; every="${4:-500}"
grow_store load "$1" "$claims" >/dev/null
port=17072; token="load-test-token-0123456789"
export CLAIMTRAIL_API_TOKEN=$token
serve_store $port 90
echo "store: $claims claims; ${secs}s of searches (wrk, 4 connections) with an upload every ${every} ms (curl), 127.0.0.1"
# Uploads: distinct one-article JSONL files, each with its own URL and text.
(
  end=$(( $(date +%s) + secs )); i=0
  while [ "$(date +%s)" -lt "$end" ]; do
    f="$dir/up-$i.jsonl"
    printf '{"url": "https://load.example/%d", "published": "2024-10-%02d", "text": "The ministry said on Tuesday that bridge number %d had been repaired. Officials denied that troops had crossed bridge %d, according to a statement issued in city %d."}\n' $i $(( i % 28 + 1 )) $i $i $i > "$f"
    code=$(curl -s -o "$dir/up-$i.json" -w '%{http_code}' -H "Authorization: Bearer $token" -F "files=@$f" "http://127.0.0.1:$port/api/v1/ingest")
    echo "$code" >> "$dir/upload-codes.txt"
    i=$((i + 1)); sleep "$(awk "BEGIN{print $every/1000}")"
  done
) &
uploader=$!
printf '%-36s' "search under upload load"
wrk -t2 -c4 -d"${secs}s" -s "$root/bench/http/search-mix.lua" "http://127.0.0.1:$port" | tail -n 1
wait $uploader
sent=$(wc -l < "$dir/upload-codes.txt"); accepted=$(grep -c '^202$' "$dir/upload-codes.txt" || true)
echo "uploads: $sent sent, $accepted accepted (202), $(( sent - accepted )) refused"
# Wait for the queue to drain: every accepted job done.
t0=$(date +%s)
for _ in $(seq 600); do
  pending=0
  for j in "$dir"/up-*.json; do
    job=$(sed -E 's/.*"job":"([^"]+)".*/\1/' "$j")
    state=$(curl -s "http://127.0.0.1:$port/api/v1/ingest/$job" | sed -E 's/.*"state":"([^"]+)".*/\1/')
    [ "$state" = done ] || pending=$((pending + 1))
  done
  [ "$pending" -eq 0 ] && break
  sleep 2
done
echo "queue drained $(( $(date +%s) - t0 )) s after the load ended; jobs not done: $pending"
stored=0
for i in $(seq 0 $(( sent - 1 ))); do
  curl -s "http://127.0.0.1:$port/api/v1/search?q=%22bridge%20number%20$i%22&type=article" | grep -q '"type":"article"' && stored=$((stored + 1))
done
echo "uploads found in the store by search: $stored of $accepted accepted"
[ "$stored" -eq "$accepted" ] && [ "$pending" -eq 0 ]
