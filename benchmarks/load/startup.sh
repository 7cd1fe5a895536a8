#!/usr/bin/env bash
# Start to ready, RUNS times in a row on one database (the first start runs the migrations): wall time from
# process start to the first 200 on /q/health/ready, and the CPU time the JVM used until then.
#   ./startup.sh [RUNS]        (DB=h2 (default) or pg: a fresh H2 file or PostgreSQL database startup_<run>;
#                               JAVA_OPTS passes JVM options; STARTUP_ARCHIVE=none starts without app-cds.jsa;
#                               VARIANTS="opts A|opts B|..." instead: one unreported start that migrates, then RUNS
#                               rounds starting once with each set of JVM options in turn, so drift hits all alike)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
RUNS="${1:-3}"
DB="${DB:-h2}"
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-startup-XXXXXX")"
use_fresh_store startup "logs"
echo "DB=$DB JAVA_OPTS=${JAVA_OPTS:-<none>}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${VARIANTS:-}" ]]; then
  IFS='|' read -ra OPTIONS <<<"$VARIANTS"
  start_service "$WORK/migrate.log"; stop_service
  for i in $(seq 1 "$RUNS"); do
    for options in "${OPTIONS[@]}"; do
      JAVA_OPTS="$options" start_service "$WORK/service-$i.log"
      echo "RESULT start-to-ready run=$i options=\"$options\" ready_ms=$READY_MS cpu_ms=$READY_CPU_MS"
      stop_service
    done
  done
  exit 0
fi
for i in $(seq 1 "$RUNS"); do
  start_service "$WORK/service-$i.log"
  echo "RESULT start-to-ready run=$i ready_ms=$READY_MS cpu_ms=$READY_CPU_MS"
  stop_service
done
