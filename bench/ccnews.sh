#!/usr/bin/env bash
# A CC-News-style run: a news site (the real html-pages as served, Wikinews and Reuters articles
# rendered as article pages, images, a style sheet, JSON, 404s) served on 127.0.0.1, crawled by wget
# into gzip-per-record WARC files (several records per file, as Common Crawl's CC-News publishes
# them), then `claimtrail spark-run` over them. Prints what the WARCs hold (counted with jwarc
# apart from the pipeline) and the run's records, articles, rejects, skipped records by reason and
# articles/s. Everything lives in a temporary folder, removed at the end (KEEP=1 keeps it).
# Usage: bench/ccnews.sh [PORT=7146] [REUTERS_ARTICLES=200] [MASTER=local[2]] [WARC_MAX_SIZE=1M]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${CORPORA:-$root/../shared/corpora}"
port="${1:-7146}"; reuters="${2:-200}"; master="${3:-local[2]}"; max="${4:-1M}"
for tool in wget python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install -y $tool)" >&2; exit 2; }
done
work="$(mktemp -d -t claimtrail-ccnews.XXXXXX)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
java -cp "$cp" org.claimtrail.bench.CcNewsSite "$corpora" "$work/site" "$reuters"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
mkdir -p "$work/warc"
t0=$(date +%s%N)
# wget exits with 8 when some links were 404s, as three are on purpose.
(cd "$work" && wget --recursive --level=1 --no-parent --tries=3 --waitretry=1 --timeout=10 --no-verbose --delete-after \
  --directory-prefix=mirror --warc-file=warc/ccnews --warc-max-size="$max" "http://127.0.0.1:$port/" >wget.log 2>&1) || [ $? -eq 8 ]
echo "wget: crawled in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
kill "$server"; server=""
java -cp "$cp" org.claimtrail.bench.WarcCensus "$work/warc"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/claimtrail" spark-run --input "$work/warc" --output "$work/out" --master "$master" || [ $? -eq 1 ]
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
