#!/usr/bin/env bash
# Kills the packaged app with SIGKILL while reviewers are writing, restarts it on the same database, and checks
# that every write that was answered 2xx is there and nothing is half-written. ROUNDS times on the embedded H2
# file database (the default build), then ROUNDS times on PostgreSQL (the postgres build, a database of its own).
#
# Each of WRITERS reviewers writes, over the API and one after the other: a source, a claim (its row and its
# first history entry), a citation of that source on that claim, and the reviewer's review of it; then again.
# Each answer is logged. After KILL_MIN..KILL_MAX seconds the app gets SIGKILL; it is started again and:
#   - every source, claim, citation and review answered 2xx before the kill (this round or any earlier) is there,
#     with what was written (url, statement, author, claimant, rating);
#   - no claim is half-written: each has its history and it starts with OPEN, each citation's source exists.
# Needs java 17, curl, jq, openssl and, for PostgreSQL, createdb/dropdb reaching the server.
#
#   bench/durability-check.sh                 # both databases
#   DATABASES=h2 bench/durability-check.sh    # or pg
#   SKIP_BUILD=1 DATABASES=h2 ...             # uses target/quarkus-app as built (for that database)
#
# Settings (environment): DATABASES ("h2 pg"), ROUNDS (3), WRITERS (8), KILL_MIN (4), KILL_MAX (12), PORT (18580,
# management +1000), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, DURABILITY_DB
# (corroborate_durability, dropped and created afresh), JAVA_OPTS for the app (-Xmx256m). Exits non-zero when a
# check fails; bounded by DURABILITY_TIMEOUT seconds (1800).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DATABASES=${DATABASES:-h2 pg}
ROUNDS=${ROUNDS:-3}
WRITERS=${WRITERS:-8}
KILL_MIN=${KILL_MIN:-4}
KILL_MAX=${KILL_MAX:-12}
PORT=${PORT:-18580}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DURABILITY_DB=${DURABILITY_DB:-corroborate_durability}
DURABILITY_TIMEOUT=${DURABILITY_TIMEOUT:-1800}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
ADMIN=durability-admin
ADMIN_PW=$(openssl rand -hex 12)
PW=durability-pw-$(openssl rand -hex 6)
SESSION_KEY=$(openssl rand -base64 48)
APP_PID=
WATCHDOG=

cleanup() {
    local rc=$?
    set +e
    rm -f "$WORK/writing"
    [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null
    [ -n "$WATCHDOG" ] && kill $(ps -o pid= --ppid "$WATCHDOG") "$WATCHDOG" 2>/dev/null
    wait 2>/dev/null || true
    case " $DATABASES " in *" pg "*) dropdb --if-exists "$DURABILITY_DB" 2>/dev/null || true ;; esac
    if [ "$rc" -ne 0 ]; then echo "kept $WORK (logs, write logs)"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'echo "durability-check: interrupted or timed out (DURABILITY_TIMEOUT ${DURABILITY_TIMEOUT}s)"; exit 130' INT TERM
# the watchdog writes nothing, so no pipe waits for its sleep; the TERM trap says why the script stops
( exec >/dev/null 2>&1; sleep "$DURABILITY_TIMEOUT"; kill -TERM $$ ) &
WATCHDOG=$!
fail() { echo "FAIL: $*"; exit 1; }

call() { # user method path [json]: prints "<status> <body>"; status 000 when there was no answer
    local user=$1 method=$2 path=$3 body=${4:-} pw=$PW out
    [ "$user" = "$ADMIN" ] && pw=$ADMIN_PW
    out=$(curl -s -m 20 -w '\n%{http_code}' -u "$user:$pw" -X "$method" -H 'Content-Type: application/json' \
        -H 'Accept: application/json' ${body:+--data "$body"} "$BASE$path" || true)
    printf '%s %s' "${out##*$'\n'}" "${out%$'\n'*}"
}

CLAIM_FIELDS='"eventDate":"2017-07-28","datePrecision":"DAY","eventType":"BATTLES","subEventType":"GOVERNMENT_REGAINS_TERRITORY","actor1":"Military Forces of Afghanistan","actor2":"Taliban","location":{"country":"Afghanistan","admin1":"Ghor","admin2":"Taywara","place":"Taywara district centre","latitude":33.35,"longitude":64.42,"precision":"ADMIN2"},"fatalities":{"low":50,"best":59,"high":59}'

writer() { # i round: one reviewer writing until the flag file goes; every answered write is logged
    local i=$1 round=$2 user="durability-r$1" seq=0 out="$WORK/writes-$1" answer status body sid cid rating marker
    while [ -f "$WORK/writing" ]; do
        seq=$((seq + 1))
        marker="d$round-w$i-$seq"
        answer=$(call "$user" POST /api/sources "{\"url\":\"https://durability.example.org/$marker\",\"title\":\"Report $marker\",\"outlet\":\"Durability Wire\",\"kind\":\"NEWS_MEDIA\",\"language\":\"en\",\"publishedAt\":\"2017-07-29\"}")
        status=${answer%% *}; body=${answer#* }
        [ "$status" = 201 ] || { echo "failed source $marker $status" >>"$out"; break; }
        sid=$(jq -r .id <<<"$body"); echo "source $marker $sid" >>"$out"
        answer=$(call "$user" POST /api/claims "{\"statement\":\"Durability $marker: government forces retook the district centre.\",$CLAIM_FIELDS}")
        status=${answer%% *}; body=${answer#* }
        [ "$status" = 201 ] || { echo "failed claim $marker $status" >>"$out"; break; }
        cid=$(jq -r .id <<<"$body"); echo "claim $marker $cid $user" >>"$out"
        answer=$(call "$user" POST "/api/claims/$cid/citations" "{\"sourceId\":$sid,\"stance\":\"SUPPORTS\",\"quote\":\"nearly 59 killed\",\"claimant\":\"claimant $marker\",\"claimantIsParty\":false,\"statedFigure\":\"nearly 59\"}")
        status=${answer%% *}
        [ "$status" = 201 ] || { echo "failed citation $marker $status" >>"$out"; break; }
        echo "citation $marker $cid $sid" >>"$out"
        rating=$((seq % 5 + 1))
        answer=$(call "$user" PUT "/api/claims/$cid/reviews/mine" "{\"rating\":$rating,\"rationale\":\"Durability round $round.\",\"tags\":[]}")
        status=${answer%% *}
        case "$status" in 200|201) echo "review $marker $cid $rating $user" >>"$out" ;; *) echo "failed review $marker $status" >>"$out"; break ;; esac
    done
}

verify() { # checks every logged write of every round so far; prints a one-line account
    local claims=0 missing=0 half=0 all_ids ids id json page total
    # what was answered 2xx, by claim: fetch each claim once
    awk '$1 == "claim" { print $3 }' "$WORK"/all-writes 2>/dev/null | sort -n -u >"$WORK/acked-claims"
    while read -r id; do
        json=$(call "$ADMIN" GET "/api/claims/$id"); [ "${json%% *}" = 200 ] || { echo "   missing: claim $id"; missing=$((missing + 1)); continue; }
        printf '%s\n' "${json#* }" >"$WORK/claim-$id.json"
    done <"$WORK/acked-claims"
    while read -r kind marker a b c; do
        case "$kind" in
        source)
            json=$(call "$ADMIN" GET "/api/sources/$a")
            [ "${json%% *}" = 200 ] && [ "$(jq -r .url <<<"${json#* }")" = "https://durability.example.org/$marker" ] \
                || { echo "   missing: source $marker ($a)"; missing=$((missing + 1)); } ;;
        claim)
            [ -f "$WORK/claim-$a.json" ] && jq -e --arg m "Durability $marker:" --arg u "$b" \
                '(.statement | startswith($m)) and .createdBy == $u and .history[0].to == "OPEN"' "$WORK/claim-$a.json" >/dev/null \
                || { echo "   missing or altered: claim $marker ($a)"; missing=$((missing + 1)); } ;;
        citation)
            [ -f "$WORK/claim-$a.json" ] && jq -e --arg c "claimant $marker" --argjson s "$b" \
                'any(.citations[]; .claimant == $c and .sourceId == $s)' "$WORK/claim-$a.json" >/dev/null \
                || { echo "   missing: citation $marker on claim $a"; missing=$((missing + 1)); } ;;
        review)
            [ -f "$WORK/claim-$a.json" ] && jq -e --arg u "$c" --argjson r "$b" \
                'any(.reviews[]; .reviewer == $u and .rating == $r)' "$WORK/claim-$a.json" >/dev/null \
                || { echo "   missing: review $marker on claim $a"; missing=$((missing + 1)); } ;;
        esac
    done < <(grep -v '^failed' "$WORK"/all-writes)
    # nothing half-written: every claim in the database, answered or not, is whole
    page=0
    while :; do
        json=$(call "$ADMIN" GET "/api/claims?size=100&page=$page"); [ "${json%% *}" = 200 ] || fail "listing claims answered ${json%% *}"
        ids=$(jq -r '.items[].id' <<<"${json#* }"); total=$(jq -r .total <<<"${json#* }")
        [ -z "$ids" ] && break
        for id in $ids; do
            claims=$((claims + 1))
            [ -f "$WORK/claim-$id.json" ] || { json=$(call "$ADMIN" GET "/api/claims/$id"); printf '%s\n' "${json#* }" >"$WORK/claim-$id.json"; }
            jq -e '(.history | length) >= 1 and .history[0].to == "OPEN" and .history[0].from == null
                   and all(.citations[]; .sourceUrl != null and .sourceTitle != null)
                   and all(.reviews[]; .rating >= 1 and .rating <= 5)' "$WORK/claim-$id.json" >/dev/null \
                || { echo "   half-written: claim $id"; half=$((half + 1)); }
        done
        page=$((page + 1))
    done
    rm -f "$WORK"/claim-*.json
    echo "$(grep -v -c '^failed' "$WORK/all-writes") answered writes checked, $missing missing; $claims claims in the database (of $total), $half half-written"
    [ "$missing" = 0 ] && [ "$half" = 0 ]
}

run_database() { # h2 | pg
    local db=$1 env=() round started killed_after writes inflight restart_s lost=0 writers
    : >"$WORK/all-writes"
    if [ "$db" = h2 ]; then
        mkdir -p "$WORK/h2"
        export APP_CWD="$WORK/h2" # the embedded database's default url, ./data/corroborate, lands here
        env=(CORROBORATE_DEMO_ENABLED=false)
        [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q package -DskipTests >"$WORK/build-h2.log" 2>&1 || { tail -n 30 "$WORK/build-h2.log"; fail "build"; }
        echo "== H2 file database (the default build), $ROUNDS rounds"
    else
        unset APP_CWD
        dropdb --if-exists "$DURABILITY_DB" 2>/dev/null; createdb "$DURABILITY_DB"
        env=(QUARKUS_PROFILE=postgres QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DURABILITY_DB"
             QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}")
        [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres >"$WORK/build-pg.log" 2>&1 || { tail -n 30 "$WORK/build-pg.log"; fail "build"; }
        echo "== PostgreSQL (the postgres build), database $DURABILITY_DB on $PGHOST:$PGPORT, $ROUNDS rounds"
    fi
    env+=(QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" CORROBORATE_ADMIN_USERNAME=$ADMIN CORROBORATE_ADMIN_PASSWORD="$ADMIN_PW")
    start_app "$PORT" "$WORK/app-$db.log" "${env[@]}"
    wait_ready "$PORT" || { tail -n 30 "$WORK/app-$db.log"; fail "the app did not start"; }
    for i in $(seq 1 "$WRITERS"); do
        [ "$(call "$ADMIN" POST /api/users "{\"username\":\"durability-r$i\",\"password\":\"$PW\",\"roles\":[\"reviewer\"]}" | cut -d' ' -f1)" = 201 ] \
            || fail "creating durability-r$i"
    done
    for round in $(seq 1 "$ROUNDS"); do
        rm -f "$WORK"/writes-*
        touch "$WORK/writing"
        writers=()
        for i in $(seq 1 "$WRITERS"); do writer "$i" "$round" & writers+=("$!"); done
        killed_after=$((KILL_MIN + RANDOM % (KILL_MAX - KILL_MIN + 1)))
        sleep "$killed_after"
        kill -9 "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
        rm -f "$WORK/writing"
        wait "${writers[@]}" 2>/dev/null || true
        cat "$WORK"/writes-* >>"$WORK/all-writes"
        writes=$(cat "$WORK"/writes-* | grep -v -c '^failed' || true)
        inflight=$(cat "$WORK"/writes-* | grep -c '^failed' || true)
        started=$SECONDS
        start_app "$PORT" "$WORK/app-$db.log" "${env[@]}"
        wait_ready "$PORT" || { tail -n 30 "$WORK/app-$db.log"; fail "the app did not start again after SIGKILL"; }
        restart_s=$((SECONDS - started))
        echo "   round $round: SIGKILL after ${killed_after}s: $writes writes answered 2xx, $inflight cut off in flight; ready again after ${restart_s}s"
        if ! verify >"$WORK/verify.out"; then
            cat "$WORK/verify.out" | head -n 20
            lost=1
            echo "   round $round: $(tail -n 1 "$WORK/verify.out")"
            break
        fi
        echo "   round $round: $(tail -n 1 "$WORK/verify.out")"
    done
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
    SUMMARY+=("$db: $(grep -v -c '^failed' "$WORK/all-writes") writes answered 2xx over $round kills, $( [ "$lost" = 0 ] && echo "all there, none half-written" || echo "SOME LOST (see above)")")
    return "$lost"
}

SUMMARY=()
status=0
for db in $DATABASES; do run_database "$db" || status=1; done
echo "== summary ($WRITERS reviewers writing, SIGKILL after $KILL_MIN-${KILL_MAX}s, $ROUNDS rounds per database)"
for line in "${SUMMARY[@]}"; do echo "   $line"; done
[ "$status" = 0 ] || fail "acknowledged writes were lost"
echo "OK"
