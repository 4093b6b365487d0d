#!/usr/bin/env bash
# Load benchmark: a large generated dataset (100k claims, 300k citations, 500k reviews, 20k sources, history,
# accounts), then wrk against the packaged app for the claim list (filtered by status and province, 50 rows), the
# claim page (random claims) and review writes through the claim page's form (each connection its own signed-in
# reviewer), checking afterwards that no answered write was lost; plus a short run of API review writes for
# comparison, and API runs with tokens (review writes from LOAD_TOKEN_SCRIPTS scripts, GET /api/claims/{id}, the
# filtered GET /api/claims). Scenarios: H2 with one instance (an embedded file database belongs to one process, so two instances
# on H2 are not possible), PostgreSQL with one instance, PostgreSQL with two instances (wrk's threads alternate
# between the two instances: no proxy in between).
#
# Usage (from the repository root):
#   bench/load-bench.sh                       # scenarios h2-1 pg-1 pg-2
#   bench/load-bench.sh pg-1                  # or any subset; pg-2-nginx = the two instances behind nginx
#                                             # (deploy/nginx.conf with this run's ports, nginx's own CPU included)
# Environment:
#   LOAD_DURATION    each measured wrk run (default 20s); LOAD_WARMUP the warm-up run before it (default 120s:
#                    the JIT compiler is still busy on two cores after 15 s)
#   LOAD_THREADS, LOAD_CONNECTIONS   wrk -t/-c of the read runs (2, 16); the write runs use -t = -c = LOAD_CONNECTIONS
#   LOAD_API_DURATION  the API write run with HTTP Basic (default 10s; 0 = skip)
#   LOAD_TOKEN_SCRIPTS scripts writing reviews with API tokens, each its own reviewer and token (default 32; 0 = skip
#                    the token runs); the token runs' warm-up is LOAD_TOKEN_WARMUP (default 60s), each run LOAD_DURATION
#   LOAD_CLAIM_WRITES  PostgreSQL: claims changed a second by SQL during an extra list run (default 10; 0 = skip)
#   LOAD_CLAIMS, LOAD_CITATIONS, LOAD_REVIEWS, LOAD_SOURCES   dataset size (100000, 300000, 500000, 20000)
#   LOAD_WRITE_POOL  reviewable claims the writes go to (default 500), so writes first create, then replace reviews
#   LOAD_XMX         each instance's heap limit (default 1g)
#   LOAD_JAVA_OPTS   each instance's other JVM options (default -XX:+UseParallelGC, as docs/DEPLOYMENT.md advises for
#                    two cores; "" = the JVM's own choice, G1 on this machine)
#   LOAD_DIR         work directory (default target/load-bench)
#   LOAD_DOC         markdown file whose results block is rewritten (default docs/BENCHMARKS.md; "-" = none)
#   LOAD_NOTE        a line to put under the table
#   LOAD_SKIP_BUILD  1 = reuse $LOAD_DIR/app-h2 and $LOAD_DIR/app-pg from an earlier run
#   LOAD_TIMEOUT     bound on the whole run in seconds (default 3600); LOAD_STARTUP_TIMEOUT on a start (180)
#   LOAD_KEEP_DB     1 = keep the PostgreSQL database at the end, for EXPLAIN ANALYZE and the like (H2's stays in
#                    $LOAD_DIR/h2 either way, until the next run)
#   LOAD_JFR         1 = record a JFR profile (settings=profile) of every instance during each measured run, to
#                    $LOAD_DIR/<scenario>-<run>-<pid>.jfr (started on a warm instance it slowed the claim list from
#                    ~1,600 to 118 req/s on 2026-12-07: take the table's numbers without it; docs/BENCHMARKS.md,
#                    "Findings", says how async-profiler was attached instead)
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the PostgreSQL server (127.0.0.1, 5432, postgres); LOAD_PG_DB its
#                    database (corroborate_load: dropped and created afresh, dropped again at the end)
# Needs JDK 17, curl, wrk, and psql/createdb/dropdb for the PostgreSQL scenarios. Installs nothing: a missing tool is
# named with its Debian package and the script exits non-zero.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$(dirname "$0")/.."
ROOT=$(pwd)

SCENARIOS=${*:-"h2-1 pg-1 pg-2"}
DURATION=${LOAD_DURATION:-20s}
WARMUP=${LOAD_WARMUP:-120s}
THREADS=${LOAD_THREADS:-2}
CONNS=${LOAD_CONNECTIONS:-16}
API_DURATION=${LOAD_API_DURATION:-10s}
TOKEN_SCRIPTS=${LOAD_TOKEN_SCRIPTS:-32}
TOKEN_WARMUP=${LOAD_TOKEN_WARMUP:-60s}
CLAIM_WRITES=${LOAD_CLAIM_WRITES:-10}
CLAIMS=${LOAD_CLAIMS:-100000}
CITATIONS=${LOAD_CITATIONS:-300000}
REVIEWS=${LOAD_REVIEWS:-500000}
SOURCES=${LOAD_SOURCES:-20000}
WRITE_POOL=${LOAD_WRITE_POOL:-500}
XMX=${LOAD_XMX:-1g}
JAVA_OPTS=${LOAD_JAVA_OPTS-"-XX:+UseParallelGC"}
WORK=${LOAD_DIR:-target/load-bench}
DOC=${LOAD_DOC:-docs/BENCHMARKS.md}
NOTE=${LOAD_NOTE:-}
TIMEOUT=${LOAD_TIMEOUT:-3600}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PG_DB=${LOAD_PG_DB:-corroborate_load}
PORT_A=18181
PORT_B=18182
PORT_PROXY=18180
DATA_REVIEWERS=200           # accounts r1..r200 own the generated reviews
PASSWORD=load-bench-pw       # every generated account's password (a local benchmark database only)
CHUNK=100000                 # rows per INSERT statement
STARTUP_TIMEOUT=${LOAD_STARTUP_TIMEOUT:-180} # seconds; the first start on new data writes every export document

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

need() { # tool debian-package
    command -v "$1" >/dev/null || die "$1 is needed: apt-get install $2"
}
need java openjdk-17-jdk-headless
need curl curl
need wrk wrk
need awk gawk
if [[ ${LOAD_JFR:-0} == 1 ]]; then need jcmd openjdk-17-jdk-headless; fi
for s in $SCENARIOS; do
    case $s in
        h2-1) ;;
        pg-1|pg-2|pg-2-nginx) need psql postgresql-client; need createdb postgresql-client; need dropdb postgresql-client ;;&
        pg-2-nginx) need nginx nginx ;;
        pg-1|pg-2) ;;
        h2-2) die "h2-2: an embedded H2 file database is opened by one process only; two instances need PostgreSQL" ;;
        *) die "unknown scenario '$s' (h2-1, pg-1, pg-2, pg-2-nginx)" ;;
    esac
done
((CLAIMS >= 1000 && CONNS <= 64)) || die "LOAD_CLAIMS must be >= 1000 and LOAD_CONNECTIONS <= 64"
((TOKEN_SCRIPTS <= 64)) || die "LOAD_TOKEN_SCRIPTS must be <= 64 (the generated API accounts loadapi1..64, loadtok1..64)"
((CONNS % THREADS == 0)) || die "LOAD_CONNECTIONS must be a multiple of LOAD_THREADS"
for d in "$DURATION" "$WARMUP" "$API_DURATION" "$TOKEN_WARMUP"; do
    [[ $d =~ ^[0-9]+s?$ ]] || die "durations are given in seconds (20 or 20s), got '$d'"
done

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
SESSION_KEY=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')

# ---------------------------------------------------------------------------------------------------------------------
# everything started here is stopped on exit; the whole run is bounded by a watchdog

PIDS=()
PG_CREATED=0
cleanup() {
    local rc=$?
    local pid
    [[ -n ${CLAIM_WRITER:-} ]] && claim_writes_stop
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if ((PG_CREATED)) && [[ ${LOAD_KEEP_DB:-0} != 1 ]]; then dropdb --if-exists "$PG_DB" 2>/dev/null || true; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM
(
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$TIMEOUT" &
    sleeper=$!
    wait "$sleeper" && echo "[load] timed out after ${TIMEOUT}s" >&2 && kill -TERM $$
) 2>/dev/null &
PIDS+=("$!")

# ---------------------------------------------------------------------------------------------------------------------
# build: the database kind is fixed at build time, so one build per database, each copied aside

build() { # name profile-args...
    local name=$1
    shift
    log "building the app for $name (./mvnw -B -q package -DskipTests $*)"
    ./mvnw -B -q package -DskipTests "$@" >"$WORK/build-$name.log" 2>&1 || { tail -n 40 "$WORK/build-$name.log"; die "build $name"; }
    rm -rf "$WORK/app-$name"
    cp -r target/quarkus-app "$WORK/app-$name"
}
if [[ ${LOAD_SKIP_BUILD:-0} != 1 ]]; then
    [[ $SCENARIOS == *h2* ]] && build h2
    [[ $SCENARIOS == *pg* ]] && build pg -Dquarkus.profile=postgres
fi
for s in $SCENARIOS; do
    app=$WORK/app-${s%%-*}
    [[ -f $app/quarkus-run.jar ]] || die "no $app/quarkus-run.jar; build first (without LOAD_SKIP_BUILD)"
done
H2_JAR=$(ls "$WORK"/app-*/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -n 1)
[[ -n $H2_JAR ]] || die "no H2 jar in the packaged app"
LIB=$(dirname "$H2_JAR")

# one bcrypt hash (cost 10, as the app makes them) for every generated account
log "hashing the accounts' password"
cat >"$WORK/Hash.java" <<'JAVA'
public class Hash {
    public static void main(String[] args) {
        System.out.println(io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(args[0]));
    }
}
JAVA
HASH=$(java -cp "$LIB/*" "$WORK/Hash.java" "$PASSWORD")
[[ $HASH == \$2* ]] || die "could not compute a bcrypt hash: $HASH"

# the keys the app computes in Java for what it compares by (a claim's province and district by sound, a citation's
# claimant key), by the app's own code, so that the generated rows carry them as rows the app wrote do, and the
# start-up catch-up (db/StartupCatchUp) has nothing to rewrite: a table of (kind, n, key) the data script reads
log "computing the keys of the generated names"
cat >"$WORK/Keys.java" <<'JAVA'
public class Keys {
    public static void main(String[] args) {
        StringBuilder sql = new StringBuilder("INSERT INTO bench_key (kind, n, k) VALUES ");
        for (int n = 0; n < 500; n++) {
            if (n < 30) {
                sql.append(String.format("('p', %d, '%s'), ", n, org.corroborate.claim.Claim.admin1Sound(String.format("Province %02d", n))));
            }
            if (n < 300) {
                sql.append(String.format("('d', %d, '%s'), ", n, org.corroborate.claim.Claim.admin2Sound("District " + n)));
            }
            sql.append(String.format("('w', %d, '%s')%s", n, org.corroborate.claimant.ClaimantNames.key("Witness " + n), n < 499 ? ", " : ";"));
        }
        System.out.println(sql);
    }
}
JAVA
KEYS_SQL=$(java -cp "$(ls "$WORK"/app-*/app/*.jar | head -n 1):$LIB/*" "$WORK/Keys.java")
[[ $KEYS_SQL == "INSERT INTO bench_key"* ]] || die "could not compute the keys: $KEYS_SQL"

JAVA_VERSION=$(java -version 2>&1 | head -n 1)
CPUS=$( (nproc 2>/dev/null || getconf _NPROCESSORS_ONLN) | head -n 1)
MEM_MB=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo 2>/dev/null || echo "?")

# ---------------------------------------------------------------------------------------------------------------------
# data: one SQL script of bulk INSERT ... SELECT over a number range, for H2 (SYSTEM_RANGE) or PostgreSQL
# (generate_series). Claim c's province and status are functions of c, so the wrk scripts know them too:
#   province p = floor(30 u^2), u = (7919 c mod 10007) / 10007: a skewed spread, "Province 00" ≈ 18 % of the
#                claims down to "Province 29" ≈ 1.7 %
#   status     b = 37 c mod 20: OPEN b < 8 (40 %), PROPOSED b < 10 (10 %), APPROVED b < 19 (45 %), RETRACTED (5 %)

DIALECT=h2
range() { # lo hi: the FROM clause yielding X = lo..hi
    if [[ $DIALECT == h2 ]]; then printf 'SYSTEM_RANGE(%d, %d)' "$1" "$2"; else printf 'generate_series(%d, %d) AS g(x)' "$1" "$2"; fi
}
ts() { # seconds-expression: a timestamp that many seconds after 2022-01-01
    if [[ $DIALECT == h2 ]]; then printf "DATEADD(SECOND, %s, TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00')" "$1"
    else printf "(TIMESTAMPTZ '2022-01-01 00:00:00+00' + (%s) * INTERVAL '1 second')" "$1"; fi
}
day() { # days-expression: a date that many days after 2020-01-01
    if [[ $DIALECT == h2 ]]; then printf "DATEADD(DAY, %s, DATE '2020-01-01')" "$1"
    else printf "(DATE '2020-01-01' + CAST(%s AS INTEGER))" "$1"; fi
}
chunked() { # "INSERT ... SELECT ..." total [condition]: the statement once per CHUNK of X = 1..total
    local head=$1 total=$2 where=${3:+ WHERE $3} lo=1 hi
    while ((lo <= total)); do
        hi=$((lo + CHUNK - 1))
        ((hi > total)) && hi=$total
        printf '%s FROM %s%s;\n' "$head" "$(range "$lo" "$hi")" "$where"
        lo=$((hi + 1))
    done
}
# claim-derived expressions of an id expression
province() { printf "CAST(FLOOR(30 * (MOD((%s) * 7919, 10007) / 10007.0) * (MOD((%s) * 7919, 10007) / 10007.0)) AS INTEGER)" "$1" "$1"; }
bucket() { printf "MOD((%s) * 37, 20)" "$1"; }
updated() { ts "MOD(CAST(($1) AS BIGINT) * 104729, 1000003) * 60"; }

data_sql() {
    local n=$CLAIMS b p upd
    b=$(bucket X)
    p=$(province X)
    upd=$(updated X)
    cat <<SQL
-- Corroborate load benchmark data ($DIALECT): $n claims, $CITATIONS citations, $REVIEWS reviews, $SOURCES sources
CREATE TABLE bench_key (kind CHAR(1) NOT NULL, n INT NOT NULL, k VARCHAR(200) NOT NULL, PRIMARY KEY (kind, n));
$KEYS_SQL
INSERT INTO app_user (id, username, password, roles, created_at) VALUES (1, 'load-admin', '$HASH', 'admin', $(ts 0));
INSERT INTO app_user (id, username, password, roles, created_at) VALUES (2, 'load-editor', '$HASH', 'editor', $(ts 0));
INSERT INTO app_user (id, username, password, roles, created_at)
 SELECT 10 + X, 'r' || X, '$HASH', 'reviewer', $(ts X) FROM $(range 1 "$DATA_REVIEWERS");
INSERT INTO app_user (id, username, password, roles, created_at)
 SELECT 1000 + X, 'loadw' || X, '$HASH', 'reviewer', $(ts X) FROM $(range 1 64);
INSERT INTO app_user (id, username, password, roles, created_at)
 SELECT 2000 + X, 'loadwarm' || X, '$HASH', 'reviewer', $(ts X) FROM $(range 1 64);
INSERT INTO app_user (id, username, password, roles, created_at)
 SELECT 3000 + X, 'loadapi' || X, '$HASH', 'reviewer', $(ts X) FROM $(range 1 64);
INSERT INTO app_user (id, username, password, roles, created_at)
 SELECT 4000 + X, 'loadtok' || X, '$HASH', 'reviewer', $(ts X) FROM $(range 1 64);
SQL
    # each row with its search text as the app folds it (input.SearchText), written with the row as the app writes
    # it: these generated texts are ASCII with single spaces, so lower case, fields joined by a line break. (An UPDATE
    # of every row after loading rewrote each claim and source once more: H2's file grew from 2.6 to 4.5 GB and
    # PostgreSQL's tables carried a dead copy of each row, which slowed every random read that followed.)
    local title="'Clashes reported in District ' || MOD(X, 300) || ' as fighting spreads to nearby villages, report ' || X"
    local outlet="'Example Outlet ' || MOD(X, 200)"
    chunked "INSERT INTO source (id, url, title, outlet, author, published_at, kind, language, full_text, created_by, created_at,
 search_text)
 SELECT X, 'https://news' || MOD(X, 200) || '.example.org/2021/report-' || X,
 $title, $outlet, 'Reporter ' || MOD(X, 900), $(day "MOD(X, 1500)"),
 CASE MOD(X, 4) WHEN 0 THEN 'NEWS_MEDIA' WHEN 1 THEN 'WIRE_SERVICE' WHEN 2 THEN 'NGO_REPORT' ELSE 'OFFICIAL_STATEMENT' END,
 'en', NULL, 'r' || (MOD(X, $DATA_REVIEWERS) + 1), $(ts "X * 3000"), LOWER($title || CHR(10) || $outlet)" "$SOURCES"
    local statement="'Armed clash between government forces and an armed group near the market of Town ' || MOD(X, 3000)
 || '; several houses were damaged and residents fled towards the district centre (event ' || X || ').'"
    local actor1="'Military Forces of Examplestan (2019-)'" actor2="'Example Liberation Front ' || MOD(X, 20)"
    local place="'Town ' || MOD(X, 3000)"
    chunked "INSERT INTO claim (id, statement, event_date, date_precision, event_type, sub_event_type, actor1, actor2,
 country, admin1, admin2, place, latitude, longitude, place_precision, fatalities_low, fatalities_best, fatalities_high,
 status, verdict, proposed_by, approved_by, approved_at, created_by, created_at, updated_at, revision, published_at, version,
 admin1_key, admin1_sound, admin2_sound, search_text)
 SELECT X, $statement,
 $(day "MOD(X, 1500)"), 'DAY', 'BATTLES', 'ARMED_CLASH',
 $actor1, $actor2, 'Examplestan',
 'Province ' || LPAD(CAST($p AS VARCHAR), 2, '0'), 'District ' || MOD(X, 300), $place,
 -10 + MOD(X, 2000) / 100.0, 20 + MOD(X, 3000) / 100.0, 'PLACE', 1, 3, 5,
 CASE WHEN $b < 8 THEN 'OPEN' WHEN $b < 10 THEN 'PROPOSED' WHEN $b < 19 THEN 'APPROVED' ELSE 'RETRACTED' END,
 CASE WHEN $b < 8 THEN NULL WHEN MOD(X, 10) < 7 THEN 'VERIFIED' WHEN MOD(X, 10) < 8 THEN 'DISPUTED'
  WHEN MOD(X, 10) < 9 THEN 'FALSE' ELSE 'UNVERIFIABLE' END,
 CASE WHEN $b < 8 THEN NULL ELSE 'r' || (MOD(X, $DATA_REVIEWERS) + 1) END,
 CASE WHEN $b < 10 THEN NULL ELSE 'load-editor' END,
 CASE WHEN $b < 10 THEN NULL ELSE $upd END,
 'r' || (MOD(X * 7, $DATA_REVIEWERS) + 1), $upd, $upd,
 CASE WHEN $b < 10 THEN 0 WHEN $b < 19 THEN 1 ELSE 2 END,
 CASE WHEN $b < 10 THEN NULL ELSE $upd END, 1,
 'province ' || LPAD(CAST($p AS VARCHAR), 2, '0'),
 (SELECT k FROM bench_key WHERE kind = 'p' AND n = $p), (SELECT k FROM bench_key WHERE kind = 'd' AND n = MOD(X, 300)),
 LOWER($statement || CHR(10) || $place || CHR(10) || $actor1 || CHR(10) || $actor2)" "$n"
    chunked "INSERT INTO citation (id, claim_id, source_id, stance, quote, claimant, claimant_is_party, stated_figure,
 created_by, created_at, claimant_key)
 SELECT X, MOD(X - 1, $n) + 1, MOD(X * 7, $SOURCES) + 1,
 CASE MOD(X, 5) WHEN 0 THEN 'CONTEXT' WHEN 1 THEN 'REFUTES' ELSE 'SUPPORTS' END,
 'Residents said the fighting began in the early morning and lasted several hours before the armed group withdrew (quote ' || X || ').',
 'Witness ' || MOD(X, 500), MOD(X, 3) = 0, CAST(MOD(X, 7) AS VARCHAR) || ' killed', 'r' || (MOD(X, $DATA_REVIEWERS) + 1),
 $(updated "MOD(X - 1, $n) + 1"), (SELECT k FROM bench_key WHERE kind = 'w' AND n = MOD(X, 500))" "$CITATIONS"
    # review x: claim (x - 1) mod n + 1, its k-th review with k = (x - 1) / n; reviewer r((5c + k) mod 200 + 1), distinct
    # per claim while a claim has at most 200 reviews
    chunked "INSERT INTO review (id, claim_id, reviewer, rating, rationale, tags, created_at, updated_at)
 SELECT X, MOD(X - 1, $n) + 1, 'r' || (MOD(5 * (MOD(X - 1, $n) + 1) + (X - 1) / $n, $DATA_REVIEWERS) + 1),
 MOD(X * 13, 5) + 1,
 'Two independent outlets and a non-party witness agree on place and date; the toll differs between them.',
 CASE MOD(X, 3) WHEN 0 THEN 'GOOD_SOURCES' WHEN 1 THEN 'FIGURES_CONFLICT,INDEPENDENT_CONFIRMATION' ELSE NULL END,
 $(updated "MOD(X - 1, $n) + 1"), $(updated "MOD(X - 1, $n) + 1")" "$REVIEWS"
    # history: created; proposed (all but OPEN); approved (APPROVED, RETRACTED); retracted
    chunked "INSERT INTO status_change (id, claim_id, from_status, to_status, verdict, changed_by, changed_at, note)
 SELECT X, X, NULL, 'OPEN', NULL, 'r' || (MOD(X * 7, $DATA_REVIEWERS) + 1), $upd, 'Claim created'" "$n"
    chunked "INSERT INTO status_change (id, claim_id, from_status, to_status, verdict, changed_by, changed_at, note)
 SELECT $n + X, X, 'OPEN', 'PROPOSED', 'VERIFIED', 'r' || (MOD(X, $DATA_REVIEWERS) + 1), $upd, 'Two claimants, one independent.'" "$n" "$b >= 8"
    chunked "INSERT INTO status_change (id, claim_id, from_status, to_status, verdict, changed_by, changed_at, note)
 SELECT 2 * $n + X, X, 'PROPOSED', 'APPROVED', 'VERIFIED', 'load-editor', $upd, 'Checked.'" "$n" "$b >= 10"
    chunked "INSERT INTO status_change (id, claim_id, from_status, to_status, verdict, changed_by, changed_at, note)
 SELECT 3 * $n + X, X, 'APPROVED', 'RETRACTED', 'VERIFIED', 'load-editor', $upd, 'A later report contradicts the figures.'" "$n" "$b = 19"
    # the export's log: approval (seq = claim id), retraction (seq = n + claim id)
    chunked "INSERT INTO event_revision (seq, claim_id, revision, status, changed_at, verdict, event_type, event_date, admin1_key, located)
 SELECT X, X, 1, 'APPROVED', $upd, 'VERIFIED', 'BATTLES', $(day "MOD(X, 1500)"), 'province ' || LPAD(CAST($p AS VARCHAR), 2, '0'), TRUE" "$n" "$b >= 10"
    chunked "INSERT INTO event_revision (seq, claim_id, revision, status, changed_at, verdict, event_type, event_date, admin1_key, located)
 SELECT $n + X, X, 2, 'RETRACTED', $upd, 'VERIFIED', 'BATTLES', $(day "MOD(X, 1500)"), 'province ' || LPAD(CAST($p AS VARCHAR), 2, '0'), TRUE" "$n" "$b = 19"
    cat <<SQL
DROP TABLE bench_key;
UPDATE export_clock SET last_seq = (SELECT MAX(seq) FROM event_revision), last_changed_at = (SELECT MAX(changed_at) FROM event_revision) WHERE id = 1;
-- ids were given here, so move the app's pooled sequences (INCREMENT BY 50) past them
ALTER SEQUENCE app_user_seq RESTART WITH 5000;
ALTER SEQUENCE source_seq RESTART WITH $((SOURCES + 100));
ALTER SEQUENCE claim_seq RESTART WITH $((n + 100));
ALTER SEQUENCE citation_seq RESTART WITH $((CITATIONS + 100));
ALTER SEQUENCE review_seq RESTART WITH $((REVIEWS + 100));
ALTER SEQUENCE status_change_seq RESTART WITH $((4 * n + 100));
SQL
    # PostgreSQL: CHECKPOINT writes the loaded data out now; otherwise the checkpointer spreads those writes over
    # the next minutes, which are the measured runs'
    if [[ $DIALECT == h2 ]]; then echo "ANALYZE;"; else echo "VACUUM ANALYZE;"; echo "CHECKPOINT;"; fi
}

# ---------------------------------------------------------------------------------------------------------------------
# instances

APP=""           # the packaged app directory of the scenario
DB_URL=""
PROFILE_ENV=()
INSTANCE_PIDS=()
start_instance() { # name port
    local name=$1 port=$2
    env "${PROFILE_ENV[@]}" \
        QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
        QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" \
        QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" \
        CORROBORATE_DEMO_ENABLED=false QUARKUS_LOG_CONSOLE_COLOR=false \
        java "-Xmx$XMX" $JAVA_OPTS -jar "$APP/quarkus-run.jar" >>"$WORK/$SCENARIO-$name.log" 2>&1 &
    PIDS+=("$!")
    INSTANCE_PIDS+=("$!")
}
wait_ready() { # ports...
    local port deadline
    for port in "$@"; do
        deadline=$((SECONDS + STARTUP_TIMEOUT))
        until curl -fs -m 2 -o /dev/null "http://127.0.0.1:$((port + 1000))/q/health/ready"; do
            ((SECONDS < deadline)) || { tail -n 30 "$WORK/$SCENARIO"-*.log >&2; die "instance on $port not ready in ${STARTUP_TIMEOUT}s"; }
            for pid in "${INSTANCE_PIDS[@]}"; do
                kill -0 "$pid" 2>/dev/null || { tail -n 30 "$WORK/$SCENARIO"-*.log >&2; die "an instance exited during startup"; }
            done
            sleep 0.5
        done
    done
}
wait_caught_up() { # ports...: until each instance has run its start-up catch-up (db/StartupCatchUp: keys and places
    # for rows an older version wrote, which the generated data lacks), so that the measured runs do not share the CPU
    local port deadline=$((SECONDS + STARTUP_TIMEOUT))
    for port in "$@"; do
        until grep -q "Catch-up finished" "$WORK/$SCENARIO-$port.log"; do
            ((SECONDS < deadline)) || die "instance on $port did not finish its start-up catch-up in ${STARTUP_TIMEOUT}s"
            sleep 0.5
        done
    done
}
stop_instances() {
    local pid
    for pid in "${INSTANCE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${INSTANCE_PIDS[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    INSTANCE_PIDS=()
}

# nginx in front of the two instances: deploy/nginx.conf with this run's ports, in a config of its own (one worker,
# no access log, files under $WORK/nginx), not the system's
NGINX_PID=""
start_nginx() {
    local dir=$WORK/nginx
    rm -rf "$dir"
    mkdir -p "$dir"
    sed -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/; s/127.0.0.1:8082/127.0.0.1:$PORT_B/; s/listen 80;/listen 127.0.0.1:$PORT_PROXY;/" \
        deploy/nginx.conf >"$dir/corroborate.conf"
    cat >"$dir/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    include $dir/corroborate.conf;
}
NGINX
    nginx -p "$dir" -c "$dir/nginx.conf" &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    for _ in $(seq 1 20); do
        curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT_PROXY/login" && return 0
        sleep 0.5
    done
    cat "$dir/error.log" >&2
    die "nginx did not answer on $PORT_PROXY"
}
stop_nginx() {
    if [[ -n $NGINX_PID ]]; then
        kill "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
}

# ---------------------------------------------------------------------------------------------------------------------
# sign-ins: the pages are behind the form login; the CSRF token comes from a claim page

jar_value() { # jar cookie-name
    awk -v n="$2" '$6 == n { v = $7 } END { print v }' "$1"
}
sign_in() { # base user jar -> prints the Cookie header and the CSRF token, tab-separated
    local base=$1 user=$2 jar=$3 answer page token
    rm -f "$jar"
    answer=$(curl -s -m 30 -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "j_username=$user" --data-urlencode "j_password=$PASSWORD" "$base/j_security_check")
    case $answer in 302\ *error*|[!3]*) die "sign-in of $user answered $answer" ;; esac
    # an OPEN claim's page has the review form and its token
    page=$(curl -s -m 30 -b "$jar" -c "$jar" -w '\n%{http_code}' "$base/claims/$OPEN_CLAIM")
    [[ $(tail -n 1 <<<"$page") == 200 ]] || die "claim page for $user answered $(tail -n 1 <<<"$page")"
    token=$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
    [[ -n $token ]] || die "no CSRF token on the claim page for $user"
    printf 'quarkus-credential=%s; csrf-token=%s\t%s\n' "$(jar_value "$jar" quarkus-credential)" "$(jar_value "$jar" csrf-token)" "$token"
}
# the first OPEN claim: (37 c mod 20) < 8
OPEN_CLAIM=$(awk 'BEGIN { for (c = 1; ; c++) if ((37 * c) % 20 < 8) { print c; exit } }')

# ---------------------------------------------------------------------------------------------------------------------
# wrk runs

RESULTS=$WORK/results.tsv
: >"$RESULTS"

# CPU used during a run, in % of one core (200 % = both cores busy): the instances, PostgreSQL (every process of the
# server's user, when it runs here), and the rest of the machine (wrk, nginx, anything else running)
TICK=$(getconf CLK_TCK)
ticks_of() { # pids...: utime + stime
    local pid sum=0 t
    for pid in "$@"; do
        t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || t=0
        sum=$((sum + ${t:-0}))
    done
    echo "$sum"
}
cpu_snapshot() { # -> "machine-busy app db" ticks
    local busy db_pids
    busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)
    db_pids=$(pgrep -u postgres 2>/dev/null | tr '\n' ' ' || true)
    # shellcheck disable=SC2086
    echo "$busy $(ticks_of "${INSTANCE_PIDS[@]}") $(ticks_of $db_pids)"
}
cpu_split() { # before after seconds -> "cpu_app=.. cpu_db=.. cpu_rest=.."
    local b=($1) a=($2) secs=$3
    awk -v t="$TICK" -v s="$secs" -v busy=$((a[0] - b[0])) -v app=$((a[1] - b[1])) -v db=$((a[2] - b[2])) 'BEGIN {
        f = 100 / t / s
        printf "cpu_app=%.0f cpu_db=%.0f cpu_rest=%.0f", app * f, db * f, (busy - app - db) * f }'
}

# run label lua threads connections duration [extra env...]: runs wrk, prints its LOADRESULT line
run_wrk() {
    local label=$1 lua=$2 t=$3 c=$4 d=$5
    shift 5
    local secs=${d%s}
    local out="$WORK/$SCENARIO-$label.wrk" pid
    if [[ ${LOAD_JFR:-0} == 1 && $label != *warmup ]]; then
        for pid in "${INSTANCE_PIDS[@]}"; do
            jcmd "$pid" JFR.start name=load settings=profile filename="$WORK/$SCENARIO-$label-$pid.jfr" >/dev/null
        done
    fi
    local cpu0 cpu1 t0 t1
    cpu0=$(cpu_snapshot)
    t0=$(date +%s.%N)
    env LOAD_HOSTS="$HOSTS" LOAD_CLAIMS="$CLAIMS" LOAD_WRITE_POOL="$WRITE_POOL" "$@" \
        timeout $((secs + 60)) wrk -t"$t" -c"$c" -d"$d" --timeout 10s --latency -s "bench/load/$lua" "$BASE" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk $label failed"; }
    t1=$(date +%s.%N)
    cpu1=$(cpu_snapshot)
    sed -i "s/^LOADRESULT .*/& $(cpu_split "$cpu0" "$cpu1" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")/" "$out"
    if [[ ${LOAD_JFR:-0} == 1 && $label != *warmup ]]; then
        for pid in "${INSTANCE_PIDS[@]}"; do jcmd "$pid" JFR.stop name=load >/dev/null; done
    fi
    grep '^LOADRESULT' "$out" || { cat "$out" >&2; die "no result line from wrk $label"; }
}
field() { # LOADRESULT-line name
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}
errors() { # LOADRESULT-line: socket errors, timeouts, and answers that were not the expected ones
    local bad non2xx
    bad=$(field "$1" bad)
    non2xx=$(field "$1" non2xx3xx)
    ((bad < non2xx)) && bad=$non2xx
    echo $(($(field "$1" socket_errors) + $(field "$1" timeouts) + bad))
}
record() { # what line note
    local what=$1 line=$2 note=${3:-}
    local cpu
    cpu="$(field "$line" cpu_app) / $(field "$line" cpu_db) / $(field "$line" cpu_rest)"
    [[ $SCENARIO == h2* ]] && cpu="$(field "$line" cpu_app) / – / $(field "$line" cpu_rest)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCENARIO" "$what" "$(field "$line" rps)" "$(field "$line" p50_ms)" \
        "$(field "$line" p99_ms)" "$(field "$line" requests)" \
        "$(errors "$line")" \
        "$(field "$line" max_ms)" "$note" "$cpu" >>"$RESULTS"
    log "$SCENARIO $what: $line"
}

# the sum of a Prometheus counter over the scenario's instances; a name with labels ('name{label="value"') matches
# the lines it begins
metric_sum() { # name ports...
    local name=$1 sum=0 port v
    shift
    for port in "$@"; do
        v=$(curl -fs -m 10 "http://127.0.0.1:$((port + 1000))/q/metrics" | awk -v n="$name" '$1 == n || index($1, n "{") == 1 || (n ~ /\{/ && index($1, n) == 1) { s += $2 } END { printf "%d", s }')
        sum=$((sum + v))
    done
    echo "$sum"
}

# ---------------------------------------------------------------------------------------------------------------------
# "none lost": each reviewer's log against the stored reviews. A pair (reviewer, claim) must hold the last write
# answered as saved (303 from the form, 200 or 201 from the API), or a later write that got no answer (sent when the
# run ended or the connection broke).
# stdin: the stored "reviewer claim seq" rows of the measured writers; $1: the log directory; $2: the statuses that
# mean saved, as a regular expression (default 303)
verify_writes() {
    local logs=$1 saved=${2:-^303$}
    for f in "$logs"/*.log; do
        awk -v u="$(basename "$f" .log)" -v saved="$saved" '
            $1 == "S" { if (open) unanswered(); c = $2; s = $3; open = 1; next }
            $1 == "A" { if (open && $2 ~ saved) { last[c] = s; ans++ } else if (open) refused++; open = 0; next }
            function unanswered() { if (s > late[c]) late[c] = s; noans++ }
            END {
                if (open) unanswered()
                for (c in last) print "E", u, c, last[c], (late[c] > last[c] ? late[c] : 0)
                for (c in late) if (!(c in last)) print "E", u, c, 0, late[c]
                print "T", u, ans + 0, refused + 0, noans + 0
            }' "$f"
    done >"$logs/expected.txt"
    awk '
        FNR == NR { if ($1 == "E") { key = $2 " " $3; want[key] = $4; late[key] = $5 } else { ans += $3; refused += $4; noans += $5 }; next }
        { key = $1 " " $2; if (!(key in got)) rows++; got[key] = $3 }
        END {
            for (k in want) {
                pairs++
                if (!(k in got)) { if (want[k] > 0) { lost++; print "lost: " k " answered seq " want[k] " not stored" > "/dev/stderr" } continue }
                if (got[k] == want[k] || (late[k] > 0 && got[k] == late[k])) ok++
                else { lost++; print "lost: " k " stored seq " got[k] ", last answered " want[k] > "/dev/stderr" }
            }
            for (k in got) if (!(k in want)) { unexpected++; print "unexpected row: " k > "/dev/stderr" }
            printf "answered=%d refused=%d unanswered=%d pairs=%d rows=%d ok=%d lost=%d unexpected=%d\n",
                ans, refused, noans, pairs, rows, ok, lost + 0, unexpected + 0
        }' "$logs/expected.txt" -
}
# the measured writers' reviews: the form's (loadw1..) and the token scripts' (loadtok1..)
stored_reviews_sql="SELECT reviewer, claim_id, rationale FROM review WHERE (reviewer LIKE 'loadw%' AND reviewer NOT LIKE 'loadwarm%') OR reviewer LIKE 'loadtok%'"
# rationale "load write <user> seq <n> rating <r>: ..." -> "user claim n", of the writers named by $1 (a prefix)
stored_to_rows() { sed -n "s/^\\($1[0-9]*\\)[ |]*\\([0-9]*\\)[ |]*load write [^ ]* seq \\([0-9]*\\) rating.*/\\1 \\2 \\3/p"; }

# ---------------------------------------------------------------------------------------------------------------------
# one scenario: the instances are running on $HOSTS; read runs, then write runs, then the check

# Sessions are renewed once a minute (corroborate.session.renew-after) with a new cookie, which a browser keeps but
# wrk does not: every request of a run would then renew again. So each warm-up and each measured run signs in
# afresh just before it.
sign_in_reader() {
    local reader
    reader=$(sign_in "$BASE" r1 "$WORK/jar")
    export LOAD_COOKIE=${reader%%$'\t'*}
}
sign_in_writers() { # prefix file ports...
    local prefix=$1 file=$2 i port cred
    shift 2
    local ports=("$@")
    : >"$file"
    for i in $(seq 1 "$CONNS"); do
        # writer i signs in on the instance its wrk thread will use, as a browser would have
        port=${ports[$(((i - 1) % ${#ports[@]}))]}
        cred=$(sign_in "${PROXY:-http://127.0.0.1:$port}" "$prefix$i" "$WORK/jar")
        printf '%s%d\t%s\n' "$prefix" "$i" "$cred" >>"$file"
    done
}

# Claims changed behind the instances' back (what another instance's edits look like to them): one psql session
# moving a random OPEN claim to the top of its province's list, CLAIM_WRITES times a second, until stopped.
claim_writes_start() {
    : >"$WORK/claim-writes.done"
    (
        while :; do
            printf 'UPDATE claim SET updated_at = CURRENT_TIMESTAMP WHERE id = %d;\n\\echo done\n' $(( (RANDOM * 32768 + RANDOM) % CLAIMS + 1 ))
            sleep "$(awk -v n="$CLAIM_WRITES" 'BEGIN { print 1 / n }')"
        done | psql -q -v ON_ERROR_STOP=1 -d "$PG_DB" >>"$WORK/claim-writes.done"
    ) &
    CLAIM_WRITER=$!
}
claim_writes_stop() {
    pkill -P "$CLAIM_WRITER" 2>/dev/null || true
    kill "$CLAIM_WRITER" 2>/dev/null || true
    wait "$CLAIM_WRITER" 2>/dev/null || true
    CLAIM_WRITES_DONE=$(grep -c '^done' "$WORK/claim-writes.done" || true)
    CLAIM_WRITER=""
}

measure() {
    local ports=("$@") line i before after
    log "$SCENARIO: signing in the reader"
    sign_in_reader
    : >"$WORK/api-writers.txt"
    for i in $(seq 1 "$CONNS"); do
        printf 'loadapi%d\tBasic %s\n' "$i" "$(printf 'loadapi%d:%s' "$i" "$PASSWORD" | base64 | tr -d '\n')" \
            >>"$WORK/api-writers.txt"
    done

    # what the list answers: 200 with 50 rows of the asked status, for each province
    local p found rows_shown counts=""
    for p in 00 07 15 29; do
        page=$(curl -s -m 30 -H "Cookie: $LOAD_COOKIE" -w '\n%{http_code}' "$BASE/claims?status=OPEN&admin1=Province+$p&size=50")
        [[ $(tail -n 1 <<<"$page") == 200 ]] || die "the claim list answered $(tail -n 1 <<<"$page")"
        found=$(sed -n 's/.*Claims found: \([0-9]*\).*/\1/p' <<<"$page")
        rows_shown=$(grep -c '<tr>' <<<"$page" || true)
        counts+="Province $p: $found found, $((rows_shown - 1)) rows shown; "
    done
    log "$SCENARIO: OPEN claims per province: $counts"
    LIST_COUNTS=$counts

    log "$SCENARIO: claim list, warm-up $WARMUP then $DURATION"
    sign_in_reader
    run_wrk list-warmup list.lua "$THREADS" "$CONNS" "$WARMUP" >/dev/null
    sign_in_reader
    line=$(run_wrk list list.lua "$THREADS" "$CONNS" "$DURATION")
    record "claim list (status + province, 50 rows)" "$line"
    if [[ $SCENARIO == pg* && $CLAIM_WRITES != 0 ]]; then
        log "$SCENARIO: claim list while $CLAIM_WRITES claims a second change elsewhere, $DURATION"
        sign_in_reader
        claim_writes_start
        line=$(run_wrk list-changing list.lua "$THREADS" "$CONNS" "$DURATION")
        claim_writes_stop
        ((CLAIM_WRITES_DONE > 0)) || die "the claim writer changed no claim (see $WORK/claim-writes.done)"
        record "claim list while claims change ($CLAIM_WRITES/s, by SQL)" "$line" \
            "$CLAIM_WRITES_DONE claims changed during the run: each change drops the instances' remembered pages"
    fi

    log "$SCENARIO: claim page, warm-up $WARMUP then $DURATION"
    sign_in_reader
    run_wrk page-warmup page.lua "$THREADS" "$CONNS" "$WARMUP" >/dev/null
    sign_in_reader
    line=$(run_wrk page page.lua "$THREADS" "$CONNS" "$DURATION")
    record "claim page (random claim)" "$line"

    # the cookie still signs in after the runs (a 302 to the login page would not count as an error in wrk)
    [[ $(curl -s -m 30 -o /dev/null -w '%{http_code}' -H "Cookie: $LOAD_COOKIE" "$BASE/claims?status=OPEN&size=50") == 200 ]] \
        || die "the reader's cookie no longer signs in"

    log "$SCENARIO: review writes (form), warm-up $WARMUP with other reviewers, then $DURATION"
    mkdir -p "$WORK/$SCENARIO-warm-log" "$WORK/$SCENARIO-write-log"
    rm -f "$WORK/$SCENARIO-warm-log"/* "$WORK/$SCENARIO-write-log"/*
    log "$SCENARIO: signing in $CONNS reviewers for the warm-up"
    sign_in_writers loadwarm "$WORK/warmers.tsv" "${ports[@]}"
    run_wrk writes-warmup writes.lua "$CONNS" "$CONNS" "$WARMUP" LOAD_WRITERS="$WORK/warmers.tsv" \
        LOAD_WRITE_LOG="$WORK/$SCENARIO-warm-log" >/dev/null
    log "$SCENARIO: signing in $CONNS reviewers for the measured run"
    sign_in_writers loadw "$WORK/writers.tsv" "${ports[@]}"
    before=$(metric_sum corroborate_reviews_written_total "${ports[@]}")
    line=$(run_wrk writes writes.lua "$CONNS" "$CONNS" "$DURATION" LOAD_WRITERS="$WORK/writers.tsv" \
        LOAD_WRITE_LOG="$WORK/$SCENARIO-write-log")
    sleep 2 # let a request still in flight when wrk stopped finish
    after=$(metric_sum corroborate_reviews_written_total "${ports[@]}")
    WRITE_LINE=$line
    WRITTEN_COUNTER=$((after - before))

    if [[ $API_DURATION != 0 && $API_DURATION != 0s ]]; then
        log "$SCENARIO: API review writes (HTTP Basic), $API_DURATION"
        line=$(run_wrk api-writes api-writes.lua "$CONNS" "$CONNS" "$API_DURATION" LOAD_API_WRITERS="$WORK/api-writers.txt")
        API_LINE=$line
    fi
    if ((TOKEN_SCRIPTS > 0)); then
        measure_tokens
    fi
}

# API tokens: one POST /api/tokens with Basic per account (the only bcrypt checks of the token runs)
make_token() { # username scope
    local answer
    answer=$(curl -s -m 30 -u "$1:$PASSWORD" -H 'Content-Type: application/json' \
        -d "{\"name\":\"load bench\",\"scope\":\"$2\"}" "$BASE/api/tokens")
    sed -n 's/.*"token":"\(crb_[A-Za-z0-9_-]*\)".*/\1/p' <<<"$answer" | grep . || die "no token for $1: $answer"
}

# Review writes from TOKEN_SCRIPTS scripts, each with a write token of its own account (the warm-up's accounts are
# others, loadapi1.., so that the measured writers' reviews are only the measured run's), each logging its writes for
# the "none lost" check; then the API's reads with a read token (the claim, the filtered list), each after a warm-up
CANDIDATES_NOTE=""
measure_tokens() {
    local i line
    log "$SCENARIO: API tokens for $TOKEN_SCRIPTS scripts and as many for the warm-up"
    : >"$WORK/token-warmers.txt"
    : >"$WORK/token-writers.txt"
    for i in $(seq 1 "$TOKEN_SCRIPTS"); do
        printf 'loadapi%d\tBearer %s\n' "$i" "$(make_token "loadapi$i" write)" >>"$WORK/token-warmers.txt"
        printf 'loadtok%d\tBearer %s\n' "$i" "$(make_token "loadtok$i" write)" >>"$WORK/token-writers.txt"
    done
    mkdir -p "$WORK/$SCENARIO-token-log"
    rm -f "$WORK/$SCENARIO-token-log"/*
    log "$SCENARIO: API review writes with tokens ($TOKEN_SCRIPTS scripts), warm-up $TOKEN_WARMUP then $DURATION"
    run_wrk token-writes-warmup api-writes.lua "$TOKEN_SCRIPTS" "$TOKEN_SCRIPTS" "$TOKEN_WARMUP" \
        LOAD_API_WRITERS="$WORK/token-warmers.txt" >/dev/null
    TOKEN_WRITE_LINE=$(run_wrk token-writes api-writes.lua "$TOKEN_SCRIPTS" "$TOKEN_SCRIPTS" "$DURATION" \
        LOAD_API_WRITERS="$WORK/token-writers.txt" LOAD_WRITE_LOG="$WORK/$SCENARIO-token-log")
    sleep 2 # let a request still in flight when wrk stopped finish
    local reader
    reader=$(make_token r1 read)
    TOKEN_READ_LINES=()
    for mode in claim list; do
        log "$SCENARIO: API reads with a token ($mode), warm-up $TOKEN_WARMUP then $DURATION"
        run_wrk "token-$mode-warmup" api-reads.lua "$THREADS" "$CONNS" "$TOKEN_WARMUP" LOAD_BEARER="$reader" \
            LOAD_API_READ="$mode" >/dev/null
        local together before after
        together=$(metric_sum 'corroborate_claim_reads_total{candidates="together"' "${ports[@]}")
        before=$(metric_sum corroborate_claim_reads_total "${ports[@]}")
        line=$(run_wrk "token-$mode" api-reads.lua "$THREADS" "$CONNS" "$DURATION" LOAD_BEARER="$reader" \
            LOAD_API_READ="$mode")
        TOKEN_READ_LINES+=("$line")
        together=$(($(metric_sum 'corroborate_claim_reads_total{candidates="together"' "${ports[@]}") - together))
        after=$(metric_sum corroborate_claim_reads_total "${ports[@]}")
        if [[ $mode == claim ]]; then
            CANDIDATES_NOTE="$together of $((after - before)) reads had the candidates read in the claim's round trip (a claim read before, in the warm-ups or the page runs)"
        fi
    done
}

# "answered … lost: N" for one group of writers: $1 the log directory, $2 the saved statuses, $3 the writers' prefix;
# the stored rows in $WORK/$SCENARIO-stored.txt
lost_note() {
    local v answered unanswered lost pairs rows unexpected
    v=$(stored_to_rows "$3" <"$WORK/$SCENARIO-stored.txt" | verify_writes "$1" "$2" 2>>"$WORK/$SCENARIO-verify.txt")
    log "$SCENARIO writes check ($3): $v"
    answered=$(field " $v" answered)
    unanswered=$(field " $v" unanswered)
    lost=$(field " $v" lost)
    pairs=$(field " $v" pairs)
    rows=$(field " $v" rows)
    unexpected=$(field " $v" unexpected)
    LOST_ROWS=$rows
    LOST_NOTE="$answered answered as saved ($unanswered unanswered at the end); $rows reviews stored for $pairs (reviewer, claim) pairs written; lost: $lost"
    ((unexpected > 0)) && LOST_NOTE+=", unexpected rows: $unexpected"
    return 0
}

check_writes() { # the stored rows of the measured writers on stdin
    cat >"$WORK/$SCENARIO-stored.txt"
    : >"$WORK/$SCENARIO-verify.txt"
    lost_note "$WORK/$SCENARIO-write-log" '^303$' loadw
    log "$SCENARIO reviews written (app counter): $WRITTEN_COUNTER"
    record "review writes (form, ${CONNS} signed-in reviewers)" "$WRITE_LINE" \
        "$LOST_NOTE; the app counted $WRITTEN_COUNTER writes, so $((WRITTEN_COUNTER > LOST_ROWS ? WRITTEN_COUNTER - LOST_ROWS : 0)) replaced a review"
    if [[ -n ${API_LINE:-} ]]; then
        record "review writes (API, HTTP Basic, $API_DURATION)" "$API_LINE" "bcrypt per request"
        API_LINE=""
    fi
    if [[ -n ${TOKEN_WRITE_LINE:-} ]]; then
        lost_note "$WORK/$SCENARIO-token-log" '^20[01]$' loadtok
        record "review writes (API, tokens, $TOKEN_SCRIPTS scripts)" "$TOKEN_WRITE_LINE" \
            "one SHA-256 per request; $LOST_NOTE"
        record "GET /api/claims/{id} (read token)" "${TOKEN_READ_LINES[0]}" "$CANDIDATES_NOTE"
        record "GET /api/claims (status + province, 50 rows; read token)" "${TOKEN_READ_LINES[1]}"
        TOKEN_WRITE_LINE=""
    fi
}

# ---------------------------------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
PG_READY=0
GEN_INFO=""
LIST_COUNTS=""
for SCENARIO in $SCENARIOS; do
    db=${SCENARIO%%-*}
    count=${SCENARIO#*-}
    count=${count%%-*}
    APP=$WORK/app-$db
    rm -f "$WORK/$SCENARIO"-*.log
    if [[ $db == h2 ]]; then
        DIALECT=h2
        dir=$WORK/h2
        rm -rf "$dir"
        mkdir -p "$dir"
        DB_URL="jdbc:h2:file:$dir/load;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64" # the default url's options
        PROFILE_ENV=(QUARKUS_DATASOURCE_USERNAME=corroborate)
        log "$SCENARIO: schema (Flyway, by starting the app once)"
        start_instance schema "$PORT_A"; wait_ready "$PORT_A"; stop_instances
        log "$SCENARIO: generating data"
        data_sql >"$dir/data.sql"
        t0=$SECONDS
        timeout 1800 java -Xmx1g -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$dir/load" -user corroborate -password "" \
            -script "$dir/data.sql" || die "H2 data generation failed"
        GEN_INFO+="H2: generated in $((SECONDS - t0)) s, $(du -sm "$dir" | cut -f 1) MB on disk. "
        log "$SCENARIO: data generated in $((SECONDS - t0))s, database $(du -sm "$dir" | cut -f 1) MB"
    else
        DIALECT=pg
        DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB"
        PROFILE_ENV=(QUARKUS_PROFILE=postgres QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}")
        if ((PG_READY == 0)); then
            dropdb --if-exists "$PG_DB"
            createdb "$PG_DB"
            PG_CREATED=1
            log "$SCENARIO: schema (Flyway, by starting the app once)"
            start_instance schema "$PORT_A"; wait_ready "$PORT_A"; stop_instances
            log "$SCENARIO: generating data"
            data_sql >"$WORK/pg-data.sql"
            t0=$SECONDS
            timeout 1800 psql -q -v ON_ERROR_STOP=1 -d "$PG_DB" -f "$WORK/pg-data.sql" >/dev/null || die "PostgreSQL data generation failed"
            GEN_INFO+="PostgreSQL: generated in $((SECONDS - t0)) s (with VACUUM ANALYZE and CHECKPOINT), $(psql -Atc "SELECT pg_database_size('$PG_DB') / 1048576" -d "$PG_DB") MB; the server's shared_buffers $(psql -Atc "SHOW shared_buffers" -d "$PG_DB") (docs/DEPLOYMENT.md). "
            if (($(psql -Atc "SELECT setting::bigint * 8192 < pg_database_size('$PG_DB') FROM pg_settings WHERE name = 'shared_buffers'" -d "$PG_DB" | grep -c t) > 0)); then
                log "$SCENARIO: WARNING: the server's shared_buffers ($(psql -Atc "SHOW shared_buffers" -d "$PG_DB")) hold less than the database: random reads copy pages from the OS cache (docs/DEPLOYMENT.md)"
            fi
            log "$SCENARIO: data generated in $((SECONDS - t0))s, database $(psql -Atc "SELECT pg_database_size('$PG_DB') / 1048576" -d "$PG_DB") MB"
            PG_READY=1
        else
            # the previous scenario's writers' reviews go, so this one's writers start without reviews again
            psql -q -v ON_ERROR_STOP=1 -d "$PG_DB" -c "DELETE FROM review WHERE reviewer LIKE 'load%'" -c "VACUUM ANALYZE review" -c "CHECKPOINT" >/dev/null
        fi
    fi
    ports=("$PORT_A")
    ((count == 2)) && ports+=("$PORT_B")
    HOSTS=$(printf '127.0.0.1:%s,' "${ports[@]}"); HOSTS=${HOSTS%,}
    BASE="http://127.0.0.1:$PORT_A"
    PROXY=""
    log "$SCENARIO: starting ${#ports[@]} instance(s) (-Xmx$XMX $JAVA_OPTS)"
    for p in "${ports[@]}"; do start_instance "$p" "$p"; done
    wait_ready "${ports[@]}"
    t0=$SECONDS
    wait_caught_up "${ports[@]}"
    log "$SCENARIO: ready; start-up catch-up done $((SECONDS - t0))s after ready"
    if [[ $SCENARIO == *nginx ]]; then
        start_nginx
        HOSTS="127.0.0.1:$PORT_PROXY"
        BASE="http://127.0.0.1:$PORT_PROXY"
        PROXY=$BASE
    fi
    measure "${ports[@]}"
    stop_nginx
    if [[ $db == h2 ]]; then
        stop_instances # the embedded database is readable only once the app has closed it
        java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$dir/load" -user corroborate -password "" \
            -sql "$stored_reviews_sql" | check_writes
    else
        psql -At -F ' ' -d "$PG_DB" -c "$stored_reviews_sql" | check_writes
        stop_instances
    fi
done
LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------------------------
# report

report() {
    echo "| scenario | run | req/s | p50 ms | p99 ms | max ms | requests | errors | CPU % app / db / rest | notes |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---|---|"
    awk -F '\t' '{ printf "| %s | %s | %.0f | %.1f | %.1f | %.0f | %d | %d | %s | %s |\n", $1, $2, $3, $4, $5, $8, $6, $7, $10, $9 }' "$RESULTS"
    echo
    echo "Machine: $CPUS CPUs, $MEM_MB MB RAM, $JAVA_VERSION; each instance -Xmx$XMX ${JAVA_OPTS:-(default collector)}; wrk $DURATION per run after a $WARMUP warm-up;"
    echo "reads wrk -t$THREADS -c$CONNS, writes wrk -t$CONNS -c$CONNS. CPU % is of one core (200 = both cores): the instances, PostgreSQL,"
    echo "the rest (wrk, nginx, anything else). Load average (1/5/15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER."
    echo "Data: $GEN_INFO"
    echo "The list's filter, OPEN claims: $LIST_COUNTS"
    [[ -n $NOTE ]] && echo "$NOTE"
    return 0
}
TABLE=$(report)
echo
echo "$TABLE"

if [[ $DOC != "-" ]]; then
    begin="<!-- load-bench:begin -->"
    end="<!-- load-bench:end -->"
    section=$(printf '%s\n_Generated by `bench/load-bench.sh %s` on %s (%s claims, %s citations, %s reviews)._\n\n%s\n%s' \
        "$begin" "$SCENARIOS" "$(date -u +%Y-%m-%dT%H:%MZ)" "$CLAIMS" "$CITATIONS" "$REVIEWS" "$TABLE" "$end")
    write_section "$DOC" "$begin" "$end" "$section"
    log "wrote the results to $DOC"
fi
