#!/usr/bin/env bash
# The database's own ceiling for registrations: pgbench runs exactly the statements one registration of a new schema
# under a new subject sends (sql/registration.pgbench, the same SQL as JdbcRegistryStore), from CLIENTS connections
# with no service in between, on a fresh database migrated with the service's migrations. What the service reaches
# cannot exceed this; the gap between the two is the service's own cost. The database is migrated with every
# registry migration in version order (lineage ones, V100 and up, left out), as the service migrates it: indexes a
# migration adds are paid by the inserts here too. Also prints the CPU ms per registration of the pgbench backends
# (sampled from /proc), the figure other load on the machine hardly moves.
#   ./db-ceiling.sh            (env: CLIENTS default 32, DURATION seconds default 15, UNTIL: the last migration
#                               version applied, e.g. UNTIL=90 for the schema before V95; default all)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MIGRATIONS="$HERE/../../registry-service/src/main/resources/db"
CLIENTS="${CLIENTS:-32}"; DURATION="${DURATION:-15}"
DBNAME="ceiling_$(date +%s)_$$"
PSQL=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client)" >&2; exit 2; }
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DBNAME" >/dev/null
trap '"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DBNAME" >/dev/null' EXIT
# The registry's migrations (V1-V99, portable and PostgreSQL-only) in version order: V1, V1_1, V1_2, V2, ... V95.
UNTIL="${UNTIL:-99}"
for migration in $(for f in "$MIGRATIONS"/migration/V*.sql "$MIGRATIONS"/postgresql/V*.sql; do
    v="$(basename "$f" | sed -E 's/^V([0-9_]+)__.*/\1/')"; echo "${v//_/.} $f"; done | sort -V | awk -v until="$UNTIL" \
    '{ split($1, part, "."); if (part[1] + 0 <= until + 0) print $2 }'); do
  "${PSQL[@]}" -d "$DBNAME" -f "$migration" >/dev/null
done
echo "pgbench: $CLIENTS clients, ${DURATION}s, migrations up to V$UNTIL, load average $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" -r \
  -f "$HERE/sql/registration.pgbench" "$DBNAME" >"/tmp/$DBNAME.out" 2>&1 &
bench=$!
# CPU of each pgbench backend, sampled until it exits (backends vanish with their connection, so the last sample counts).
declare -A backend_ticks
while kill -0 "$bench" 2>/dev/null; do
  for pid in $("${PSQL[@]}" -At -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DBNAME' AND application_name = 'pgbench'"); do
    ticks="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)" && [[ -n "$ticks" ]] && backend_ticks[$pid]=$ticks
  done
  sleep 0.2
done
wait "$bench"
out="$(cat "/tmp/$DBNAME.out")"; rm -f "/tmp/$DBNAME.out"
echo "$out" | sed -n '/^tps/,$p'
total=0; for pid in "${!backend_ticks[@]}"; do total=$(( total + backend_ticks[$pid] )); done
done_count="$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' <<<"$out")"
echo "RESULT db-ceiling-registrations per_s=$(sed -nE 's/^tps = ([0-9]+).*/\1/p' <<<"$out") clients=$CLIENTS" \
  "db_ms_per_registration=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" -v n="$done_count" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
