#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar target/quarkus-app/quarkus-run.jar` to the first answered page (GET /login
# answering 200), as a new user starts the app. Scenarios, each run STARTUP_RUNS times:
#   h2-new      an empty embedded database with the demo data: migrations, the gazetteer and the demo data written
#   h2-again    the same database started again
#   pg-new      an empty PostgreSQL database (no demo data in the postgres profile): migrations and the gazetteer
#   pg-again    the same database started again
# The median, fastest and slowest of each go to docs/BENCHMARKS.md (between the startup-bench markers), with what
# the app's log says each phase took in the last run.
#
# Usage (from the repository root): bench/startup-bench.sh [scenario...]   (default: all four)
# Environment: STARTUP_RUNS (5), STARTUP_DIR (target/startup-bench), STARTUP_DOC (docs/BENCHMARKS.md; "-" = none),
#   STARTUP_SKIP_BUILD=1 to reuse the builds in STARTUP_DIR; PGHOST, PGPORT, PGUSER (127.0.0.1, 5432, postgres) and
#   STARTUP_PG_DB (corroborate_startup: dropped and created afresh for every pg-new run, dropped at the end).
# Needs JDK 17, curl, python3, and psql/createdb/dropdb for the PostgreSQL scenarios.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."

SCENARIOS=${*:-"h2-new h2-again pg-new pg-again"}
RUNS=${STARTUP_RUNS:-5}
WORK=${STARTUP_DIR:-target/startup-bench}
DOC=${STARTUP_DOC:-docs/BENCHMARKS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PG_DB=${STARTUP_PG_DB:-corroborate_startup}
PORT=18281
KEY=startup-bench-only-not-a-secret-0123456789

log() { printf '[startup %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java curl python3; do command -v $tool >/dev/null || die "$tool is needed"; done
[[ $SCENARIOS != *pg* ]] || command -v createdb >/dev/null || die "createdb is needed: apt-get install postgresql-client"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [[ ${STARTUP_SKIP_BUILD:-0} != 1 ]]; then
    log "building (./mvnw -B -q package -DskipTests, and with -Dquarkus.profile=postgres)"
    ./mvnw -B -q package -DskipTests >"$WORK/build-h2.log" 2>&1 || die "build h2: $WORK/build-h2.log"
    rm -rf "$WORK/app-h2" && cp -r target/quarkus-app "$WORK/app-h2"
    if [[ $SCENARIOS == *pg* ]]; then
        ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres >"$WORK/build-pg.log" 2>&1 || die "build pg: $WORK/build-pg.log"
        rm -rf "$WORK/app-pg" && cp -r target/quarkus-app "$WORK/app-pg"
    fi
fi

# one_start DB LOG: starts the app, prints milliseconds to the first 200 of /login, stops it
one_start() {
    local db=$1 out=$2 t0 t1 pid env=()
    if [[ $db == pg ]]; then
        env=(QUARKUS_PROFILE=postgres QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB"
            QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}")
    fi
    t0=$(date +%s%N)
    (cd "$WORK/run" && exec env "${env[@]}" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) \
        QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$KEY QUARKUS_LOG_CONSOLE_COLOR=false \
        java -jar "$WORK/app-$db/quarkus-run.jar" >"$out" 2>&1) &
    pid=$!
    until curl -fs -m 2 -o /dev/null "http://127.0.0.1:$PORT/login"; do
        kill -0 $pid 2>/dev/null || { tail -n 30 "$out" >&2; die "the app exited during start-up"; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $t0"
    kill $pid && wait $pid 2>/dev/null || true
}

# phases LOG T0: what the app's log says, in ms after `java -jar`
phases() {
    python3 - "$1" "$2" <<'PY'
import sys, re, datetime
t0 = int(sys.argv[2]) / 1e9
marks = [("Database:", "first database connection (Flyway)"), ("Successfully applied", "migrations applied"),
         ("Successfully validated", "migrations checked"), ("HHH100501", "Hibernate ORM started"),
         ("Loaded the gazetteer", "gazetteer loaded"), ("Demo data loaded", "demo data written"),
         ("started in", "listening (Quarkus: started)")]
out = []
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
    if not m:
        continue
    at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=datetime.timezone.utc).timestamp()
    for needle, name in marks:
        if needle in line:
            out.append("%s %d ms" % (name, (at - t0) * 1000))
print("; ".join(out))
PY
}

RESULTS=""
mkdir -p "$WORK/run"
for scenario in $SCENARIOS; do
    db=${scenario%%-*}
    [[ -f $WORK/app-$db/quarkus-run.jar ]] || die "no build for $db (run without STARTUP_SKIP_BUILD)"
    times=()
    for ((i = 1; i <= RUNS; i++)); do
        # "again" starts where the "new" before it left its database (run it after that one)
        if [[ $scenario == *-new ]]; then
            rm -rf "$WORK/run" && mkdir -p "$WORK/run"
            [[ $db == pg ]] && { dropdb --if-exists "$PG_DB"; createdb "$PG_DB"; }
        fi
        read -r ms t0 < <(one_start "$db" "$WORK/$scenario-$i.log")
        log "$scenario run $i: $ms ms"
        times+=("$ms")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    median=${sorted[$((RUNS / 2))]}
    RESULTS+="| $scenario | $median | ${sorted[0]} | ${sorted[$((RUNS - 1))]} | $(phases "$WORK/$scenario-$RUNS.log" "$t0") |"$'\n'
done
[[ $SCENARIOS != *pg* ]] || dropdb --if-exists "$PG_DB"

SECTION="<!-- startup-bench:begin -->
Measured $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD) by \`bench/startup-bench.sh\` ($RUNS runs each;
$(nproc) CPUs, $(java -version 2>&1 | head -n 1); default JVM options):

| scenario | median ms | fastest | slowest | the last run's log, ms after \`java -jar\` |
|---|---:|---:|---:|---|
${RESULTS}<!-- startup-bench:end -->"
printf '%s\n' "$SECTION"
if [[ $DOC != - ]]; then
    write_section "$DOC" "<!-- startup-bench:begin -->" "<!-- startup-bench:end -->" "$SECTION"
    log "results written to $DOC"
fi
