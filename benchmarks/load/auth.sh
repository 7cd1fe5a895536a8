#!/usr/bin/env bash
# What HTTP Basic costs the read path: GET /schemas/ids/{id} (wrk, 2 threads, 32 connections) on the packaged service,
#   A: open on purpose (REGISTRY_AUTH_MODE=open: no credentials asked), against
#   B: secured (REGISTRY_AUTH_ADMIN_PASSWORD), every request with HTTP Basic and a reader's user:password,
# same jar, same database, same seeded ids, same run, alternated A B A B ... (ROUNDS) so that drift from other load on
# the machine falls on both. Prints one RESULT line per run and the ratio B/A of the summed requests per second.
# Needs what run.sh needs (the packaged service, wrk, curl, python3; PostgreSQL for DB=pg, the default).
# Env: DB=pg|h2, DURATION (default 15s), WARMUP (default 10s), SEED (default 2000), ROUNDS (default 2), JAVA_OPTS.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

DB="${DB:-pg}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-10s}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
SEED="${SEED:-2000}"
ROUNDS="${ROUNDS:-2}"
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-auth-XXXXXX")"
ADMIN_PASSWORD="bench-admin-password"
READER="Authorization: Basic $(printf '%s' 'bench-reader:bench-reader-password' | base64)"
export RUN THREADS CONNS DURATION

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }
use_fresh_store auth "logs"
echo "auth run $RUN: DB=$DB JAVA_OPTS=$JAVA_OPTS $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

open_service() {
  export REGISTRY_AUTH_MODE=open
  unset REGISTRY_AUTH_ADMIN_PASSWORD
  start_service "$WORK/open-$1.log"
}

secured_service() {
  export REGISTRY_AUTH_MODE=auto REGISTRY_AUTH_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  start_service "$WORK/secured-$1.log"
  curl -sf -o /dev/null -u "admin:$ADMIN_PASSWORD" -X PUT -H 'Content-Type: application/json' \
    --data '{"password":"bench-reader-password","role":"reader"}' "$SVC_URL/api/v1/security/users/bench-reader"
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SVC_URL/schemas/ids/1")" == 401 ]] \
    || { echo "the secured service answered without credentials" >&2; exit 1; }
}

open_service seed
python3 "$HERE/seed.py" "$SVC_URL" "$SEED" "$RUN"
stop_service

: >"$WORK/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  open_service "$round"
  MAX_ID="$SEED" DURATION="$WARMUP" wrk_run warmup-open get-by-id.lua / >/dev/null
  MAX_ID="$SEED" wrk_run "get-by-id-open round=$round" get-by-id.lua / | tee -a "$WORK/results.txt"
  stop_service
  secured_service "$round"
  MAX_ID="$SEED" DURATION="$WARMUP" wrk_run warmup-basic get-by-id.lua / -H "$READER" >/dev/null
  MAX_ID="$SEED" wrk_run "get-by-id-basic-reader round=$round" get-by-id.lua / -H "$READER" \
    | tee -a "$WORK/results.txt"
  stop_service
done

python3 - "$WORK/results.txt" <<'PY'
import re, sys
sums = {"open": 0.0, "basic-reader": 0.0}
cpu = {"open": [], "basic-reader": []}
for line in open(sys.argv[1]):
    c = re.match(r"RESULT get-by-id-(open|basic-reader) round=\d+-cpu java_ms_per_request=([\d.]+)", line)
    if c:
        cpu[c.group(1)].append(float(c.group(2)))
    m = re.match(r"RESULT get-by-id-(open|basic-reader) .*req_per_s=(\d+).*unexpected=(\d+)", line)
    if m:
        if int(m.group(3)):
            sys.exit("unexpected answers in: " + line.strip())
        sums[m.group(1)] += float(m.group(2))
print("RESULT basic-reader-vs-open ratio=%.3f (open %.0f, basic %.0f req/s summed over rounds)"
      % (sums["basic-reader"] / sums["open"], sums["open"], sums["basic-reader"]))
if cpu["open"] and cpu["basic-reader"]:
    a, b = sum(cpu["open"]) / len(cpu["open"]), sum(cpu["basic-reader"]) / len(cpu["basic-reader"])
    print("RESULT basic-reader-vs-open service_cpu_ms_per_request open=%.4f basic=%.4f ratio=%.3f" % (a, b, b / a))
PY
