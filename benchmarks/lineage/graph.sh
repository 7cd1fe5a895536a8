#!/usr/bin/env bash
# Depth-3 lineage graph queries on PostgreSQL: a fresh database (lineage_<run>, dropped on exit) and service, a graph
# of DATASETS datasets (DATASETS/2 jobs, each reading 2 and writing 2), ANALYZE (this machine's PostgreSQL runs
# with autovacuum off, so nothing else would give the planner statistics for the freshly loaded tables), then
# QUERIES timed GET /api/v1/lineage?nodeId=dataset:...&depth=3 around random datasets (one client, sequential).
#   benchmarks/lineage/graph.sh [datasets, default 10000] [queries, default 300]
# Env: JAVA_OPTS (default: README's -Xmx256m -XX:+UseParallelGC); SKIP_ANALYZE=1 measures without statistics.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../load/lib.sh
source "$HERE/../load/lib.sh"
DATASETS="${1:-10000}"
QUERIES="${2:-300}"
fresh_pg_run lineage
export REGISTRY_DB_KIND=postgresql
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}" start_service "$WORK/service.log"
prefix="$(java "$HERE/LineageLoad.java" graph-build "$SVC_URL" "$DATASETS" 0 | tee /dev/stderr | sed -n 's/^graph-prefix //p')"
[[ -n "${SKIP_ANALYZE:-}" ]] || psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -c ANALYZE
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
java "$HERE/LineageLoad.java" graph-query "$SVC_URL" "$DATASETS" "$QUERIES" "$prefix"
