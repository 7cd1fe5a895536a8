#!/usr/bin/env bash
# What the audit append costs registrations: run.sh's register scenario (new distinct schemas, wrk 2 threads,
# 32 connections) with the audit log off (B, REGISTRY_AUDIT_ENABLED=false) and on (A), alternating B A B A on fresh
# databases in the same run, so load from elsewhere on the machine falls on both alike. Prints each run's RESULT line
# and the ratio A/B of the summed requests per second (target: >= 0.85).
# Env: as run.sh (DB=pg|h2, DURATION, WARMUP); ROUNDS (default 2) pairs of runs.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROUNDS="${ROUNDS:-2}"
declare -A SUM=([false]=0 [true]=0)
for ((round = 1; round <= ROUNDS; round++)); do
  for audit in false true; do
    line="$(REGISTRY_AUDIT_ENABLED=$audit SEED="${SEED:-200}" READY_RUNS=0 SCENARIOS=register "$HERE/run.sh" 2>&1 \
      | grep '^RESULT register-new-schema ' || true)"
    [[ -n "$line" ]] || { echo "round $round audit=$audit: no register result" >&2; exit 1; }
    echo "round $round audit=$audit $line"
    rps="$(sed -E 's/.* req_per_s=([0-9.]+).*/\1/' <<<"$line")"
    SUM[$audit]="$(python3 -c "print(${SUM[$audit]} + $rps)")"
  done
done
python3 -c "a=${SUM[true]}; b=${SUM[false]}; print(f'RESULT audit-ab with_audit_req_s={a/$ROUNDS:.0f} without_audit_req_s={b/$ROUNDS:.0f} ratio={a/b:.3f}')"
