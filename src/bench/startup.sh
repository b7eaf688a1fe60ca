#!/usr/bin/env bash
# Start-up to ready of the service (JVM start to GET /actuator/health answering UP, rules built), the median of RUNS
# runs of each launch form, and the CPU time the process had used when it became ready:
#
#   jar        java -jar target/clausemap.jar serve             the fat jar as built, default JDK; serve starts from the
#                                                               bean definitions Spring AOT generated at build time
#   jar-noaot  the same with -Dspring.aot.enabled=false          Spring works the context out at start (what Spring AOT
#                                                               saves)
#   extracted  the jar extracted by Spring Boot's tools jarmode  plain class path instead of nested jars
#   aot-cache  extracted + a JDK AOT cache (JDK 25+)             classes loaded and linked from the cache, made by one
#                                                               training start (-XX:AOTCacheOutput) before measuring
#
#   src/bench/startup.sh                  # 5 runs each
#   RUNS=9 JAVA25=/path/to/jdk-25/bin/java src/bench/startup.sh
#
# The aot-cache form needs a JDK 25 or newer: $JAVA25, else the first /usr/lib/jvm/*-25* found; skipped without one.
# (JDK 17's own class-data sharing is not offered: on the JDK 17 here both ways of dumping an application archive
# crash the JVM, and a static archive crashes it again when a flight recording is started.) Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
PORT=${PORT:-18090}
[ -f target/clausemap.jar ] || mvn -q -B -DskipTests package
java25=${JAVA25:-}
if [ -z "$java25" ]; then
  for j in /usr/lib/jvm/*-25*/bin/java; do [ -x "$j" ] && java25=$j && break; done
fi

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java -Djarmode=tools -jar target/clausemap.jar extract --destination "$work/app" >/dev/null

serve_args=(serve --server.address=127.0.0.1 --logging.level.root=WARN)

once() { # $@ = java command up to the jar; prints "<wall ms> <cpu ms>"
  rm -rf "$work/db"
  local start; start=$(date +%s%N)
  "$@" "${serve_args[@]}" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$work/db/clausemap" >"$work/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.02
  done
  local wall=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo "$wall $cpu"
}

measure() { # $1 = label, rest = java command up to the jar
  local label=$1; shift
  local walls=() cpus=()
  for _ in $(seq 1 "$RUNS"); do
    read -r wall cpu < <(once "$@")
    walls+=("$wall"); cpus+=("$cpu")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
  printf '%-10s median %5d ms to ready (runs: %s ms), CPU %d ms   [%s]\n' "$label" "$(median "${walls[@]}")" \
    "${walls[*]}" "$(median "${cpus[@]}")" "$("$1" -version 2>&1 | head -1)"
}

echo "start-up to ready, median of $RUNS runs (load average $(cut -d' ' -f1 /proc/loadavg))"
measure jar java -jar target/clausemap.jar
measure jar-noaot java -Dspring.aot.enabled=false -jar target/clausemap.jar
measure extracted java -jar "$work/app/clausemap.jar"
if [ -n "$java25" ]; then
  # training start: the cache records the classes loaded until the context is refreshed (rules built by then)
  "$java25" -XX:AOTCacheOutput="$work/app/clausemap.aot" -Dspring.context.exit=onRefresh -jar "$work/app/clausemap.jar" \
    "${serve_args[@]}" --server.port=0 --spring.datasource.url="jdbc:h2:mem:training" >"$work/training.log" 2>&1 \
    || { cat "$work/training.log" >&2; exit 1; }
  measure aot-cache "$java25" -XX:AOTCache="$work/app/clausemap.aot" -jar "$work/app/clausemap.jar"
else
  echo "aot-cache  skipped: no JDK 25+ found (set JAVA25)"
fi
