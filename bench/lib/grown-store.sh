# Shared by bench/http.sh and bench/load.sh (source it): a store of realistic size grown from a
# real one, and a server on 127.0.0.1 over it.

# grow_store NAME SOURCE_JDBC_URL CLAIMS: builds the bench and app modules, grows a store of
# CLAIMS claims from SOURCE into a fresh folder and links it, printing what GrowStore and link
# report and how long linking took. Sets dir (the folder) and db (its JDBC URL).
grow_store() {
  local name=$1 source=$2 claims=$3
  command -v wrk >/dev/null || { echo "$name: installing wrk" >&2; apt-get install -y -qq wrk >/dev/null; }
  (cd "$root" && mvn -q -B -Dstyle.color=never package -DskipTests -Dforbiddenapis.skip=true -pl bench,app -am) >&2
  dir=$(mktemp -d "/tmp/claimtrail-$name.XXXXXX")
  local cp="$root/bench/target/claimtrail-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/bench/target/classpath.txt")"
  java -Xmx4g -cp "$cp" org.claimtrail.bench.GrowStore "$source" "$dir" "$claims"
  db="jdbc:h2:file:$dir/claimtrail"
  local t0; t0=$(date +%s)
  "$root/claimtrail" link --db "$db" --min-size 1000000 | sed -n 1p
  echo "linked in $(( $(date +%s) - t0 )) s"
}

# serve_store PORT TRIES [serve options...]: serves $db (index under $dir) on 127.0.0.1:PORT,
# stops it and removes $dir on exit (keeping the script's own exit status: the killed server's
# 143 used to replace it, so load.sh's final check never showed), and waits up to TRIES seconds
# for the API to answer.
# Sets server (its pid).
serve_store() {
  local port=$1 tries=$2; shift 2
  "$root/claimtrail" serve --db "$db" --index "$dir/index" --port "$port" "$@" 2>"$dir/serve.log" &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$dir"' EXIT
  for _ in $(seq "$tries"); do curl -sf "http://127.0.0.1:$port/api/v1/clusters?limit=1" >/dev/null && break; sleep 1; done
}
