#!/usr/bin/env bash
# Load benchmarks of the packaged registry-service on loopback (wrk, 2 threads, 32 connections).
#   1. start to ready (fresh database, Flyway migrations included), then READY_RUNS restarts on the filled database;
#   2. seed SEED new schemas (seed.py, bounded by count);
#   3. GET / (the HTTP stack's ceiling, for comparison), then GET /schemas/ids/{id} over the seeded ids;
#   4. registering NEW distinct schemas (each request a new subject and a new schema);
#   5. compatibility checks of a typical record (schemas/order-v2.avsc against order-v1.avsc);
#   6. resident memory after the load (VmRSS and peak VmHWM from /proc/<pid>/status).
# Each measured run also prints the CPU ms per request of the service and of its PostgreSQL backends, the figures
# that other load on the machine hardly moves.
# Needs: the packaged service (mvn -B -pl registry-service -am package -DskipTests), wrk, curl, python3, and for
# DB=pg (default) PostgreSQL at 127.0.0.1:5432 (a database load_<run> is created and dropped).
# Env: DB=pg|h2, DURATION (wrk -d, default 20s), WARMUP (the unreported run before each scenario, default 15s: the JIT
# still compiles the registration and check paths for 10 s or more, so shorter warm-ups measure the compiler), SEED
# (default 2000), READY_RUNS (default 3), SCENARIOS (default "get register compat"), JAVA_OPTS (default README's
# "-Xmx256m -XX:+UseParallelGC"; with
# -XX:NativeMemoryTracking=summary the memory line is followed by NMT's committed sizes per category).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

DB="${DB:-pg}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-15s}"
# README's start command's JVM options unless JAVA_OPTS says otherwise.
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
SEED="${SEED:-2000}"
READY_RUNS="${READY_RUNS:-3}"
SCENARIOS="${SCENARIOS:-get register compat}"
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-load-XXXXXX")"
export RUN THREADS CONNS DURATION

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }

use_fresh_store load "logs"

echo "load run $RUN: DB=$DB jar=$JAR JAVA_OPTS=${JAVA_OPTS:-<none>} $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Start to ready on an empty database (migrations run).
start_service "$WORK/service-1.log"
echo "RESULT start-to-ready-fresh-db ready_ms=$READY_MS cpu_ms=$READY_CPU_MS"

# 2. Seed: SEED new schemas under new subjects, ids 1..SEED (seed.py, bounded by count).
python3 "$HERE/seed.py" "$SVC_URL" "$SEED" "$RUN"
MAX_ID="$SEED"
curl -sf -o /dev/null "$SVC_URL/schemas/ids/$MAX_ID" || { echo "seeding did not reach id $MAX_ID" >&2; exit 1; }

# The typical record, registered once for the compatibility checks.
register_body "$HERE/schemas/order-v1.avsc" >"$WORK/order-v1.json"
register_body "$HERE/schemas/order-v2.avsc" >"$WORK/order-v2.json"
curl -sf -o /dev/null -H "$CT" --data @"$WORK/order-v1.json" "$SVC_URL/subjects/bench-order-value/versions"
[[ "$(curl -sf -H "$CT" --data @"$WORK/order-v2.json" "$SVC_URL/compatibility/subjects/bench-order-value/versions/latest")" == *'"is_compatible":true'* ]] \
  || { echo "order-v2 is not judged compatible with order-v1" >&2; exit 1; }

# 3-5. The measured runs (a warm-up of each first, not reported); SCENARIOS picks some of them.
if [[ " $SCENARIOS " == *" get "* ]]; then
  DURATION="$WARMUP" wrk_run warmup-root root.lua / >/dev/null
  wrk_run baseline-get-root root.lua /
  MAX_ID="$MAX_ID" DURATION="$WARMUP" wrk_run warmup-get get-by-id.lua / >/dev/null
  MAX_ID="$MAX_ID" wrk_run get-schema-by-id get-by-id.lua /
fi
if [[ " $SCENARIOS " == *" register "* ]]; then
  DURATION="$WARMUP" RUN="${RUN}w" wrk_run warmup-register register-new.lua / >/dev/null
  wrk_run register-new-schema register-new.lua /
fi
if [[ " $SCENARIOS " == *" compat "* ]]; then
  BODY_FILE="$WORK/order-v2.json" DURATION="$WARMUP" wrk_run warmup-compat compat-check.lua /compatibility/subjects/bench-order-value/versions/latest >/dev/null
  BODY_FILE="$WORK/order-v2.json" wrk_run compatibility-check compat-check.lua /compatibility/subjects/bench-order-value/versions/latest
fi

# 6. Memory after the load.
echo "RESULT memory-after-load vm_rss_mib=$(rss_mib "$SVC_PID" VmRSS) vm_hwm_mib=$(rss_mib "$SVC_PID" VmHWM)"
if [[ "${JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  # Where the resident memory goes (JAVA_OPTS=-XX:NativeMemoryTracking=summary): committed KB per category.
  jcmd "$SVC_PID" VM.native_memory summary >"$WORK/nmt.txt"
  grep -E '^(Total|-\s+(Java Heap|Class|Thread|Code|GC|Compiler|Internal|Metaspace|Other|Symbol|Arena Chunk))' "$WORK/nmt.txt" \
    | sed -E 's/^-? *//; s/\(reserved=[0-9]+KB, committed=([0-9]+)KB\)/committed_kb=\1/' | sed 's/^/NMT /'
fi
echo "RESULT data-after-load subjects=$(curl -sf "$SVC_URL/subjects" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
stop_service

# Restarts on the filled database.
for i in $(seq 1 "$READY_RUNS"); do
  start_service "$WORK/service-restart-$i.log"
  echo "RESULT start-to-ready-filled-db run=$i ready_ms=$READY_MS cpu_ms=$READY_CPU_MS"
  stop_service
done
