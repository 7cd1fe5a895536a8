#!/usr/bin/env bash
# What the audit append costs registrations: run.sh's register scenario (new distinct schemas, wrk 2 threads,
# 32 connections) with the audit log off (B, REGISTRY_AUDIT_ENABLED=false) and on (A), alternating B A B A on fresh
# databases in the same run, so load from elsewhere on the machine falls on both alike. Prints each run's RESULT lines
# (requests per second; CPU ms per request of the service and of its PostgreSQL backends, which other load moves less)
# and the ratio A/B of the mean requests per second and of the mean CPU per request (target: throughput >= 0.85).
# Env: as run.sh (DB=pg|h2, DURATION, WARMUP, REGISTRY_JAR); ROUNDS (default 2) pairs of runs; SEED (default 200).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROUNDS="${ROUNDS:-2}"
declare -A RPS=([false]=0 [true]=0) CPU=([false]=0 [true]=0)
for ((round = 1; round <= ROUNDS; round++)); do
  for audit in false true; do
    out="$(REGISTRY_AUDIT_ENABLED=$audit SEED="${SEED:-200}" READY_RUNS=0 SCENARIOS=register "$HERE/run.sh" 2>&1 || true)"
    line="$(grep '^RESULT register-new-schema ' <<<"$out" || true)"
    cpu="$(grep '^RESULT register-new-schema-cpu ' <<<"$out" || true)"
    [[ -n "$line" && -n "$cpu" ]] || { echo "round $round audit=$audit: no register result" >&2; echo "$out" | tail -20 >&2; exit 1; }
    echo "round $round audit=$audit $line"
    echo "round $round audit=$audit $cpu"
    RPS[$audit]="$(python3 -c "print(${RPS[$audit]} + $(sed -E 's/.* req_per_s=([0-9.]+).*/\1/' <<<"$line"))")"
    CPU[$audit]="$(python3 -c "print(${CPU[$audit]} + $(sed -E 's/.* java_ms_per_request=([0-9.]+) db_ms_per_request=([0-9.]+).*/\1 + \2/' <<<"$cpu"))")"
  done
done
python3 -c "
r = $ROUNDS
a, b = ${RPS[true]} / r, ${RPS[false]} / r
ca, cb = ${CPU[true]} / r, ${CPU[false]} / r
print(f'RESULT audit-ab with_audit_req_s={a:.0f} without_audit_req_s={b:.0f} ratio={a / b:.3f}'
      f' with_audit_cpu_ms={ca:.2f} without_audit_cpu_ms={cb:.2f} cpu_ratio={ca / cb:.3f}')"
