#!/usr/bin/env bash
# What the audit append costs registrations: register-ab.sh with the audit log off (B, REGISTRY_AUDIT_ENABLED=false)
# and on (A), alternating B A B A on fresh databases in the same run; the last line gives the ratio A/B of the mean
# requests per second and of the mean CPU per request (target: throughput >= 0.85).
# Env: as run.sh (DB=pg|h2, DURATION, WARMUP, REGISTRY_JAR); ROUNDS (default 2) pairs of runs; SEED (default 200).
exec "$(dirname "$0")/register-ab.sh" audit REGISTRY_AUDIT_ENABLED false true
