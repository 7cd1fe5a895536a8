#!/usr/bin/env bash
# Soak: SOAK_MINUTES (default 30) of mixed load (mixed.lua: 80% reads by id, 10% new registrations, 10% compatibility
# checks; wrk, 2 threads, 32 connections) against the packaged service on PostgreSQL (DB=pg, default) or H2 (DB=h2),
# measured one minute at a time: requests/s, p99, unexpected answers and resident memory after each minute. At the
# end it says whether memory stayed within 10% after the first 5 minutes, and p99's spread over the same minutes.
# Not part of the test suite. Needs: the packaged service, wrk, curl, python3 (and PostgreSQL for DB=pg).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
DB="${DB:-pg}"
SOAK_MINUTES="${SOAK_MINUTES:-30}"
SEED="${SEED:-2000}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-32}"
RUN="$(date +%s)_$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/registry-soak-XXXXXX")"
export RUN THREADS CONNS
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "$JAR missing: mvn -B -pl registry-service -am package -DskipTests" >&2; exit 2; }
use_fresh_store soak "logs"

start_service "$WORK/service.log"
python3 "$HERE/seed.py" "$SVC_URL" "$SEED" "$RUN"
register_body "$HERE/schemas/order-v1.avsc" >"$WORK/order-v1.json"
register_body "$HERE/schemas/order-v2.avsc" >"$WORK/order-v2.json"
curl -sf -o /dev/null -H "$CT" --data @"$WORK/order-v1.json" "$SVC_URL/subjects/bench-order-value/versions"
export MAX_ID="$SEED" BODY_FILE="$WORK/order-v2.json"

echo "soak $RUN: DB=$DB, $SOAK_MINUTES minutes of mixed load, JAVA_OPTS=$JAVA_OPTS"
echo "minute req_per_s p99_ms unexpected socket_errors rss_mib"
for minute in $(seq 1 "$SOAK_MINUTES"); do
  out="$(NAME="minute-$minute" RUN="${RUN}m$minute" wrk -t"$THREADS" -c"$CONNS" -d60s --timeout 10s --latency \
    -s "$HERE/mixed.lua" "$SVC_URL/" | grep '^RESULT')"
  sed -nE "s/^RESULT minute-([0-9]+) .* req_per_s=([0-9]+) p50_ms=[0-9.]+ p99_ms=([0-9.]+) unexpected=([0-9]+) socket_errors=([0-9]+)/\1 \2 \3 \4 \5/p" \
    <<<"$out" | tr '\n' ' '
  rss_mib "$SVC_PID" VmRSS; echo
done | tee "$WORK/minutes.txt"

python3 - "$WORK/minutes.txt" <<'PY'
import statistics
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
later = [r for r in rows if r[0] > 5] or rows
rss = [r[5] for r in later]
p99 = [r[2] for r in later]
bad = sum(r[3] + r[4] for r in rows)
spread = (max(rss) - min(rss)) / min(rss) * 100
# A leak is a trend, not a spike: the mean of the first five minutes after minute 5 against the last five, and how many
# minutes stray more than 10% from the median (the heap grows and shrinks, and glibc and Netty keep what they freed).
first, last = rss[:5], rss[-5:]
trend = (statistics.mean(last) - statistics.mean(first)) / statistics.mean(first) * 100
median = statistics.median(rss)
strays = sum(1 for v in rss if abs(v - median) > median * 0.10)
p99_median = statistics.median(p99)
p99_strays = sum(1 for v in p99 if v > 1.5 * p99_median)
print(f"RESULT soak minutes={len(rows)} unexpected_or_socket_errors={bad:.0f} "
      f"rss_after_minute_5_mib={min(rss):.0f}-{max(rss):.0f} rss_spread_pct={spread:.1f} "
      f"p99_after_minute_5_ms={min(p99):.1f}-{max(p99):.1f} rss_flat_within_10pct={'yes' if spread <= 10 else 'no'}")
print(f"RESULT soak-trend rss_first5_mib={statistics.mean(first):.0f} rss_last5_mib={statistics.mean(last):.0f} "
      f"rss_trend_pct={trend:+.1f} rss_median_mib={median:.0f} minutes_beyond_10pct_of_median={strays} "
      f"p99_median_ms={p99_median:.1f} p99_minutes_above_1.5x_median={p99_strays}")
PY
