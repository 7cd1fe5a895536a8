#!/usr/bin/env bash
# Memory per 10,000 schemas (the sizing figure of deploy/README.md): the packaged service with README's JVM options,
# on a fresh store (DB=h2, default, or DB=pg), heap used after a full GC (jcmd GC.run, then GC.heap_info) at start and
# after each step of STEPS (default "10000 20000") distinct schemas, each registered under a subject of its own and then
# read once by id (so the id cache holds it, as a serving registry's would). Schemas are benchmarks/load/schemas/
# order-v1.avsc (a typical business record: 9 fields, 3 nested records, enum, union, array, map; ~1.5 KB of text) with
# the record renamed per schema. Prints RESULT lines and the MiB per 10,000 schemas between the steps.
# The caches are bounded by bytes (registry.cache.max-schema-bytes, 64 MiB by default): past that, heap stops growing
# and misses rise instead; the result says when a step reached the bound.
# Needs: the packaged service, curl, jcmd, python3 (and PostgreSQL for DB=pg).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
DB="${DB:-h2}"
STEPS="${STEPS:-10000 20000}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-memory-XXXXXX")"
[[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }
use_fresh_store memory "logs"

heap_after_gc_mib() {
  jcmd "$SVC_PID" GC.run >/dev/null
  jcmd "$SVC_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } }
    END { printf "%.1f", s / 1024 }'
}

# fill <from> <to>: registers schemas from..to-1 and reads each back by id; 8 keep-alive connections.
fill() {
  python3 - "$SVC_URL" "$1" "$2" "$HERE/schemas/order-v1.avsc" <<'PY'
import http.client, json, sys, threading, urllib.parse
base, lo, hi, template = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), json.load(open(sys.argv[4]))
url = urllib.parse.urlparse(base)
headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}
failures = []
def work(worker, workers=8):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    for i in range(lo + worker, hi, workers):
        schema = dict(template, name="Order%d" % i)
        conn.request("POST", "/subjects/memory-%d-value/versions" % i, json.dumps({"schema": json.dumps(schema)}), headers)
        res = conn.getresponse(); data = res.read()
        if res.status != 200:
            failures.append("%d %s" % (res.status, data[:200])); return
        conn.request("GET", "/schemas/ids/%d" % json.loads(data)["id"]); res = conn.getresponse(); res.read()
        if res.status != 200:
            failures.append("read %d" % res.status); return
threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
[t.start() for t in threads]; [t.join() for t in threads]
if failures: sys.exit("fill failed: " + failures[0])
PY
}

start_service "$WORK/service.log"
previous_n=0
previous_heap="$(heap_after_gc_mib)"
echo "RESULT memory-0 heap_after_gc_mib=$previous_heap rss_mib=$(rss_mib "$SVC_PID" VmRSS) db=$DB"
for n in $STEPS; do
  fill "$previous_n" "$n"
  heap="$(heap_after_gc_mib)"
  cached="$(curl -sf "$SVC_URL/q/metrics" | awk '/^cache_size\{.*cache="schemas/ { s += $2 } END { print s + 0 }')"
  echo "RESULT memory-$n heap_after_gc_mib=$heap rss_mib=$(rss_mib "$SVC_PID" VmRSS) schemas_cached=$cached" \
    "mib_per_10000_schemas=$(python3 -c "print(round(($heap - $previous_heap) * 10000 / ($n - $previous_n), 1))")"
  previous_n="$n"; previous_heap="$heap"
done
