#!/usr/bin/env bash
# Load test of POST /api/analyses on loopback: a ~20 KB and a ~250 KB document, bounded in time and connections.
# Prints start-up to ready, then per document throughput, p50/p99 latency, errors and the service's CPU per request;
# then the 20 KB run again while the rules are hot-reloaded every 2 seconds (no request may fail).
#
#   src/bench/loadtest.sh                      # defaults: 60 s warm-up, 15 s per run, 8 connections, port 18080
#   DURATION=30s CONNECTIONS=16 WARMUP=120s src/bench/loadtest.sh
#   JAVA_OPTS=-XX:+UseParallelGC JAR=/tmp/other/clausemap.jar src/bench/loadtest.sh   # another JVM setting or build
#
# Needs wrk (Debian package; installed if missing), curl and python3. Targets 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
# the JIT keeps compiling for minutes (about 26,000 methods); a short warm-up measures the compiler, not the service
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
JAR=${JAR:-target/clausemap.jar}
KEY=loadtest-$$
CORPUS=../shared/corpus/platforms

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || mvn -q -B -DskipTests package

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Request bodies: real platform terms where the corpus is present, else the example document repeated.
body() { # $1 = source file, $2 = target size in bytes, $3 = output
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
src, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(src, encoding="utf-8").read()
while len(text.encode()) < size * 0.9:
    text += "\n\n" + text
text = text.encode()[:size].decode("utf-8", "ignore")
json.dump({"markdown": text, "platform": "loadtest"}, open(out, "w"))
PY
}
small_src=docs/examples/acme-ai-terms.md; large_src=docs/examples/acme-ai-terms.md
[ -f "$CORPUS/openai/eu-terms-of-use/2026-07-25.md" ] && small_src=$CORPUS/openai/eu-terms-of-use/2026-07-25.md
[ -f "$CORPUS/aws/service-terms/2024-03-16.md" ] && large_src=$CORPUS/aws/service-terms/2024-03-16.md
body "$small_src" 20000 "$work/20k.json"
body "$large_src" 250000 "$work/250k.json"

cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY"), "r")); wrk.body = f:read("*a"); f:close()
local non201 = 0
response = function(status, headers, body) if status ~= 201 then non201 = non201 + 1 end end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("  %d requests in %.1f s: %.1f req/s   p50 %.1f ms   p99 %.1f ms   errors %d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

start=$(date +%s%N)
java -Xmx2g ${JAVA_OPTS:-} -Xlog:gc:file="$work/gc.log" -jar "$JAR" serve --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$work/db" --clausemap.admin.api-key="$KEY" \
  --logging.level.root=WARN >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.05
done
echo "start-up to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms (JVM start to health UP)"

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat"; }

# Also prints the service's CPU per request (all its threads: requests, GC, JIT, database): unlike throughput it
# hardly moves when something else runs on the machine, so two builds can be compared on a busy one.
run() { # $1 = label (none: print nothing before), $2 = body file, $3 = duration (default DURATION)
  [ -n "$1" ] && echo "$1"
  local before out requests
  before=$(cpu_ms)
  out=$(BODY="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3:-$DURATION}" --latency -s "$work/post.lua" \
    "http://127.0.0.1:$PORT/api/analyses" | grep -E '^  [0-9]+ requests|Non-2xx|Socket errors')
  echo "$out"
  requests=$(echo "$out" | grep -m1 -oE '^  [0-9]+ requests' | tr -dc '0-9')
  if [ "${requests:-0}" -gt 0 ]; then
    awk -v c="$(( $(cpu_ms) - before ))" -v n="$requests" 'BEGIN { printf "  service CPU per request %.1f ms\n", c / n }'
  fi
}
run "warm-up (not counted)" "$work/20k.json" "$WARMUP" >/dev/null
run "warm-up (not counted)" "$work/250k.json" 10s >/dev/null
run "POST /api/analyses, 20 KB document" "$work/20k.json"
run "POST /api/analyses, 250 KB document" "$work/250k.json"

echo "POST /api/analyses, 20 KB document, rules hot-reloaded every 2 s"
( while [ ! -f "$work/stop" ] && kill -0 "$pid" 2>/dev/null; do
    curl -s -o /dev/null -w 'reload %{http_code}\n' -X POST -H "X-API-Key: $KEY" \
      "http://127.0.0.1:$PORT/api/rules/reload" >>"$work/reloads.log"
    sleep 2
  done ) &
reloader=$!
run "" "$work/20k.json"   # CPU per request here includes the rule builds of the reloads
touch "$work/stop"; wait "$reloader" 2>/dev/null || true   # let the reload in flight finish
echo "  reloads: $(sort "$work/reloads.log" | uniq -c | tr '\n' ' ')"
# pauses explain latency outliers: the longest garbage-collection pauses over all the runs above
echo "GC: $(grep -c 'Pause' "$work/gc.log") pauses, longest $(grep 'Pause' "$work/gc.log" | grep -o '[0-9.]*ms$' | sort -n | tail -3 \
  | tr '\n' ' ')"
