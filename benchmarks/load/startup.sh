#!/usr/bin/env bash
# Start to ready, RUNS times in a row on one database (the first start runs the migrations): wall time from
# process start to the first 200 on /q/health/ready, and the CPU time the JVM used until then.
#   ./startup.sh [RUNS]        (DB=h2 (default) or pg: a fresh H2 file or PostgreSQL database startup_<run>;
#                               JAVA_OPTS passes JVM options; STARTUP_ARCHIVE=none starts without app-cds.jsa)
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
for i in $(seq 1 "$RUNS"); do
  start_service "$WORK/service-$i.log"
  echo "RESULT start-to-ready run=$i ready_ms=$READY_MS cpu_ms=$READY_CPU_MS"
  stop_service
done
