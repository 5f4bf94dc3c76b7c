#!/usr/bin/env bash
# Sentence encoder speed: ours (batched) beside langchain4j's encoder of the same MiniLM graph, on
# real FNC-1 sentences. Run without a network (a new network namespace, when unshare can make one)
# and with an empty DJL cache, so the run also shows that the model, the tokenizer and its native
# library all come from jars.   Usage: bench/embed.sh [N bodies, default 100]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${CORPORA:-$root/../shared/corpora}"
(cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench -am) >&2
cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
run=(java -Xmx2g -DDJL_CACHE_DIR="$cache" -Dai.djl.offline=true -cp "$cp" org.claimtrail.bench.EmbedBench "$corpora/fnc-1/train_bodies.csv" "${1:-100}")
if unshare -n true 2>/dev/null; then
  echo "network: none (unshare -n: $(unshare -n ip -o link 2>/dev/null | wc -l) interface, loopback down); DJL cache: empty $cache" >&2
  unshare -n "${run[@]}"
else
  echo "network: as is (unshare -n is not allowed here); DJL cache: empty $cache" >&2
  "${run[@]}"
fi
echo "native libraries extracted from jars: $(cd "$cache" && find . -name '*.so' | tr '\n' ' ')" >&2
