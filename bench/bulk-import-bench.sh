#!/usr/bin/env bash
# Bulk import benchmark: 1,000 articles in one zip through POST /api/imports, timed from the upload to the job's DONE.
# The target (issue 21): 1,000 articles in under 60 s on a 2-core machine.
#
# It builds the app (./mvnw package), starts the packaged jar on a fresh embedded H2 database (with the demo accounts)
# on a free port, generates BULK_ARTICLES distinct articles in the seed format (a dateline on most, invented text,
# ~1.5 KB each), zips them, sends the zip as the demo reviewer alice, polls GET /api/imports/{id} until the job is
# DONE and prints the seconds. BULK_RUNS runs (3), each on a database of its own; the median and the spread go to
# docs/BENCHMARKS.md (between the bulk-import-bench markers).
#
# Usage (from the repository root): bench/bulk-import-bench.sh
# Environment: BULK_ARTICLES (1000), BULK_RUNS (3), BULK_DIR (target/bulk-bench), BULK_DOC (docs/BENCHMARKS.md;
#   "-" = none), BULK_SKIP_BUILD=1 to use target/quarkus-app as built, JAVA_OPTS for the app (-Xmx256m).
# Needs JDK 17, curl and python3.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."

ARTICLES=${BULK_ARTICLES:-1000}
RUNS=${BULK_RUNS:-3}
WORK=${BULK_DIR:-target/bulk-bench}
DOC=${BULK_DOC:-docs/BENCHMARKS.md}
KEY=bulk-bench-only-not-a-secret-0123456789
APP_PID=

log() { printf '[bulk %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
stop_app() { if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
trap stop_app EXIT
for tool in java curl python3; do command -v $tool >/dev/null || die "$tool is needed"; done
rm -rf "$WORK" && mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [[ ${BULK_SKIP_BUILD:-0} != 1 ]]; then
    log "building (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests >"$WORK/build.log" 2>&1 || die "build failed: $WORK/build.log"
fi

log "generating $ARTICLES articles"
python3 - "$WORK/articles.zip" "$ARTICLES" <<'PY'
import random, sys, zipfile, datetime
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(21)
towns = ["Aster", "Brennick", "Calloway", "Dunmere", "Eastvale", "Fenwick", "Galloway Cross", "Harrowgate",
         "Ironbridge", "Juniper Flats", "Kestrel", "Lowmoor", "Marrowfield", "Northam", "Oakhollow", "Pellston"]
provinces = ["the northern province", "the river valley", "the eastern hills", "the border district",
             "the southern plain", "the mountain corridor"]
actors = ["government forces", "an armed opposition group", "local militia fighters", "security forces",
          "an unidentified armed group", "police units"]
verbs = ["attacked", "took control of", "withdrew from", "shelled", "surrounded", "retook"]
places = ["a checkpoint", "the district centre", "a police post", "the market road", "a bridge", "an army base"]
outlets = ["Valley Courier", "Hill Country Wire", "Plains Daily", "Northern Ledger", "Riverside Post"]
said = ["a provincial spokesman said", "residents told reporters", "officials said on condition of anonymity",
        "a statement from the ministry said", "a local council member said"]
day0 = datetime.date(2020, 1, 1)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(n):
        town, actor, other = rng.choice(towns), rng.choice(actors), rng.choice(actors)
        killed, wounded = rng.randint(0, 90), rng.randint(0, 140)
        first = (f"{actor.capitalize()} {rng.choice(verbs)} {rng.choice(places)} near {town} in {rng.choice(provinces)}"
                 f" in report number {i + 1}, {rng.choice(said)}.")
        paras = [first]
        for _ in range(rng.randint(5, 8)):
            paras.append(f"The fighting with {other} lasted {rng.randint(2, 30)} hours, and at least {killed} people were"
                         f" killed and {wounded} wounded, {rng.choice(said)}. Roads to {rng.choice(towns)} stayed closed"
                         f" while {rng.choice(actors)} moved {rng.randint(3, 60)} vehicles toward {rng.choice(places)}.")
        paras.append(f"Figures could not be checked independently (item {i + 1} of {n}, seed {rng.getrandbits(48):x}).")
        text = "\n\n".join(paras) + "\n"
        if i % 10 != 0:  # most with a dateline, some without
            day = day0 + datetime.timedelta(days=rng.randint(0, 1400))
            text = f"date {day.isoformat()} {rng.choice(outlets)} - " + text
        z.writestr(f"articles/{i + 1:04d}.txt", text)
PY
ZIP_BYTES=$(stat -c %s "$WORK/articles.zip")
log "zip: $ZIP_BYTES bytes"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# one_run N: starts the app on a fresh database, imports the zip, prints "upload_ms total_ms imported duplicates failed"
one_run() {
    local run=$1 port id t0 t1 t2 status answer
    port=$(free_port)
    while (( port + 1000 > 65535 )); do port=$(free_port); done
    mkdir -p "$WORK/run$run"
    APP_CWD="$WORK/run$run" start_app "$port" "$WORK/app$run.log" QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$KEY QUARKUS_LOG_CONSOLE_COLOR=false
    wait_ready "$port" 300 || die "the app did not start: $WORK/app$run.log"
    # the demo data (and accounts) are written at start; the first sign-in waits for nothing else
    t0=$(date +%s%N)
    answer=$(curl -sf -u alice:alice-demo -F "files=@$WORK/articles.zip;type=application/zip" \
        "http://127.0.0.1:$port/api/imports") || die "POST /api/imports failed"
    t1=$(date +%s%N)
    id=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$answer")
    while :; do
        status=$(curl -sf -u alice:alice-demo "http://127.0.0.1:$port/api/imports/$id")
        python3 -c 'import json, sys; sys.exit(0 if json.load(sys.stdin)["status"] == "DONE" else 1)' <<<"$status" && break
        (( ($(date +%s%N) - t0) / 1000000000 < 600 )) || die "job $id not done after 600 s"
        sleep 0.2
    done
    t2=$(date +%s%N)
    stop_app
    printf '%s' "$status" >"$WORK/job$run.json"
    python3 - "$(( (t1 - t0) / 1000000 ))" "$(( (t2 - t0) / 1000000 ))" "$WORK/job$run.json" <<'PY'
import json, sys
job = json.load(open(sys.argv[3]))
print(sys.argv[1], sys.argv[2], len(job["imported"]), len(job["duplicates"]), len(job["failed"]))
PY
}

results=()
for run in $(seq 1 "$RUNS"); do
    r=$(one_run "$run")
    log "run $run: $r (upload ms, upload-to-DONE ms, imported, duplicates, failed)"
    results+=("$r")
done

summary=$(printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [list(map(int, l.split())) for l in sys.stdin if l.strip()]
total = sorted(r[1] for r in rows); upload = sorted(r[0] for r in rows)
print("%.1f %.1f %.1f %.1f %d %d %d" % (statistics.median(total) / 1000, total[0] / 1000, total[-1] / 1000,
      statistics.median(upload) / 1000, rows[-1][2], rows[-1][3], rows[-1][4]))')
read -r median fastest slowest upload imported duplicates failed <<<"$summary"
echo "$ARTICLES articles: ${median} s upload to DONE (median of $RUNS; fastest ${fastest}, slowest ${slowest}); upload answered in ${upload} s; imported $imported, duplicates $duplicates, failed $failed"

if [[ $DOC != - ]]; then
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    begin="<!-- bulk-import-bench:begin -->"
    end="<!-- bulk-import-bench:end -->"
    section="$begin
### Results (\`bench/bulk-import-bench.sh\`, $(date +%Y-%m-%d), at $commit, $(nproc) cores, embedded H2)

| articles | zip | runs | upload to DONE, median | fastest | slowest | the upload's 202 | imported | duplicates | failed |
|---|---|---|---|---|---|---|---|---|---|
| $ARTICLES | $((ZIP_BYTES / 1024)) KB | $RUNS | **${median} s** | ${fastest} s | ${slowest} s | ${upload} s | $imported | $duplicates | $failed |
$end"
    write_section "$DOC" "$begin" "$end" "$section"
    log "wrote the results to $DOC"
fi
