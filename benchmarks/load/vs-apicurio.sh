#!/usr/bin/env bash
# Compatibility checks per second: this registry on its embedded store (H2, the default start command's) against
# Apicurio Registry 3.3.3 on its default in-memory storage, in one run on one machine. Both get the same subject
# (bench-order-value: schemas/order-v1.avsc, config BACKWARD) through the Confluent API and the same wrk scenario
# (compat-check.lua: schemas/order-v2.avsc, a compatible evolution, POSTed to
# /compatibility/subjects/bench-order-value/versions/latest, plain and ?verbose=true), 2 threads, 32 connections.
# Rounds alternate ours, theirs, ours, theirs...; the service not measured is stopped (SIGSTOP) meanwhile, so each
# has the machine's CPU alone. Prints every run's RESULT line, then per scenario the mean requests per second of each
# and the ratio ours/Apicurio (the issue asks >= 4), and the JVM CPU ms per check of each with their ratio
# Apicurio/ours (the figure other load on the machine moves least).
#   benchmarks/load/vs-apicurio.sh
# Needs: the packaged service (mvn -B -pl registry-service -am package -DskipTests), wrk, curl, python3, Java 21+ for
# Apicurio (APICURIO_JAVA, default the Temurin 25 JDK), and Apicurio's app tarball: taken from ~/.m2 or fetched once
# with mvn dependency:copy (io.apicurio:apicurio-registry-app:3.3.3:tar.gz:all, ~160 MB) into benchmarks/target/.
# Before the rounds each side is warmed up per scenario (unreported) until it has answered WARMUP_REQUESTS checks
# (default 30000) or for WARMUP at most (default 60s): a warm-up by time alone leaves the slower JVM less compiled.
# Env: DURATION (wrk -d per measured run, default 20s), WARMUP, WARMUP_REQUESTS, ROUNDS (default 3), SCENARIOS
# (default "latest verbose"), JAVA_OPTS (both JVMs; default README's "-Xmx256m -XX:+UseParallelGC"), H2_OPTIONS (as
# lib.sh), APICURIO_HOME (an unpacked app to use instead).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

DB=h2
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-60s}"
WARMUP_REQUESTS="${WARMUP_REQUESTS:-30000}"
ROUNDS="${ROUNDS:-3}"
SCENARIOS="${SCENARIOS:-latest verbose}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
APICURIO_VERSION=3.3.3
APICURIO_JAVA="${APICURIO_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
APICURIO_HOME="${APICURIO_HOME:-$ROOT/benchmarks/target/apicurio-$APICURIO_VERSION}"
SUBJECT=bench-order-value
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/vs-apicurio-XXXXXX")"
export RUN THREADS CONNS DURATION

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }
[[ -x "$APICURIO_JAVA" ]] || { echo "Apicurio needs Java 21+: set APICURIO_JAVA" >&2; exit 2; }

# Apicurio's app, unpacked once into APICURIO_HOME (from ~/.m2 when Maven has it, else fetched).
if [[ ! -f "$APICURIO_HOME/quarkus-run.jar" ]]; then
  tarball="$HOME/.m2/repository/io/apicurio/apicurio-registry-app/$APICURIO_VERSION/apicurio-registry-app-$APICURIO_VERSION-all.tar.gz"
  if [[ ! -f "$tarball" ]]; then
    mvn -B -q dependency:copy -Dartifact="io.apicurio:apicurio-registry-app:$APICURIO_VERSION:tar.gz:all" \
      -DoutputDirectory="$WORK"
    tarball="$WORK/apicurio-registry-app-$APICURIO_VERSION-all.tar.gz"
  fi
  mkdir -p "$APICURIO_HOME" && tar xzf "$tarball" -C "$APICURIO_HOME"
fi

use_fresh_store vs-apicurio "logs"
APICURIO_PID=
cleanup_both() {
  for pid in "${OURS_PID:-}" "$APICURIO_PID"; do [[ -n "$pid" ]] && kill -CONT "$pid" 2>/dev/null || true; done
  if [[ -n "$APICURIO_PID" ]] && kill -0 "$APICURIO_PID" 2>/dev/null; then
    kill "$APICURIO_PID"
    for _ in $(seq 1 100); do kill -0 "$APICURIO_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APICURIO_PID" 2>/dev/null || true
  fi
  SVC_PID="${OURS_PID:-}"
  cleanup_store
}
trap cleanup_both EXIT

echo "vs-apicurio run $RUN: ours=$JAR (java: $(java -version 2>&1 | head -1)) apicurio=$APICURIO_HOME" \
  "(java: $("$APICURIO_JAVA" -version 2>&1 | head -1)) JAVA_OPTS=$JAVA_OPTS $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Ours on a fresh H2 file (the default start command's store, WRITE_DELAY=0).
start_service "$WORK/ours.log"
OURS_PID="$SVC_PID" OURS_URL="$SVC_URL"

# Apicurio on its default in-memory storage.
port="$(free_port)"
# shellcheck disable=SC2086
(cd "$APICURIO_HOME" && exec "$APICURIO_JAVA" $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -jar quarkus-run.jar >"$WORK/apicurio.log" 2>&1) &
APICURIO_PID=$!
APICURIO_URL="http://127.0.0.1:$port/apis/ccompat/v7"
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$APICURIO_URL/subjects" && break
  kill -0 "$APICURIO_PID" 2>/dev/null || { echo "Apicurio exited; log: $WORK/apicurio.log" >&2; tail -20 "$WORK/apicurio.log" >&2; exit 1; }
  sleep 0.2
done

# The same subject, version and config on both, then one check each that must answer compatible (order-v2) and one
# that must answer incompatible (a required field added), so both really judge.
register_body "$HERE/schemas/order-v1.avsc" >"$WORK/order-v1.json"
register_body "$HERE/schemas/order-v2.avsc" >"$WORK/order-v2.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); s["fields"].append({"name":"required_new","type":"string"}); print(json.dumps({"schema": json.dumps(s)}))' \
  "$HERE/schemas/order-v1.avsc" >"$WORK/order-breaking.json"
for base in "$OURS_URL" "$APICURIO_URL"; do
  curl -sf -o /dev/null -H "$CT" --data @"$WORK/order-v1.json" "$base/subjects/$SUBJECT/versions"
  curl -sf -o /dev/null -X PUT -H "$CT" --data '{"compatibility":"BACKWARD"}' "$base/config/$SUBJECT"
  [[ "$(curl -sf -H "$CT" --data @"$WORK/order-v2.json" "$base/compatibility/subjects/$SUBJECT/versions/latest")" == *'"is_compatible":true'* ]] \
    || { echo "$base: order-v2 is not judged compatible with order-v1" >&2; exit 1; }
  [[ "$(curl -sf -H "$CT" --data @"$WORK/order-breaking.json" "$base/compatibility/subjects/$SUBJECT/versions/latest")" == *'"is_compatible":false'* ]] \
    || { echo "$base: a new required field is not judged incompatible" >&2; exit 1; }
done

# side <ours|apicurio>: makes that service the measured one (SVC_URL, SVC_PID for wrk_run) and stops the other.
side() {
  if [[ "$1" == ours ]]; then
    kill -STOP "$APICURIO_PID"; kill -CONT "$OURS_PID"; SVC_PID="$OURS_PID" SVC_URL="$OURS_URL"
  else
    kill -STOP "$OURS_PID"; kill -CONT "$APICURIO_PID"; SVC_PID="$APICURIO_PID" SVC_URL="$APICURIO_URL"
  fi
  sleep 1
}

path_of() { [[ "$1" == verbose ]] && echo "/compatibility/subjects/$SUBJECT/versions/latest?verbose=true" \
  || echo "/compatibility/subjects/$SUBJECT/versions/latest"; }

export BODY_FILE="$WORK/order-v2.json"
for who in ours apicurio; do
  side "$who"
  for scenario in $SCENARIOS; do
    MAX_REQUESTS=$(( WARMUP_REQUESTS / THREADS )) DURATION="$WARMUP" \
      wrk_run "warmup-$who-$scenario" compat-check.lua "$(path_of "$scenario")" | grep "^RESULT warmup-[a-z]*-[a-z]* "
  done
done

declare -A SUM=() CPU=()
for ((round = 1; round <= ROUNDS; round++)); do
  for who in ours apicurio; do
    side "$who"
    for scenario in $SCENARIOS; do
      out="$(wrk_run "$who-$scenario" compat-check.lua "$(path_of "$scenario")")"
      line="$(grep "^RESULT $who-$scenario " <<<"$out")"
      echo "round $round load $(cut -d' ' -f1 /proc/loadavg) $line"
      cpu="$(grep "^RESULT $who-$scenario-cpu " <<<"$out")"
      echo "round $round $cpu"
      [[ "$line" == *" unexpected=0 socket_errors=0" ]] || { echo "unexpected answers or socket errors" >&2; exit 1; }
      rps="$(sed -E 's/.* req_per_s=([0-9.]+).*/\1/' <<<"$line")"
      ms="$(sed -E 's/.* java_ms_per_request=([0-9.]+).*/\1/' <<<"$cpu")"
      SUM[$who-$scenario]="$(python3 -c "print(${SUM[$who-$scenario]:-0} + $rps)")"
      CPU[$who-$scenario]="$(python3 -c "print(${CPU[$who-$scenario]:-0} + $ms)")"
    done
  done
done

for scenario in $SCENARIOS; do
  python3 -c "
ours, theirs = ${SUM[ours-$scenario]} / $ROUNDS, ${SUM[apicurio-$scenario]} / $ROUNDS
ours_ms, theirs_ms = ${CPU[ours-$scenario]} / $ROUNDS, ${CPU[apicurio-$scenario]} / $ROUNDS
print(f'RESULT vs-apicurio-$scenario ours_req_s={ours:.0f} apicurio_req_s={theirs:.0f} ratio={ours / theirs:.2f}'
      f' ours_cpu_ms={ours_ms:.3f} apicurio_cpu_ms={theirs_ms:.3f} cpu_ratio={theirs_ms / ours_ms:.2f}')"
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
