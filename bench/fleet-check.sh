#!/usr/bin/env bash
# Two instances of the packaged app on one fresh PostgreSQL database, checked for what a fleet must get right:
#   1. a sign-in made on instance A is honoured by instance B (page and form post, CSRF token from B's page);
#   2. 32 reviewers writing reviews of the same claims at once through A and B: afterwards one review per
#      reviewer per claim, each with the rating that reviewer's client wrote last, and no 5xx;
#   3. two editors approving, then retracting, the same claim at once through A and B: one wins, the other gets
#      409, and the claim's history has each transition once;
#   4. what B remembers (the account behind a cookie, the claim list's pages) follows changes made through A: a
#      sign-out, a role change and a new claim are seen on B within 5 s (in milliseconds: notified by PostgreSQL).
# Needs java 17, curl, jq, openssl and psql/createdb/dropdb reaching a PostgreSQL 15 server.
#
#   bench/fleet-check.sh              # builds with -Dquarkus.profile=postgres, then checks
#   SKIP_BUILD=1 bench/fleet-check.sh # uses target/quarkus-app as built
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, FLEET_DB
# (corroborate_fleet, dropped and created afresh), PORT_A/PORT_B (18081/18082, management ports +1000),
# REVIEWERS (32), CLAIMS (3), ROUNDS (4), EDITOR_RACES (5). Exits non-zero when any check fails; bounded by
# FLEET_TIMEOUT seconds (600) overall.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
FLEET_DB=${FLEET_DB:-corroborate_fleet}
PORT_A=${PORT_A:-18081}
PORT_B=${PORT_B:-18082}
REVIEWERS=${REVIEWERS:-32}
CLAIMS=${CLAIMS:-3}
ROUNDS=${ROUNDS:-4}
EDITOR_RACES=${EDITOR_RACES:-5}
FLEET_TIMEOUT=${FLEET_TIMEOUT:-600}

A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
ADMIN=fleet-admin
ADMIN_PW=$(openssl rand -hex 12)
PW=fleet-check-pw-$(openssl rand -hex 4)
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb --if-exists "$FLEET_DB" 2>/dev/null || true
  if [ "$rc" -ne 0 ] && [ -d "$WORK" ]; then
    echo "--- last lines of instance logs ---"
    tail -n 20 "$WORK"/instance-*.log 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "fleet-check: interrupted"; exit 130' INT TERM
# the whole check is bounded: a watchdog ends it if it runs past FLEET_TIMEOUT
( sleep "$FLEET_TIMEOUT" && echo "fleet-check: timed out after ${FLEET_TIMEOUT}s" && kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!
PIDS+=("$WATCHDOG")

fail() { echo "FAIL: $*"; exit 1; }
started=$(date +%s)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building with -Dquarkus.profile=postgres"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log"; fail "build"; }
fi
[ -f target/quarkus-app/quarkus-run.jar ] || fail "no target/quarkus-app/quarkus-run.jar"

echo "== fresh database $FLEET_DB on $PGHOST:$PGPORT"
dropdb --if-exists "$FLEET_DB"
createdb "$FLEET_DB"

SESSION_KEY=$(openssl rand -base64 48)
start_instance() { # name port
  local name=$1 port=$2
  QUARKUS_PROFILE=postgres \
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$FLEET_DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" \
  CORROBORATE_ADMIN_USERNAME=$ADMIN CORROBORATE_ADMIN_PASSWORD=$ADMIN_PW \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >"$WORK/instance-$name.log" 2>&1 &
  PIDS+=("$!")
}
echo "== starting A on $PORT_A and B on $PORT_B (one database, one session key, both at once)"
start_instance A "$PORT_A"
start_instance B "$PORT_B"
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 180); do
    curl -fs -m 2 "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null && break
    sleep 1
  done
  curl -fs -m 2 "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null || fail "instance on $port not ready"
done
echo "   both ready after $(( $(date +%s) - started ))s"

api() { # instance user method path [json]
  local base=$1 user=$2 method=$3 path=$4 body=${5:-}
  local pw=$PW; [ "$user" = "$ADMIN" ] && pw=$ADMIN_PW
  curl -s -m 30 -u "$user:$pw" -X "$method" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    ${body:+--data "$body"} "$base$path"
}
code_of() { # like api, but answers the status code only
  local base=$1 user=$2 method=$3 path=$4 body=${5:-}
  local pw=$PW; [ "$user" = "$ADMIN" ] && pw=$ADMIN_PW
  curl -s -m 30 -o /dev/null -w '%{http_code}' -u "$user:$pw" -X "$method" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "$base$path"
}
make_user() { # name role...
  local name=$1; shift
  local roles; roles=$(printf '"%s",' "$@"); roles="[${roles%,}]"
  local code; code=$(code_of "$A" "$ADMIN" POST /api/users "{\"username\":\"$name\",\"password\":\"$PW\",\"roles\":$roles}")
  [ "$code" = 201 ] || fail "creating $name answered $code"
}
CLAIM_BODY='{"statement":"Government forces retook the Taywara district centre from the Taliban.","eventDate":"2017-07-28","datePrecision":"DAY","eventType":"BATTLES","subEventType":"GOVERNMENT_REGAINS_TERRITORY","actor1":"Military Forces of Afghanistan","actor2":"Taliban","location":{"country":"Afghanistan","admin1":"Ghor","admin2":"Taywara","place":"Taywara district centre","latitude":33.35,"longitude":64.42,"precision":"ADMIN2"},"fatalities":{"low":50,"best":59,"high":59}}'
new_claim() { api "$1" "$2" POST /api/claims "$CLAIM_BODY" | jq -er .id; }

echo "== accounts (the first admin came from CORROBORATE_ADMIN_*; exactly one instance created it)"
[ "$(api "$B" "$ADMIN" GET /api/users | jq length)" = 1 ] || fail "expected the configured admin as the only account"
make_user fleet-author reviewer
make_user fleet-second reviewer
make_user fleet-editor-a editor
make_user fleet-editor-b editor
for i in $(seq 1 "$REVIEWERS"); do make_user "fleet-r$i" reviewer; done
echo "   $((REVIEWERS + 5)) accounts"

echo "== 1. a sign-in on A is a sign-in on B"
jar="$WORK/cookies"
login=$(curl -s -m 30 -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode j_username=fleet-author --data-urlencode "j_password=$PW" "$A/j_security_check")
case "$login" in 302\ *error*|[!3]*) fail "sign-in on A answered $login" ;; esac
page=$(curl -s -m 30 -b "$jar" -c "$jar" -w '\n%{http_code}' "$B/claims/new")
[ "$(tail -n 1 <<<"$page")" = 200 ] || fail "B answered $(tail -n 1 <<<"$page") to A's sign-in cookie"
token=$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || fail "no CSRF token on B's form"
posted=$(curl -s -m 30 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "csrf-token=$token" \
  --data-urlencode "statement=Insurgents attacked a checkpoint near the district centre, a sign-in made on A." \
  --data-urlencode eventDate=2017-07-28 --data-urlencode datePrecision=DAY --data-urlencode eventType=BATTLES \
  --data-urlencode subEventType=ARMED_CLASH --data-urlencode "actor1=Taliban" \
  --data-urlencode "actor2=Military Forces of Afghanistan" --data-urlencode location.country=Afghanistan \
  --data-urlencode location.admin1=Ghor --data-urlencode location.precision=ADMIN1 "$B/claims")
case "$posted" in 303\ */claims/[0-9]*) ;; *) fail "form post on B answered $posted" ;; esac
created_by=$(api "$A" "$ADMIN" GET "/api/claims/${posted##*/}" | jq -r .createdBy)
[ "$created_by" = fleet-author ] || fail "the claim posted on B is by '$created_by', not fleet-author"
echo "   signed in on A, form page on B: 200, form post on B with B's token: ${posted%% *} -> /claims/${posted##*/} (by $created_by)"

echo "== 2. $REVIEWERS reviewers x $CLAIMS claims x $ROUNDS rounds, through A and B at once"
claims=()
for _ in $(seq 1 "$CLAIMS"); do claims+=("$(new_claim "$A" fleet-author)"); done
review_body() { echo "{\"rating\":$1,\"rationale\":\"Fleet check round $2.\",\"tags\":[\"GOOD_SOURCES\"]}"; }
reviewer_client() { # i: the reviewer's client, writing its rounds one after the other
  local i=$1 user="fleet-r$1" out="$WORK/client-$1"
  : >"$out"
  for claim in "${claims[@]}"; do
    # first write: the same review sent twice at once, via A and via B, so the two inserts race
    local body; body=$(review_body 3 0)
    local first="$WORK/first-$i-$claim"
    code_of "$A" "$user" PUT "/api/claims/$claim/reviews/mine" "$body" >"$first.a" & local a=$!
    code_of "$B" "$user" PUT "/api/claims/$claim/reviews/mine" "$body" >"$first.b" & local b=$!
    wait "$a" "$b"
    echo "$claim 3 $(cat "$first.a") $(cat "$first.b")" >>"$out"
  done
  for round in $(seq 1 "$ROUNDS"); do
    for claim in "${claims[@]}"; do
      local rating=$(( (i + round + claim) % 5 + 1 ))
      local base=$A; [ $(( (i + round) % 2 )) = 1 ] && base=$B
      echo "$claim $rating $(code_of "$base" "$user" PUT "/api/claims/$claim/reviews/mine" "$(review_body "$rating" "$round")")" >>"$out"
    done
  done
}
t0=$(date +%s%N)
clients=()
for i in $(seq 1 "$REVIEWERS"); do reviewer_client "$i" & clients+=("$!"); done
for pid in "${clients[@]}"; do wait "$pid"; done
elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
writes=$(cat "$WORK"/client-* | awk '{ n += NF - 2 } END { print n }')
codes=$(cat "$WORK"/client-* | awk '{ for (f = 3; f <= NF; f++) print $f }' | sort | uniq -c | awk '{ printf "%s x%s ", $2, $1 }')
server_errors=$(cat "$WORK"/client-* | awk '{ for (f = 3; f <= NF; f++) if ($f !~ /^20[01]$/) n++ } END { print n + 0 }')
echo "   $writes writes in ${elapsed_ms} ms; answers: $codes"
[ "$server_errors" = 0 ] || fail "$server_errors review writes were not answered 200/201"
mismatches=0
for claim in "${claims[@]}"; do
  reviews=$(api "$A" "$ADMIN" GET "/api/claims/$claim")
  count=$(jq '.reviews | length' <<<"$reviews")
  distinct=$(jq '[.reviews[].reviewer] | unique | length' <<<"$reviews")
  [ "$count" = "$REVIEWERS" ] && [ "$distinct" = "$REVIEWERS" ] || fail "claim $claim has $count reviews by $distinct reviewers, expected $REVIEWERS"
  for i in $(seq 1 "$REVIEWERS"); do
    last=$(awk -v c="$claim" '$1 == c { r = $2 } END { print r }' "$WORK/client-$i")
    stored=$(jq -r --arg u "fleet-r$i" '.reviews[] | select(.reviewer == $u) | .rating' <<<"$reviews")
    [ "$stored" = "$last" ] || { echo "   claim $claim fleet-r$i: stored $stored, last written $last"; mismatches=$((mismatches + 1)); }
  done
done
[ "$mismatches" = 0 ] || fail "$mismatches reviews do not hold their reviewer's last rating"
echo "   claims ${claims[*]}: $REVIEWERS reviews each, one per reviewer, each with its last rating written"

echo "== 3. two editors deciding the same claim at once, $EDITOR_RACES times"
race() { # path body: the two editors' answers, A's first
  local path=$1 body=$2
  local editor
  for editor in a b; do
    local base=$A; [ $editor = b ] && base=$B
    curl -s -m 30 -o "$WORK/race.$editor.body" -w '%{http_code}' -u "fleet-editor-$editor:$PW" -X POST \
      -H 'Content-Type: application/json' --data "$body" "$base$path" >"$WORK/race.$editor" &
    local pid_$editor=$!
  done
  wait "$pid_a" "$pid_b"
  for editor in a b; do
    if [ "$(cat "$WORK/race.$editor")" = 409 ]; then jq -r .message "$WORK/race.$editor.body" >"$WORK/race.loser"; fi
  done
  echo "$(cat "$WORK/race.a") $(cat "$WORK/race.b")"
}
one_won() { case "$1" in "200 409"|"409 200") return 0 ;; *) return 1 ;; esac; }
approvals=""; retractions=""
for n in $(seq 1 "$EDITOR_RACES"); do
  claim=$(new_claim "$B" fleet-author)
  for outlet in A B; do
    source=$(api "$A" fleet-author POST /api/sources "{\"url\":\"https://example.org/fleet/$claim/$outlet\",\"title\":\"Report from outlet $outlet\",\"outlet\":\"Outlet $outlet\",\"kind\":\"NEWS_MEDIA\",\"language\":\"en\",\"publishedAt\":\"2017-07-29\"}" | jq -er .id)
    party=true; claimant="Army spokesman"; [ "$outlet" = B ] && { party=false; claimant="Provincial council member"; }
    [ "$(code_of "$A" fleet-author POST "/api/claims/$claim/citations" "{\"sourceId\":$source,\"stance\":\"SUPPORTS\",\"quote\":\"nearly 59 killed\",\"claimant\":\"$claimant\",\"claimantIsParty\":$party,\"statedFigure\":\"nearly 59\"}")" = 201 ] || fail "citation"
  done
  [ "$(code_of "$A" fleet-author PUT "/api/claims/$claim/reviews/mine" "$(review_body 5 0)")" = 201 ] || fail "review"
  [ "$(code_of "$B" fleet-second PUT "/api/claims/$claim/reviews/mine" "$(review_body 4 0)")" = 201 ] || fail "review"
  [ "$(code_of "$A" fleet-author POST "/api/claims/$claim/verdict" '{"verdict":"VERIFIED","note":"Two claimants, one independent."}')" = 200 ] || fail "proposal"

  approved=$(race "/api/claims/$claim/decision" '{"decision":"APPROVE","note":"Checked."}')
  retracted=$(race "/api/claims/$claim/retraction" '{"note":"A later report contradicts the figures."}')
  approvals+="[$approved] "; retractions+="[$retracted] "
  loser_message=$(cat "$WORK/race.loser" 2>/dev/null || true)
  one_won "$approved" || fail "claim $claim: approvals answered $approved, expected one 200 and one 409"
  one_won "$retracted" || fail "claim $claim: retractions answered $retracted, expected one 200 and one 409"
  history=$(api "$B" "$ADMIN" GET "/api/claims/$claim" | jq -c '[.history[] | "\(.from)>\(.to)"]')
  [ "$history" = '["null>OPEN","OPEN>PROPOSED","PROPOSED>APPROVED","APPROVED>RETRACTED"]' ] \
    || fail "claim $claim history: $history"
  revisions=$(api "$A" "$ADMIN" GET "/api/events?verdict=ALL&limit=1000000" | jq --argjson id "$claim" '[.events[] | select(.claimId == $id)] | length')
  [ "$revisions" = 2 ] || fail "claim $claim: $revisions export revisions, expected 2 (approval, retraction)"
done
echo "   approvals (A B): $approvals"
echo "   retractions (A B): $retractions"
echo "   the loser is told (last race): 409 \"$loser_message\""
echo "   each claim's history: OPEN, PROPOSED, APPROVED, RETRACTED once each; 2 export revisions each"

echo "== 4. what one instance changes, the other knows: a sign-out, a role change, a new claim"
# B remembers accounts and list pages; each check first makes B remember, then changes through A, then polls B
within() { # seconds command...: true once the command succeeds, false if it has not by then
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do (( $(date +%s) < deadline )) || return 1; done
}
millis() { echo $(( $(date +%s%N) / 1000000 )); }
token_of() { grep -o 'name="csrf-token" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
page_code() { # instance cookie-jar path
  curl -s -m 30 -b "$2" -o /dev/null -w '%{http_code}' "$1$3"
}
sign_in_jar() { # instance user password jar
  curl -s -m 30 -c "$4" -o /dev/null --data-urlencode "j_username=$2" --data-urlencode "j_password=$3" "$1/j_security_check"
}
copy="$WORK/copied-cookie"
cp "$jar" "$copy"
[ "$(page_code "$B" "$copy" /)" = 200 ] || fail "B does not honour fleet-author's sign-in before the sign-out"
[ "$(page_code "$B" "$copy" /)" = 200 ] || fail "B does not honour fleet-author's sign-in before the sign-out"
token=$(curl -s -m 30 -b "$jar" -c "$jar" "$A/" | token_of)
out=$(curl -s -m 30 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "csrf-token=$token" "$A/logout")
[ "$out" = 303 ] || fail "sign-out on A answered $out"
t0=$(millis)
signed_out_on_b() { [ "$(page_code "$B" "$copy" /)" = 302 ]; }
within 5 signed_out_on_b || fail "B still honours a cookie signed out on A after 5 s"
signout_ms=$(( $(millis) - t0 ))

admin_jar="$WORK/admin-cookies" second_jar="$WORK/second-cookies"
sign_in_jar "$A" "$ADMIN" "$ADMIN_PW" "$admin_jar"
sign_in_jar "$B" fleet-second "$PW" "$second_jar"
[ "$(page_code "$B" "$second_jar" /queue/decisions)" = 403 ] || fail "a reviewer opened the decisions queue on B"
second_id=$(api "$A" "$ADMIN" GET /api/users | jq -er '.[] | select(.username == "fleet-second") | .id')
token=$(curl -s -m 30 -b "$admin_jar" -c "$admin_jar" "$A/admin/users" | token_of)
out=$(curl -s -m 30 -b "$admin_jar" -c "$admin_jar" -o /dev/null -w '%{http_code}' --data-urlencode "csrf-token=$token" \
  --data-urlencode roles=editor "$A/admin/users/$second_id/roles")
[ "$out" = 303 ] || fail "the role change on A answered $out"
t0=$(millis)
editor_on_b() { [ "$(page_code "$B" "$second_jar" /queue/decisions)" = 200 ]; }
within 5 editor_on_b || fail "B still refuses fleet-second the decisions queue 5 s after A made them an editor"
roles_ms=$(( $(millis) - t0 ))

found_on_b() { curl -s -m 30 -b "$second_jar" "$B/claims?admin1=Ghor&size=1" | sed -n 's/.*Claims found: \([0-9]*\).*/\1/p'; }
before=$(found_on_b); before=$(found_on_b)
[ -n "$before" ] || fail "no 'Claims found' on B's list"
new_claim "$A" fleet-author >/dev/null
t0=$(millis)
listed_on_b() { [ "$(found_on_b)" = $((before + 1)) ]; }
within 5 listed_on_b || fail "B's list still says $before claims in Ghor 5 s after A added one"
list_ms=$(( $(millis) - t0 ))
echo "   seen on B after the change on A: sign-out ${signout_ms} ms, role change ${roles_ms} ms, new claim listed ${list_ms} ms"

echo "== summary"
echo "   instances: 2 (A :$PORT_A, B :$PORT_B), database $FLEET_DB, $(( $(date +%s) - started ))s"
echo "   session: sign-in on A honoured by B (page 200, form post 303)"
echo "   reviews: $REVIEWERS reviewers x $CLAIMS claims, $writes writes, 0 non-2xx, $((REVIEWERS * CLAIMS)) stored, 0 stale"
echo "   editors: $EDITOR_RACES approval races and $EDITOR_RACES retraction races, each one 200 + one 409"
echo "   changes on A seen on B: sign-out ${signout_ms} ms, role change ${roles_ms} ms, new claim ${list_ms} ms"
echo "   unexpected persistence failures logged: $(cat "$WORK"/instance-*.log | grep -c 'Unexpected persistence failure' || true)"
echo "OK"
