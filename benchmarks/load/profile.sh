#!/usr/bin/env bash
# Profiles one load scenario with JDK Flight Recorder and summarises the recording (jfr-top.py).
#   ./profile.sh get|register|compat|startup     (DB=pg|h2 as in run.sh; DURATION default 20s)
# The recording is left in the printed work directory for JDK Mission Control.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
SCENARIO="${1:?get|register|compat|startup}"
DB="${DB:-pg}"; DURATION="${DURATION:-20s}"; THREADS="${THREADS:-2}"; CONNS="${CONNS:-32}"
RUN="$(date +%s)_$$"; export RUN
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-profile-XXXXXX")"
use_fresh_store profile "recording and logs"
JFR="$WORK/$SCENARIO.jfr"
JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=name=load,settings=profile,filename=$JFR"
start_service "$WORK/service.log"
echo "ready in $READY_MS ms (with JFR on)"
if [[ "$SCENARIO" != startup ]]; then
  python3 "$HERE/seed.py" "$SVC_URL" 500 "$RUN"
  register_body "$HERE/schemas/order-v1.avsc" >"$WORK/order-v1.json"
  register_body "$HERE/schemas/order-v2.avsc" >"$WORK/order-v2.json"
  curl -sf -o /dev/null -H "$CT" --data @"$WORK/order-v1.json" "$SVC_URL/subjects/bench-order-value/versions"
  # Record only the measured phase: restart the recording after seeding.
  jcmd "$SVC_PID" JFR.stop name=load >/dev/null
  jcmd "$SVC_PID" JFR.start name=load settings=profile >/dev/null
  case "$SCENARIO" in
    get) MAX_ID=500 wrk_run get-schema-by-id get-by-id.lua / | grep RESULT ;;
    register) wrk_run register-new-schema register-new.lua / | grep RESULT ;;
    compat) BODY_FILE="$WORK/order-v2.json" wrk_run compatibility-check compat-check.lua \
      /compatibility/subjects/bench-order-value/versions/latest | grep RESULT ;;
    *) echo "unknown scenario $SCENARIO" >&2; exit 2 ;;
  esac
fi
jcmd "$SVC_PID" JFR.dump name=load filename="$JFR" >/dev/null
python3 "$HERE/jfr-top.py" "$JFR" "${MARKERS:-org.postgresql,org.h2,io.agroal,narayana,com.fasterxml.jackson,io.vertx,org.jboss.resteasy,io.quarkus,org.contractregistry.contracts,org.contractregistry}"
