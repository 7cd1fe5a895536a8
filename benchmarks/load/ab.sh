#!/usr/bin/env bash
# Two builds of the service side by side, one scenario, alternating: A and B each on a fresh store (DB=h2 (default)
# or pg), the same subject registered on both (bench-order-value: schemas/order-v1.avsc, BACKWARD); each side warmed
# up (WARMUP, unreported), then ROUNDS rounds of A then B (DURATION each), the side not measured stopped (SIGSTOP) so
# each has the machine alone. Prints each run's RESULT line and its CPU ms per request: only ratios within one run
# mean much on a machine whose speed moves.
#   JAR_A=/tmp/before/quarkus-run.jar JAR_B=registry-service/target/quarkus-app/quarkus-run.jar benchmarks/load/ab.sh
# Env: PATHQ (default the check /compatibility/subjects/bench-order-value/versions/latest), LUA (default
# compat-check.lua: POSTs schemas/order-v2.avsc, or order-v1 with BODY=v1: a lookup with PATHQ=/subjects/
# bench-order-value, its answers counted as unexpected; get-by-id.lua with PATHQ=/ reads id 1), DB, ROUNDS (4), DURATION
# (15s), WARMUP (30s), JAVA_OPTS (README's). Both start without app-cds.jsa (a copied build's archive does not load).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
: "${JAR_A:?the jar of build A}" "${JAR_B:?the jar of build B}"
DB="${DB:-h2}"; STARTUP_ARCHIVE=none; LUA="${LUA:-compat-check.lua}"
DURATION="${DURATION:-15s}"; ROUNDS="${ROUNDS:-4}"; WARMUP="${WARMUP:-30s}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
PATHQ="${PATHQ:-/compatibility/subjects/bench-order-value/versions/latest}"
THREADS=2 CONNS=32 RUN="$(date +%s)_$$" MAX_ID=1
export RUN THREADS CONNS DURATION MAX_ID
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ab-XXXXXX")"
register_body "$HERE/schemas/order-v1.avsc" >"$WORK/v1.json"
register_body "$HERE/schemas/order-v2.avsc" >"$WORK/v2.json"
export BODY_FILE="$WORK/${BODY:-v2}.json"
declare -A PID URL
finish() {
  for s in A B; do
    [[ -n "${PID[$s]:-}" ]] || continue
    kill -CONT "${PID[$s]}" 2>/dev/null || true; SVC_PID="${PID[$s]}"; stop_service
    [[ "$DB" == pg ]] && psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS ab_${s}_$RUN" >/dev/null
  done
  echo "logs: $WORK"
}
trap finish EXIT
for s in A B; do
  if [[ "$DB" == pg ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE ab_${s}_$RUN" >/dev/null
    export REGISTRY_DB_URL="jdbc:postgresql://127.0.0.1:5432/ab_${s}_$RUN" REGISTRY_DB_USER=postgres
  else
    export REGISTRY_DB_KIND=h2 REGISTRY_H2_URL="jdbc:h2:file:$WORK/$s;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
  fi
  jar="JAR_$s"; JAR="${!jar}" start_service "$WORK/$s.log"
  PID[$s]="$SVC_PID"; URL[$s]="$SVC_URL"
  curl -sf -o /dev/null -H "$CT" --data @"$WORK/v1.json" "$SVC_URL/subjects/bench-order-value/versions"
  curl -sf -o /dev/null -X PUT -H "$CT" --data '{"compatibility":"BACKWARD"}' "$SVC_URL/config/bench-order-value"
  kill -STOP "$SVC_PID"
done
side() {
  kill -STOP "${PID[A]}" "${PID[B]}"; kill -CONT "${PID[$1]}"
  SVC_PID="${PID[$1]}" SVC_URL="${URL[$1]}" PGDB="ab_${1}_$RUN"; sleep 1
}
echo "ab run $RUN: A=$JAR_A B=$JAR_B DB=$DB $LUA $PATHQ, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for s in A B; do side "$s"; DURATION="$WARMUP" wrk_run "warmup-$s" "$LUA" "$PATHQ" >/dev/null; done
for r in $(seq 1 "$ROUNDS"); do
  for s in A B; do side "$s"; wrk_run "$s" "$LUA" "$PATHQ" | grep '^RESULT' | sed "s/^/round $r /"; done
done
