#!/usr/bin/env bash
# Longer fuzzing of the article importer than the 10 s of every `./mvnw test`, in two phases:
#   1. the importer itself (ArticleImportFuzzTarget: the rules of ArticleImporterFuzzTest) for IMPORTER_SECONDS,
#      with Jazzer's command line, coverage-guided, inputs up to MAX_LEN bytes, any single input over 5 s a finding;
#   2. the import endpoints of the packaged app (ImportEndpointFuzzTarget) for ENDPOINT_SECONDS: every input, the
#      phase-1 corpus first, is posted to the API and uploaded on the page of an instance started here on an
#      embedded database of its own; a 5xx, a refusal without the API's error body or an answer over 10 s is a
#      finding. Then oversized and pathological bodies by curl, and the instance's peak memory and health.
# Needs java 17, curl and jq. Findings are written to the work directory and the script exits non-zero.
#
#   bench/fuzz-import.sh                                   # 300 s + 300 s
#   IMPORTER_SECONDS=3600 ENDPOINT_SECONDS=600 bench/fuzz-import.sh
#   SKIP_BUILD=1 bench/fuzz-import.sh                     # uses target/ as built
#
# Settings (environment): IMPORTER_SECONDS (300), ENDPOINT_SECONDS (300), MAX_LEN (262144), PORT (18480,
# management +1000), JAVA_OPTS for the app (-Xmx256m), WORK (a new temporary directory, kept when something fails).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

IMPORTER_SECONDS=${IMPORTER_SECONDS:-300}
ENDPOINT_SECONDS=${ENDPOINT_SECONDS:-300}
MAX_LEN=${MAX_LEN:-262144}
PORT=${PORT:-18480}
WORK=${WORK:-$(mktemp -d)}
BASE="http://127.0.0.1:$PORT"
ADMIN=fuzz-admin
ADMIN_PW=$(openssl rand -hex 12)
FUZZER=fuzz-reviewer
FUZZER_PW=$(openssl rand -hex 12)
APP_PID=

cleanup() {
    local rc=$?
    set +e
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    if [ "$rc" -eq 0 ]; then rm -rf "$WORK"; else echo "kept $WORK (logs, corpus, findings)"; fi
    exit "$rc"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building the app and the tests"
    ./mvnw -B -q package -DskipTests >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log"; fail "build"; }
    ./mvnw -B -q test-compile >>"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log"; fail "test-compile"; }
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >>"$WORK/build.log" 2>&1
CP="target/test-classes:target/classes:$(cat "$WORK/classpath")"
SEEDS=src/test/resources/org/corroborate/source/ArticleImporterFuzzTestInputs/readsAnyBytesOrRefusesThemWithAReason
mkdir -p "$WORK/corpus" "$WORK/findings"
cp "$SEEDS"/* "$WORK/corpus/"

jazzer() { # target seconds log [extra libFuzzer flags...]
    local target=$1 seconds=$2 log=$3
    shift 3
    java -Xmx1g -cp "$CP" com.code_intelligence.jazzer.Jazzer --target_class="$target" \
        --instrumentation_includes='org.corroborate.**' --custom_hook_includes='org.corroborate.**' \
        -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -artifact_prefix="$WORK/findings/" --reproducer_path="$WORK/findings" "$@" \
        "$WORK/corpus" >"$log" 2>&1
}
runs_of() { grep -a -o 'Done [0-9]* runs in [0-9]* second' "$1" | tail -n 1; }

echo "== 1. the importer, ${IMPORTER_SECONDS}s, inputs up to $MAX_LEN bytes"
jazzer org.corroborate.source.ArticleImportFuzzTarget "$IMPORTER_SECONDS" "$WORK/importer.log" -max_len="$MAX_LEN" \
    || { tail -n 30 "$WORK/importer.log"; fail "the importer fuzz found something (see $WORK/findings)"; }
echo "   $(runs_of "$WORK/importer.log"); corpus: $(ls "$WORK/corpus" | wc -l) inputs; $(grep -a -o 'cov: [0-9]*' "$WORK/importer.log" | tail -n 1)"

echo "== 2. the import endpoints of the packaged app, ${ENDPOINT_SECONDS}s"
start_app "$PORT" "$WORK/app.log" QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data/corroborate" \
    CORROBORATE_DEMO_ENABLED=false CORROBORATE_ADMIN_USERNAME=$ADMIN CORROBORATE_ADMIN_PASSWORD="$ADMIN_PW"
wait_ready "$PORT" || { tail -n 30 "$WORK/app.log"; fail "the app did not start"; }
code=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN:$ADMIN_PW" -H 'Content-Type: application/json' \
    --data "{\"username\":\"$FUZZER\",\"password\":\"$FUZZER_PW\",\"roles\":[\"reviewer\"]}" "$BASE/api/users")
[ "$code" = 201 ] || fail "creating $FUZZER answered $code"
CORROBORATE_URL=$BASE CORROBORATE_FUZZ_USER=$FUZZER CORROBORATE_FUZZ_PASSWORD=$FUZZER_PW \
CORROBORATE_FUZZ_REPORT="$WORK/answers" \
    jazzer org.corroborate.source.ImportEndpointFuzzTarget "$ENDPOINT_SECONDS" "$WORK/endpoints.log" -max_len=65536 \
    || { tail -n 30 "$WORK/endpoints.log"; fail "the endpoint fuzz found something (see $WORK/findings)"; }
echo "   $(runs_of "$WORK/endpoints.log") (each input posted to the API and uploaded on the page)"
echo "   answers: $(tr '\n' ';' <"$WORK/answers" | sed 's/;$//; s/;/, /g')"

echo "== 3. oversized and pathological bodies"
probe() { # name file: status and seconds of an API import of the file
    curl -s -o "$WORK/probe.body" -w '%{http_code} %{time_total}s' -u "$FUZZER:$FUZZER_PW" \
        -H 'Content-Type: text/plain; charset=UTF-8' --data-binary "@$2" "$BASE/api/sources/import"
}
repeat() { # text bytes: text repeated to that many bytes (no pipes: pipefail would see the writer's SIGPIPE)
    awk -v t="$1" -v n="$2" 'BEGIN { s = t; while (length(s) < n) s = s s; printf "%s", substr(s, 1, n) }'
}
head -c 3000000 /dev/urandom >"$WORK/binary-3mb"
{ printf 'date 2021-06-22 X'; repeat ' ' 2000000; printf 'y'; } >"$WORK/dateline-spaces-2mb"
{ printf 'date 2021-06-22 Outlet - '; repeat 'Troops retook the town. ' 2090000; } >"$WORK/article-2mb"
repeat 'w' 2090000 >"$WORK/one-word-2mb"
for f in binary-3mb dateline-spaces-2mb article-2mb one-word-2mb; do
    answer=$(probe "$f" "$WORK/$f")
    echo "   $f ($(stat -c %s "$WORK/$f") bytes): $answer $(head -c 120 "$WORK/probe.body")"
    case "$answer" in 5*) fail "$f answered a 5xx" ;; esac
done

peak=$(awk '/VmHWM/ { print $2 / 1024 " MB" }' "/proc/$APP_PID/status")
curl -fs -m 5 "http://127.0.0.1:$((PORT + 1000))/q/health/ready" >/dev/null || fail "the app is not ready after the fuzzing"
errors=$(grep -c -E 'ERROR|OutOfMemory' "$WORK/app.log" || true)
echo "== summary"
echo "   importer: $(runs_of "$WORK/importer.log"), 0 findings"
echo "   endpoints: $(runs_of "$WORK/endpoints.log"), 0 findings, 0 answers over 10 s, no 5xx"
echo "   the app (${JAVA_OPTS:--Xmx256m}): peak resident memory $peak, still ready, $errors ERROR lines in its log"
[ "$errors" = 0 ] || { grep -E 'ERROR|OutOfMemory' "$WORK/app.log" | head -n 5; fail "errors in the app's log"; }
echo "OK"
