#!/usr/bin/env bash
# Where the CPU goes in JFR recordings (e.g. those of LOAD_JFR=1 bench/load-bench.sh): execution samples by the
# library of the sampled frame, the hottest methods (self), and the application's and libraries' entry points
# (inclusive: samples with the method anywhere on the stack).
#   bench/load/jfr-top.sh target/load-bench/pg-1-list-*.jfr [rows]
set -euo pipefail
rows=25
files=()
for a in "$@"; do
    if [[ $a =~ ^[0-9]+$ ]]; then rows=$a; else files+=("$a"); fi
done
((${#files[@]} > 0)) || { echo "usage: $0 file.jfr... [rows]" >&2; exit 2; }
for f in "${files[@]}"; do jfr print --stack-depth 128 --events jdk.ExecutionSample "$f"; done | awk -v rows="$rows" '
    function lib(m,   p) {
        if (m ~ /^org\.corroborate\./) return "org.corroborate (the app)"
        if (m ~ /^org\.h2\./) return "org.h2 (H2)"
        if (m ~ /^org\.postgresql\./) return "org.postgresql (JDBC driver)"
        if (m ~ /^org\.hibernate\./) return "org.hibernate"
        if (m ~ /^io\.quarkus\.qute\./) return "io.quarkus.qute (templates)"
        if (m ~ /^io\.agroal\./) return "io.agroal (pool)"
        if (m ~ /^(io\.netty|io\.vertx)\./) return "io.netty/io.vertx (HTTP)"
        if (m ~ /^(com\.arjuna|io\.narayana|jakarta\.transaction)/) return "narayana (transactions)"
        if (m ~ /^(org\.wildfly\.security|io\.quarkus\.elytron|io\.smallrye\.jwt|io\.quarkus\.security)/) return "security"
        if (m ~ /^(io\.quarkus|io\.smallrye|org\.jboss)\./) return "quarkus/smallrye/jboss other"
        if (m ~ /^(java|javax|jdk|sun)\./) return "JDK (java.*, jdk.*, sun.*)"
        split(m, p, "."); return p[1] "." p[2]
    }
    /^jdk\.ExecutionSample/ { n++; depth = 0; delete seen; next }
    /stackTrace = \[/ { inside = 1; next }
    inside && /^[[:space:]]*\]/ { inside = 0; next }
    inside {
        m = $1
        sub(/\(.*/, "", m)
        if (m == "...") next
        if (depth == 0) { self[m]++; libs[lib(m)]++ }
        depth++
        if (!(m in seen)) { seen[m] = 1; if (m ~ /^org\.corroborate\./ || m ~ /(executeQuery|executeUpdate|getResultList|list|render|bcryptHash|verify|commit|flush|prepareStatement|getConnection)$/) incl[m]++ }
    }
    END {
        printf "%d execution samples\n\nself, by library:\n", n
        for (l in libs) printf "%7d %5.1f%%  %s\n", libs[l], 100 * libs[l] / n, l | "sort -rn"
        close("sort -rn")
        printf "\nhottest methods (self):\n"
        for (m in self) printf "%7d %5.1f%%  %s\n", self[m], 100 * self[m] / n, m | "sort -rn | head -n " rows
        close("sort -rn | head -n " rows)
        printf "\napplication methods and entry points (inclusive):\n"
        for (m in incl) printf "%7d %5.1f%%  %s\n", incl[m], 100 * incl[m] / n, m | "sort -rn | head -n " rows
        close("sort -rn | head -n " rows)
    }'
