# Shared by the benchmark scripts: source it, do not run it.

# write_section DOC BEGIN END SECTION: put SECTION (which starts with the line BEGIN and ends with the line END)
# in place of what DOC has between those marker lines, keeping the rest; appended when DOC has no such markers.
write_section() {
    local doc=$1 begin=$2 end=$3 section=$4 tmp
    mkdir -p "$(dirname "$doc")"
    if [[ -f $doc ]] && grep -qF "$begin" "$doc"; then
        tmp=$(mktemp)
        printf '%s\n' "$section" >"$tmp.section"
        awk -v begin="$begin" -v end="$end" -v file="$tmp.section" '
            $0 == begin { while ((getline line < file) > 0) print line; skip = 1; next }
            $0 == end { skip = 0; next }
            !skip' "$doc" >"$tmp"
        mv "$tmp" "$doc"
        rm -f "$tmp.section"
    else
        printf '\n%s\n' "$section" >>"$doc"
    fi
}

# start_app PORT LOG [NAME=VALUE...]: the packaged app (target/quarkus-app) in the background, on PORT with its
# management port at PORT+1000, with the given environment; its output goes to LOG and its pid to APP_PID.
# JAVA_OPTS (default -Xmx256m) are passed to java; APP_CWD (default: here) is its working directory, where the
# embedded database's default ./data lives.
start_app() {
    local port=$1 log=$2 jar=$PWD/target/quarkus-app/quarkus-run.jar
    shift 2
    (cd "${APP_CWD:-.}" && exec env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) "$@" \
        java ${JAVA_OPTS:--Xmx256m} -jar "$jar" >>"$log" 2>&1) &
    APP_PID=$!
}

# wait_ready PORT [SECONDS]: until the instance on PORT answers ready (database up), at most SECONDS (180).
wait_ready() {
    local port=$1 deadline=$((SECONDS + ${2:-180}))
    until curl -fs -m 2 -o /dev/null "http://127.0.0.1:$((port + 1000))/q/health/ready"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.5
    done
}
