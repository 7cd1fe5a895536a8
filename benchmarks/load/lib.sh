# Shared helpers for the load benchmarks (sourced by run.sh). Loopback only; every loop is bounded.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="${REGISTRY_JAR:-$ROOT/registry-service/target/quarkus-app/quarkus-run.jar}"
# The class-data-sharing archive `mvn package` records beside the jar; README's start command passes it too.
# STARTUP_ARCHIVE=none starts without it (for before/after comparisons).
STARTUP_ARCHIVE="${STARTUP_ARCHIVE:-$(dirname "$JAR")/app-cds.jsa}"
CT='Content-Type: application/vnd.schemaregistry.v1+json'

# A fresh store for one run, dropped again on exit: PostgreSQL database <prefix>_$RUN (DB=pg) or an H2 file under
# $WORK (DB=h2). Needs DB, RUN and WORK set; "$1" is the database name prefix, "$2" what the exit message names.
use_fresh_store() {
  PGDB="$1_${RUN}"; STORE_NOTE="$2"
  trap cleanup_store EXIT
  if [[ "$DB" == pg ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $PGDB" >/dev/null
    export REGISTRY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" REGISTRY_DB_USER=postgres
  else
    export REGISTRY_DB_KIND=h2 REGISTRY_H2_URL="jdbc:h2:file:$WORK/registry;DB_CLOSE_ON_EXIT=FALSE${H2_OPTIONS-;WRITE_DELAY=0}"
  fi
}

# fresh_pg_run <prefix>: the usual start of a PostgreSQL benchmark: RUN, WORK (a new temp folder), the packaged jar
# checked, and a fresh database <prefix>_$RUN dropped on exit.
fresh_pg_run() {
  DB=pg
  RUN="$(date +%s)_$$"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/$1-XXXXXX")"
  [[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }
  use_fresh_store "$1" "logs"
}

cleanup_store() {
  stop_service
  if [[ "$DB" == pg ]]; then psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null || true; fi
  echo "$STORE_NOTE: $WORK"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# JSON request body {"schema": "<file contents>"} for an .avsc file.
register_body() {
  python3 -c 'import json,sys; print(json.dumps({"schema": json.dumps(json.load(open(sys.argv[1])))}))' "$1"
}

# start_service <log file>: starts the jar with the database env already exported; sets SVC_PID, SVC_URL and
# READY_MS (process start to the first 200 on /q/health/ready, polled every ~20 ms, bounded by 120 s) and
# READY_CPU_MS (CPU time the JVM used until then).
start_service() {
  local log="$1" port
  port="$(free_port)"
  SVC_URL="http://127.0.0.1:$port"
  local t0; t0="$(now_ms)"
  local archive=()
  [[ "$STARTUP_ARCHIVE" == none ]] || archive=("-XX:SharedArchiveFile=$STARTUP_ARCHIVE")
  # shellcheck disable=SC2086
  java "${archive[@]}" ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dquarkus.shutdown.delay=0s -jar "$JAR" >"$log" 2>&1 &
  SVC_PID=$!
  local deadline=$(( t0 + 120000 ))
  until curl -sf -o /dev/null "$SVC_URL/q/health/ready"; do
    if ! kill -0 "$SVC_PID" 2>/dev/null; then echo "service exited; log: $log" >&2; tail -20 "$log" >&2; return 1; fi
    if (( $(now_ms) > deadline )); then echo "service not ready in 120 s; log: $log" >&2; return 1; fi
    sleep 0.02
  done
  READY_MS=$(( $(now_ms) - t0 ))
  READY_CPU_MS="$(cpu_ms "$SVC_PID")"
}

# cpu_ms <pid>: CPU time (user + system, all threads) the process has used so far, in ms. Unlike wall time it
# hardly depends on how many other processes share the cores.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

stop_service() {
  if [[ -n "${SVC_PID:-}" ]] && kill -0 "$SVC_PID" 2>/dev/null; then
    kill "$SVC_PID"
    for _ in $(seq 1 100); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SVC_PID" 2>/dev/null || true
  fi
  SVC_PID=
}

# rss_mib <pid> <field>: VmRSS or VmHWM from /proc/<pid>/status, in MiB.
rss_mib() {
  awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# wrk_run <name> <lua> <path> [extra wrk args]: 2 threads, 32 connections, bounded by DURATION and by the script's
# MAX_REQUESTS (per thread). Prints wrk's report; the script's done() prints one RESULT line.
wrk_run() {
  local name="$1" lua="$2" path="$3"; shift 3
  echo "== $name: wrk -t${THREADS} -c${CONNS} -d${DURATION} --latency -s $lua $SVC_URL$path"
  local java0 pg0 out
  java0="$(cpu_ms "$SVC_PID")"; pg0="$(store_cpu_ms)"
  out="$(NAME="$name" wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 10s --latency -s "$(dirname "${BASH_SOURCE[0]}")/$lua" "$@" "$SVC_URL$path")"
  echo "$out"
  # CPU per request of the service and of its database backends: the figure contention on the machine hardly moves.
  local requests; requests="$(sed -nE 's/^RESULT .* requests=([0-9]+) .*/\1/p' <<<"$out")"
  if [[ -n "$requests" && "$requests" -gt 0 ]]; then
    awk -v n="$name" -v r="$requests" -v j=$(( $(cpu_ms "$SVC_PID") - java0 )) -v p=$(( $(store_cpu_ms) - pg0 )) \
      'BEGIN { printf "RESULT %s-cpu java_ms_per_request=%.3f db_ms_per_request=%.3f\n", n, j / r, p / r }'
  fi
}

# store_cpu_ms: CPU time (ms) used so far by the PostgreSQL backends connected to this run's database (0 on H2).
store_cpu_ms() {
  if [[ "${DB:-}" != pg ]]; then echo 0; return; fi
  local total=0 pid
  for pid in $(psql -At -h 127.0.0.1 -U postgres -d postgres \
      -c "SELECT pid FROM pg_stat_activity WHERE datname = '$PGDB' AND pid <> pg_backend_pid()"); do
    [[ -r "/proc/$pid/stat" ]] && total=$(( total + $(cpu_ms "$pid") ))
  done
  echo "$total"
}
