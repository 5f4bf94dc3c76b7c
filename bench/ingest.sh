#!/usr/bin/env bash
# Ingest benchmark: a fresh run over N Wikinews articles into a throwaway H2 store, then the same
# input again (every article stored already: what a run resumed after a crash, or a feed polled
# again, does). Prints wall time and articles/s for both, CoreNLP's model load included.
# Usage: bench/ingest.sh [N=40] [THREADS=2]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-40}"
threads="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n "$n" "$root/../shared/corpora/wikinews/wikinews-2020.jsonl" > "$work/news.jsonl"
"$root/claimtrail" --version > /dev/null # builds first when the sources changed, outside the clock
run() {
  local start end said
  start=$(date +%s.%N)
  said=$("$root/claimtrail" ingest --db "jdbc:h2:file:$work/db/claimtrail" --index "$work/index" --threads "$threads" "$work/news.jsonl" 2>&1 | tail -n 1)
  end=$(date +%s.%N)
  awk -v label="$1" -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%-20s %7.1f s  %6.2f articles/s\n", label, e - s, n / (e - s) }'
  echo "  ${said%% in jdbc*}"
}
echo "ingest of $n Wikinews articles, $threads threads"
run "fresh store"
run "again (all stored)"
