#!/usr/bin/env bash
# What one setting costs registrations: run.sh's register scenario (new distinct schemas, wrk 2 threads, 32
# connections) with environment variable VAR at value B and at value A, alternating B A B A on fresh databases in the
# same run, so load from elsewhere on the machine falls on both alike. Prints each run's RESULT lines (requests per
# second; CPU ms per request of the service and of its PostgreSQL backends, which other load moves less) and the ratio
# A/B of the mean requests per second and of the mean CPU per request.
#   benchmarks/load/register-ab.sh NAME VAR B A
#   e.g. DB=h2 benchmarks/load/register-ab.sh write-delay H2_OPTIONS ';WRITE_DELAY=500' ';WRITE_DELAY=0'
# Env: as run.sh (DB=pg|h2, DURATION, WARMUP, REGISTRY_JAR); ROUNDS (default 2) pairs of runs; SEED (default 200).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
[[ $# -eq 4 ]] || { echo "usage: $0 NAME VAR B A" >&2; exit 2; }
NAME="$1" VAR="$2"
VALUES=("$3" "$4")
ROUNDS="${ROUNDS:-2}"
RPS=(0 0) CPU=(0 0)
for ((round = 1; round <= ROUNDS; round++)); do
  for side in 0 1; do
    label="$VAR=${VALUES[$side]}"
    out="$(env "$VAR=${VALUES[$side]}" SEED="${SEED:-200}" READY_RUNS=0 SCENARIOS=register "$HERE/run.sh" 2>&1 || true)"
    line="$(grep '^RESULT register-new-schema ' <<<"$out" || true)"
    cpu="$(grep '^RESULT register-new-schema-cpu ' <<<"$out" || true)"
    [[ -n "$line" && -n "$cpu" ]] || { echo "round $round $label: no register result" >&2; echo "$out" | tail -20 >&2; exit 1; }
    echo "round $round $label load $(cut -d' ' -f1 /proc/loadavg) $line"
    echo "round $round $label $cpu"
    RPS[$side]="$(python3 -c "print(${RPS[$side]} + $(sed -E 's/.* req_per_s=([0-9.]+).*/\1/' <<<"$line"))")"
    CPU[$side]="$(python3 -c "print(${CPU[$side]} + $(sed -E 's/.* java_ms_per_request=([0-9.]+) db_ms_per_request=([0-9.]+).*/\1 + \2/' <<<"$cpu"))")"
  done
done
python3 -c "
r = $ROUNDS
a, b = ${RPS[1]} / r, ${RPS[0]} / r
ca, cb = ${CPU[1]} / r, ${CPU[0]} / r
print(f'RESULT $NAME-ab a_req_s={a:.0f} b_req_s={b:.0f} ratio={a / b:.3f} a_cpu_ms={ca:.2f} b_cpu_ms={cb:.2f}'
      f' cpu_ratio={ca / cb:.3f} (a: $VAR=${VALUES[1]}, b: $VAR=${VALUES[0]})')"
