#!/usr/bin/env bash
# OpenLineage ingestion on PostgreSQL with the CPU each side spends per event: a fresh database (lineage_<run>,
# dropped on exit) and service, then LineageLoad's ingest (START+COMPLETE RunEvents, 1 input and 1 output each).
#   benchmarks/lineage/ingest.sh [events, default 4000] [client threads, default 16]
# Env: WARM=<n>   first post n events to the same service (JIT warm-up), then measure;
#      THREADS_CPU=1  also print the service's CPU per event by thread group (request threads, event loop, JIT, GC);
#      COUNT=1    route JDBC through pgcount.py and print statements and round trips per event (slower: count only);
#      JAVA_OPTS  (default: README's -Xmx256m -XX:+UseParallelGC).
# CPU per event is over everything the measured run posts: the events plus LineageLoad's own 1,000 warm-up events.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../load/lib.sh
source "$HERE/../load/lib.sh"
EVENTS="${1:-4000}"
THREADS="${2:-16}"
fresh_pg_run lineage
PROXY_PID=
trap '[[ -n "$PROXY_PID" ]] && kill "$PROXY_PID"; cleanup_store' EXIT
if [[ -n "${COUNT:-}" ]]; then
  proxy_port="$(free_port)"
  python3 "$HERE/pgcount.py" "$proxy_port" "$WORK/counts.json" &
  PROXY_PID=$!
  sleep 0.5
  export REGISTRY_DB_URL="jdbc:postgresql://127.0.0.1:$proxy_port/$PGDB?sslmode=disable"
  # New connections through the proxy can take seconds on a loaded machine: do not let the pool give up at 5 s.
  JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC} -Dquarkus.datasource.pg.jdbc.acquisition-timeout=60S"
fi
export REGISTRY_DB_KIND=postgresql
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}" start_service "$WORK/service.log"
if [[ -n "${WARM:-}" ]]; then
  java "$HERE/LineageLoad.java" ingest "$SVC_URL" "$WARM" "$THREADS" | sed 's/^/warm-up /'
fi

counted() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], 0))' "$WORK/counts.json" "$1"; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
java_before="$(cpu_ms "$SVC_PID")"; pg_before="$(store_cpu_ms)"
[[ -n "${THREADS_CPU:-}" ]] && python3 "$HERE/threadcpu.py" snap "$SVC_PID" "$WORK/threads.before"
[[ -n "${COUNT:-}" ]] && { statements_before="$(counted statements)"; trips_before="$(counted round_trips)"; }
java "$HERE/LineageLoad.java" ingest "$SVC_URL" "$EVENTS" "$THREADS"
java_after="$(cpu_ms "$SVC_PID")"; pg_after="$(store_cpu_ms)"
[[ -n "${THREADS_CPU:-}" ]] && python3 "$HERE/threadcpu.py" snap "$SVC_PID" "$WORK/threads.after"
posted=$(( EVENTS + 1000 ))
echo "load average $load_before -> $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
awk -v j=$(( java_after - java_before )) -v p=$(( pg_after - pg_before )) -v n="$posted" \
  'BEGIN { printf "CPU per event: service %.3f ms, PostgreSQL sessions %.3f ms (%d events)\n", j / n, p / n, n }'
[[ -n "${THREADS_CPU:-}" ]] && python3 "$HERE/threadcpu.py" diff "$WORK/threads.before" "$WORK/threads.after" "$posted"
if [[ -n "${COUNT:-}" ]]; then
  sleep 1
  awk -v s=$(( $(counted statements) - statements_before )) -v r=$(( $(counted round_trips) - trips_before )) \
    -v n="$posted" 'BEGIN { printf "per event: %.2f statements, %.2f round trips\n", s / n, r / n }'
fi
