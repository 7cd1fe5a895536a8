#!/usr/bin/env bash
# Lineage at scale on PostgreSQL: ingestion on an empty store, then the same ingestion and depth-3 graph queries on a
# store seeded in bulk with EVENTS events over DATASETS datasets (issue 16: 1,000,000 events, 100,000 datasets).
#   benchmarks/lineage/grow.sh [datasets, default 100000] [events, default 1000000]
# One fresh database (lineage_grow_<run>, dropped on exit) and service:
#   1. ingestion on the empty store: LineageLoad ingest (WARM events unreported, then INGEST measured), events/s and
#      CPU per event of the service and of its PostgreSQL sessions;
#   2. one template run posted through the API, then sql/grow-seed.sql copies its stored rows DATASETS/2 jobs x
#      EVENTS/DATASETS runs over (names, keys and run ids replaced), ANALYZE; start to ready on the filled store; one
#      seeded dataset's graph read through the API must show the job that writes it and the ones that read it;
#   3. the same ingestion again (new names: it adds to the filled store), and its ratio to step 1;
#   4. QUERIES depth-3 graphs around random seeded datasets (LineageLoad graph-query, as graph.sh).
# Env: WARM (default 4000), INGEST (default 16000), THREADS (16), QUERIES (300), JAVA_OPTS (README's).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../load/lib.sh
source "$HERE/../load/lib.sh"
DATASETS="${1:-100000}"
EVENTS="${2:-1000000}"
WARM="${WARM:-4000}"
INGEST="${INGEST:-16000}"
THREADS="${THREADS:-16}"
QUERIES="${QUERIES:-300}"
RUNS=$(( EVENTS / DATASETS ))   # runs per job: DATASETS/2 jobs x RUNS runs x 2 events = EVENTS
(( RUNS >= 1 && DATASETS % 2 == 0 )) || { echo "need an even number of datasets and events >= datasets" >&2; exit 2; }
export JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}" REGISTRY_DB_KIND=postgresql
fresh_pg_run lineage_grow
echo "lineage growth run $RUN: $DATASETS datasets, $EVENTS events ($RUNS runs of each of $(( DATASETS / 2 )) jobs)"

# ingest <label>: WARM unreported events, then INGEST measured; prints events/s and CPU per event.
ingest() {
  java "$HERE/LineageLoad.java" ingest "$SVC_URL" "$WARM" "$THREADS" >/dev/null
  local load java0 pg0 out rate
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  java0="$(cpu_ms "$SVC_PID")"; pg0="$(store_cpu_ms)"
  out="$(java "$HERE/LineageLoad.java" ingest "$SVC_URL" "$INGEST" "$THREADS")"
  rate="$(sed -nE 's/.*: ([0-9]+) events\/s/\1/p' <<<"$out")"
  awk -v l="$1" -v r="$rate" -v j=$(( $(cpu_ms "$SVC_PID") - java0 )) -v p=$(( $(store_cpu_ms) - pg0 )) \
    -v n=$(( INGEST + 1000 )) -v la="$load" 'BEGIN { printf "RESULT ingest-%s events_per_s=%d service_cpu_ms_per_event=%.3f db_cpu_ms_per_event=%.3f load=%s\n", l, r, j / n, p / n, la }'
}

start_service "$WORK/service.log"
ingest empty | tee "$WORK/results.txt"

tpl_run="$(python3 -c 'import uuid; print(uuid.uuid4())')"
for type in START COMPLETE; do
  python3 - "$type" "$tpl_run" >"$WORK/tpl.json" <<'PY'
import json, sys, datetime
def ds(name):
    return {"namespace": "file", "name": "/g/seed/" + name, "facets": {"schema": {"_producer": "load",
            "_schemaURL": "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json",
            "fields": [{"name": "id", "type": "long"}, {"name": "amount", "type": "double"}]}}}
print(json.dumps({"eventType": sys.argv[1], "eventTime": datetime.datetime.now(datetime.timezone.utc).isoformat(),
    "producer": "https://load", "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    "run": {"runId": sys.argv[2]}, "job": {"namespace": "load", "name": "g-seed-tpl", "facets": {"jobType": {
        "_producer": "load", "_schemaURL": "x", "processingType": "BATCH", "integration": "SPARK", "jobType": "JOB"}}},
    "inputs": [ds("tpl-in-a"), ds("tpl-in-b")], "outputs": [ds("tpl-out-a"), ds("tpl-out-b")]}))
PY
  curl -sf -o /dev/null -H 'Content-Type: application/json' --data @"$WORK/tpl.json" "$SVC_URL/api/v1/lineage"
done
stop_service
t0="$(now_ms)"
psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -v datasets="$DATASETS" -v runs="$RUNS" -v tpl_run="$tpl_run" \
  -f "$HERE/sql/grow-seed.sql"
echo "RESULT seed ms=$(( $(now_ms) - t0 )) events=$(psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c 'SELECT COUNT(*) FROM lineage_events') datasets=$(psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c 'SELECT COUNT(*) FROM lineage_datasets')"
start_service "$WORK/service.log"
echo "RESULT start-to-ready ready_ms=$READY_MS cpu_ms=$READY_CPU_MS" | tee -a "$WORK/results.txt"

# The seed is what the service would have stored: dataset 1 is written by job 0 and read by the jobs that pick it.
graph="$(curl -sf "$SVC_URL/api/v1/lineage?depth=1&nodeId=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("dataset:file:/g/seed/1"))')")"
readers="$(psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c "SELECT string_agg(j.name, ' ') FROM lineage_job_io io
  JOIN lineage_jobs j USING (job_key) JOIN lineage_datasets d USING (dataset_key)
  WHERE d.name = '/g/seed/1' AND io.direction = 'I'")"
for job in g-seed-0 $readers; do
  [[ "$graph" == *"job:load:$job\""* ]] || { echo "the seeded rows are not what the service stores: the graph of /g/seed/1 lacks $job: $graph" >&2; exit 1; }
done
echo "graph of /g/seed/1 read through the API: written by g-seed-0, read by ${readers:-no job}"

ingest filled | tee -a "$WORK/results.txt"
awk '/^RESULT ingest-empty/ { split($3, a, "="); e = a[2] } /^RESULT ingest-filled/ { split($3, a, "="); f = a[2] }
  END { if (e > 0) printf "RESULT ingest-filled-vs-empty ratio=%.2f\n", f / e }' "$WORK/results.txt"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
java "$HERE/LineageLoad.java" graph-query "$SVC_URL" "$DATASETS" "$QUERIES" seed
