#!/usr/bin/env bash
# The web UI with 10,000 subjects and 10,000 datasets on PostgreSQL: a fresh database (dropped on exit) and service,
# the lineage graph of benchmarks/lineage/graph.sh (DATASETS datasets, DATASETS/2 jobs), ANALYZE, SUBJECTS subjects,
# then pages.js times the search, subject, dataset and job pages and the graph page in headless Chromium.
#   benchmarks/ui/pages.sh [subjects, default 10000] [datasets, default 10000] [requests per page, default 200]
# WITHOUT_TRIGRAM_INDEXES=1 drops the search's trigram indexes first (the before of an A/B).
# Needs node, /usr/bin/chromium and compat-tests/ui-browser/node_modules (npm ci there).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../load/lib.sh
source "$HERE/../load/lib.sh"
SUBJECTS="${1:-10000}"
DATASETS="${2:-10000}"
REQUESTS="${3:-200}"
fresh_pg_run ui
export REGISTRY_DB_KIND=postgresql
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}" start_service "$WORK/service.log"
prefix="$(java "$HERE/../lineage/LineageLoad.java" graph-build "$SVC_URL" "$DATASETS" 0 | tee /dev/stderr | sed -n 's/^graph-prefix //p')"
if [ -n "${WITHOUT_TRIGRAM_INDEXES:-}" ]; then # the A/B of benchmarks/README.md: search scanning, as before V80/V180
  psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -c "DROP INDEX ix_registry_versions_subject_trgm,
    ix_lineage_datasets_name_trgm, ix_lineage_datasets_namespace_trgm, ix_lineage_jobs_name_trgm, ix_lineage_jobs_namespace_trgm"
fi
psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -c ANALYZE
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
node "$HERE/pages.js" "$SVC_URL" "$SUBJECTS" "$prefix" "$DATASETS" "$REQUESTS"
