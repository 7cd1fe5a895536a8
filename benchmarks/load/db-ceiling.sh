#!/usr/bin/env bash
# The database's own ceiling for registrations: pgbench runs exactly the statements one registration of a new schema
# under a new subject sends (sql/registration.pgbench, the same SQL as JdbcRegistryStore), from CLIENTS connections
# with no service in between, on a fresh database migrated with the service's migrations. What the service reaches
# cannot exceed this; the gap between the two is the service's own cost.
#   ./db-ceiling.sh            (env: CLIENTS default 32, DURATION seconds default 15)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MIGRATIONS="$HERE/../../registry-service/src/main/resources/db"
CLIENTS="${CLIENTS:-32}"; DURATION="${DURATION:-15}"
DBNAME="ceiling_$(date +%s)_$$"
PSQL=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client)" >&2; exit 2; }
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DBNAME" >/dev/null
trap '"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DBNAME" >/dev/null' EXIT
for migration in "$MIGRATIONS"/migration/V1__*.sql "$MIGRATIONS"/postgresql/V1_1__*.sql; do
  "${PSQL[@]}" -d "$DBNAME" -f "$migration" >/dev/null
done
echo "pgbench: $CLIENTS clients, ${DURATION}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
out="$(pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" -r -f "$HERE/sql/registration.pgbench" "$DBNAME")"
echo "$out" | sed -n '/^tps/,$p'
echo "RESULT db-ceiling-registrations per_s=$(sed -nE 's/^tps = ([0-9]+).*/\1/p' <<<"$out") clients=$CLIENTS"
