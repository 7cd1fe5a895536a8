#!/usr/bin/env bash
# SQL statements (and their server time) per registration of a new schema under a new subject, on PostgreSQL: the
# packaged service on a fresh database whose statements PostgreSQL logs (log_min_duration_statement = 0 set on that
# database only), N registrations from one client after 100 unmeasured ones, then the log lines of that database
# counted by statement. Load on the machine does not change the counts.
#   ./statements.sh      (env: N default 200; REGISTRY_JAR as run.sh; LOGFILE: the server's log, readable by you,
#                         default /var/log/postgresql/postgresql-15-main.log; REGISTRY_AUDIT_ENABLED as the service)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"
N="${N:-200}"
LOGFILE="${LOGFILE:-/var/log/postgresql/postgresql-15-main.log}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
[[ -r "$LOGFILE" ]] || { echo "cannot read PostgreSQL's log $LOGFILE (set LOGFILE)" >&2; exit 2; }
fresh_pg_run statements
psql -q -h 127.0.0.1 -U postgres -d postgres -c "ALTER DATABASE $PGDB SET log_min_duration_statement = 0"
start_service "$WORK/service.log"
python3 "$HERE/seed.py" "$SVC_URL" 100 "w$RUN" 1 >/dev/null
sleep 1
offset="$(stat -c %s "$LOGFILE")"
python3 "$HERE/seed.py" "$SVC_URL" "$N" "m$RUN" 1 >/dev/null
sleep 1
tail -c +$(( offset + 1 )) "$LOGFILE" | grep -F "@$PGDB " | grep -E 'duration: [0-9.]+ ms  (execute|statement)' \
  >"$WORK/statements.log" || true
python3 - "$WORK/statements.log" "$N" <<'PY'
import collections, re, sys
n = int(sys.argv[2]); count = collections.Counter(); ms = collections.Counter()
for line in open(sys.argv[1]):
    m = re.search(r'duration: ([0-9.]+) ms  (?:execute ([^:]*)|statement): (.*)', line)
    if m:
        # Statements that start with a line break log no text on this line: named by their prepared name then.
        text = re.sub(r'\s+', ' ', m.group(3)).strip()[:100] or "(prepared %s)" % m.group(2)
        count[text] += 1; ms[text] += float(m.group(1))
print("RESULT statements_per_registration=%.2f server_ms_per_registration=%.3f" % (sum(count.values()) / n,
                                                                                   sum(ms.values()) / n))
for text, c in count.most_common():
    print("  %5.2f per registration %7.3f ms  %s" % (c / n, ms[text] / n, text))
PY
