#!/usr/bin/env bash
# Tries deploy/nginx.conf on loopback: two packaged instances behind nginx, one fresh PostgreSQL database.
# Checks that requests through the proxy reach both instances, that a sign-in through the proxy holds whichever
# instance answers, that absolute links name the proxy's address, and that stopping one instance (graceful
# shutdown) loses no request through the proxy. Needs nginx, java 17, curl, jq, openssl, createdb/dropdb.
#
#   SKIP_BUILD=1 bench/proxy-check.sh   # uses target/quarkus-app as built with -Dquarkus.profile=postgres
#
# Settings: PGHOST, PGPORT, PGUSER, PGPASSWORD as for psql; PROXY_DB (corroborate_proxy, made afresh);
# PROXY_PORT (18180), instances on PROXY_PORT+1 and +2, their management ports +1000.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PROXY_DB=${PROXY_DB:-corroborate_proxy}
PROXY_PORT=${PROXY_PORT:-18180}
PORT_A=$((PROXY_PORT + 1))
PORT_B=$((PROXY_PORT + 2))
P="http://127.0.0.1:$PROXY_PORT"
ADMIN=proxy-admin
ADMIN_PW=$(openssl rand -hex 12)
WORK=$(mktemp -d)
chmod 755 "$WORK"
PIDS=()

cleanup() {
  local rc=$?
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb --if-exists "$PROXY_DB" 2>/dev/null || true
  [ "$rc" -ne 0 ] && tail -n 20 "$WORK"/*.log 2>/dev/null || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
( sleep "${PROXY_TIMEOUT:-300}" && echo "proxy-check: timed out" && kill -TERM $$ ) 2>/dev/null &
PIDS+=("$!")
fail() { echo "FAIL: $*"; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres >"$WORK/build.log" 2>&1 || fail "build"
fi
dropdb --if-exists "$PROXY_DB"
createdb "$PROXY_DB"

KEY=$(openssl rand -base64 48)
start_instance() { # name port
  QUARKUS_PROFILE=postgres QUARKUS_HTTP_PORT=$2 QUARKUS_MANAGEMENT_PORT=$(($2 + 1000)) \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PROXY_DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$KEY" \
  CORROBORATE_ADMIN_USERNAME=$ADMIN CORROBORATE_ADMIN_PASSWORD=$ADMIN_PW \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >"$WORK/instance-$1.log" 2>&1 &
  PIDS+=("$!")
  eval "PID_$1=$!"
}
start_instance A "$PORT_A"
start_instance B "$PORT_B"
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 180); do curl -fs -m 2 "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null && break; sleep 1; done
  curl -fs -m 2 "http://127.0.0.1:$((port + 1000))/q/health/ready" >/dev/null || fail "instance on $port not ready"
done

# the example config as shipped, with loopback ports, plus a header naming the instance that answered
sed -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/; s/127.0.0.1:8082/127.0.0.1:$PORT_B/" \
    -e "s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/; s/server_name .*;/server_name localhost;/" \
    -e 's|proxy_pass http://corroborate;|proxy_pass http://corroborate;\n        add_header X-Served-By $upstream_addr always;|' \
    deploy/nginx.conf >"$WORK/corroborate.conf"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
    access_log $WORK/nginx-access.log;
    client_body_temp_path $WORK/client_body;
    proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi;
    scgi_temp_path $WORK/scgi;
    include $WORK/corroborate.conf;
}
EOF
nginx -t -p "$WORK" -c "$WORK/nginx.conf" 2>&1 | sed 's/^/   /'
nginx -p "$WORK" -c "$WORK/nginx.conf"
for _ in $(seq 1 20); do curl -fs -m 2 -o /dev/null "$P/login" && break; sleep 0.5; done

echo "== requests through nginx :$PROXY_PORT to A :$PORT_A and B :$PORT_B"
for _ in $(seq 1 20); do
  curl -s -m 10 -o /dev/null -D - "$P/login" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" { print $2 }'
done | sort | uniq -c | sed 's/^/   /' >"$WORK/spread"
cat "$WORK/spread"
[ "$(wc -l <"$WORK/spread")" = 2 ] || fail "requests did not reach both instances"

echo "== a sign-in through the proxy, then pages from whichever instance answers"
code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -u "$ADMIN:$ADMIN_PW" -H 'Content-Type: application/json' \
  --data "{\"username\":\"proxy-author\",\"password\":\"proxy-check-pw\",\"roles\":[\"reviewer\"]}" "$P/api/users")
[ "$code" = 201 ] || fail "creating an account through the proxy answered $code"
jar="$WORK/cookies"
login=$(curl -s -m 10 -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode j_username=proxy-author --data-urlencode j_password=proxy-check-pw "$P/j_security_check")
echo "   sign-in: $login"
case "$login" in "302 $P/") ;; *) fail "sign-in through the proxy answered '$login', expected a redirect to $P/" ;; esac
for _ in $(seq 1 10); do
  curl -s -m 10 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} ' -D "$WORK/h" "$P/claims/new"
  tr -d '\r' <"$WORK/h" | awk -F': ' 'tolower($1) == "x-served-by" { print $2 }'
done | sort | uniq -c | sed 's/^/   /' | tee "$WORK/pages"
! grep -qv ' 200 ' "$WORK/pages" || fail "a signed-in page was not 200"

# behind a TLS-terminating proxy the app must link to https://<public host>/: it reads X-Forwarded-*
forwarded=$(curl -s -m 10 -o /dev/null -w '%{redirect_url}' -H 'X-Forwarded-Proto: https' \
  -H 'X-Forwarded-Host: corroborate.example.org' --data-urlencode j_username=proxy-author \
  --data-urlencode j_password=proxy-check-pw "http://127.0.0.1:$PORT_A/j_security_check")
echo "   sign-in sent with X-Forwarded-Proto https and X-Forwarded-Host: redirected to $forwarded"
[ "$forwarded" = "https://corroborate.example.org/" ] || fail "forwarded headers ignored: $forwarded"

echo "== stopping B (SIGTERM, graceful) while requests keep coming through the proxy"
codes="$WORK/codes"
( for _ in $(seq 1 60); do curl -s -m 10 -o /dev/null -w '%{http_code}\n' "$P/login"; sleep 0.1; done >"$codes" ) &
load=$!
sleep 1
kill -TERM "$PID_B"
wait "$PID_B" 2>/dev/null || true
echo "   B stopped: $(grep -E 'stopped in|Shutdown' "$WORK/instance-B.log" | tail -n 1 | sed 's/.*INFO *//')"
wait "$load"
echo "   answers during and after: $(sort "$codes" | uniq -c | awk '{ printf "%s x%s ", $2, $1 }')"
[ "$(grep -vc '^200$' "$codes" || true)" = 0 ] || fail "requests failed while B stopped"
echo "OK"
