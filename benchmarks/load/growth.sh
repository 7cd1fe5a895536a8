#!/usr/bin/env bash
# Growth curves: the same measurements at several registry sizes on PostgreSQL, to see what grows with the data.
# For each size N in SIZES (default "1000 10000 100000" subjects, VERSIONS versions each, default 10: 1,000,000
# versions at 100,000 subjects): a fresh database, migrated by one start of the service, then seeded in bulk by
# sql/grow-seed.sql (the service's own stored form and content hash; a lookup through the API checks that), then:
#   start to ready on the database migrated but empty, then on the filled database (ms and CPU ms of each: what the
#   data adds to a start); GET /schemas/ids/{id} over every id; lookup (POST /subjects/{s}) of a random seeded version;
#   GET /subjects?offset&limit=100; a compatibility check against a seeded subject's latest; registering new schemas;
#   heap used after a full GC (jcmd GC.run, then GC.heap_info).
# Each scenario: WARMUP unreported, then DURATION measured (wrk, 2 threads, 32 connections), with CPU ms per request.
# Prints RESULT lines and, at the end, one table row per size.
# Needs: the packaged service, wrk, curl, psql, jcmd, python3. Env: SIZES, VERSIONS, DURATION (10s), WARMUP (10s),
# JAVA_OPTS (README's "-Xmx256m -XX:+UseParallelGC").
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

SIZES="${SIZES:-1000 10000 100000}"
VERSIONS="${VERSIONS:-10}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
export THREADS CONNS DURATION VERSIONS
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

# measure <name> <lua> <path>: a warm-up, then the measured run; its req/s and CPU lines land in $LOG.
measure() {
  DURATION="$WARMUP" wrk_run "warmup-$1" "$2" "$3" >/dev/null
  wrk_run "$1" "$2" "$3" | tee -a "$LOG" | grep '^RESULT'
}

heap_after_gc_mib() {
  jcmd "$SVC_PID" GC.run >/dev/null
  jcmd "$SVC_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } }
    END { printf "%.0f", s / 1024 }'
}

ROWS=()
for N in $SIZES; do
  fresh_pg_run "grow${N}"
  LOG="$WORK/results.txt"
  export SUBJECTS="$N" RUN
  echo "growth run $RUN: $N subjects x $VERSIONS versions, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  start_service "$WORK/migrate.log"   # Flyway creates the tables
  stop_service
  # Start to ready on the same database migrated but empty, in the same minutes: what the data adds to a start.
  start_service "$WORK/empty.log"
  echo "RESULT start-to-ready-empty ready_ms=$READY_MS cpu_ms=$READY_CPU_MS" | tee -a "$LOG"
  EMPTY_READY="$READY_MS ms, $READY_CPU_MS CPU ms"
  stop_service
  t0="$(now_ms)"
  psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -v subjects="$N" -v versions="$VERSIONS" -f "$HERE/sql/grow-seed.sql"
  echo "RESULT seed-$N ms=$(( $(now_ms) - t0 ))"
  start_service "$WORK/service.log"
  echo "RESULT start-to-ready-$N ready_ms=$READY_MS cpu_ms=$READY_CPU_MS" | tee -a "$LOG"
  # The bulk seed is what the service would have written: looking up a seeded text finds its id.
  probe='{"schema":"{\"type\":\"record\",\"name\":\"Grow\",\"namespace\":\"bench.grow\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"f_1_1\",\"type\":\"long\"}]}"}'
  [[ "$(curl -sf -H "$CT" --data "$probe" "$SVC_URL/subjects/grow-1-value")" == *'"id":1'* ]] \
    || { echo "the seeded rows are not what the service stores: a lookup of grow-1-value v1 missed" >&2; exit 1; }
  k=$(( N / 2 ))
  printf '{"schema":"{\\"type\\":\\"record\\",\\"name\\":\\"Grow\\",\\"namespace\\":\\"bench.grow\\",\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"string\\"},{\\"name\\":\\"f_%d_%d\\",\\"type\\":\\"long\\"},{\\"name\\":\\"note\\",\\"type\\":\\"string\\",\\"default\\":\\"\\"}]}"}' \
    "$k" "$VERSIONS" >"$WORK/compat.json"
  MAX_ID=$(( N * VERSIONS )) measure "get-by-id-$N" get-by-id.lua /
  measure "lookup-$N" lookup-grown.lua /
  measure "list-subjects-$N" list-subjects.lua /
  BODY_FILE="$WORK/compat.json" measure "compat-$N" compat-check.lua "/compatibility/subjects/grow-$k-value/versions/latest"
  measure "register-$N" register-new.lua /
  heap="$(heap_after_gc_mib)"
  echo "RESULT heap-after-full-gc-$N used_mib=$heap rss_mib=$(rss_mib "$SVC_PID" VmRSS)" | tee -a "$LOG"
  rate() { sed -nE "s/^RESULT $1-$N requests=.* req_per_s=([0-9]+) .*/\1/p" "$LOG"; }
  ROWS+=("| $N | $(( N * VERSIONS )) | $(rate get-by-id) | $(rate lookup) | $(rate list-subjects) | $(rate compat) | $(rate register) | $READY_MS ms, $READY_CPU_MS CPU ms (empty: $EMPTY_READY) | $heap |")
  cleanup_store
  trap - EXIT
done
echo
echo "| subjects | versions | GET /schemas/ids/{id} /s | lookups /s | GET /subjects page /s | checks /s | registrations /s | start to ready | heap after full GC MiB |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
