#!/usr/bin/env bash
# Starts or stops the portal on the Payara unpacked into .run/ at the top of the checkout.
#   portal.sh prepare     create the domain in the background if needed (the build runs it before compiling)
#   portal.sh start EAR   create the domain if needed, start it, deploy EAR, wait until the portal answers
#   portal.sh stop        stop the domain
# The database is the H2 file .run/data/vanban.mv.db (kept across restarts and 'mvn clean') unless
# VANBAN_DB_URL and friends name another one (see README: PostgreSQL).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
run_dir="$root/.run"
payara_home="$run_dir/payara6"
asadmin="$payara_home/bin/asadmin"
domain=vanban
port=${VANBAN_HTTP_PORT:-8080}
url="http://localhost:$port/"

running() {
    "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"
}

wait_for_portal() {
    local seconds=$1
    for _ in $(seq 1 "$seconds"); do
        curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
        sleep 1
    done
    return 1
}

start() {
    local ear=$1
    [ -f "$ear" ] || { echo "No EAR at $ear: build first (mvn -Prun package)" >&2; exit 1; }
    [ -x "$asadmin" ] || chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/*
    bash "$root/ear/src/main/portal/create-domain.sh" "$payara_home" "$domain" "$((port - 80))"
    # A domain created since the last deployment has no application yet, whatever the checksum says.
    if [ "$payara_home/glassfish/domains/$domain/.created" -nt "$run_dir/deployed.sha256" ]; then
        rm -f "$run_dir/deployed.sha256"
    fi
    mkdir -p "$run_dir/data"

    export VANBAN_DB_CLASS=${VANBAN_DB_CLASS:-org.h2.jdbcx.JdbcDataSource}
    # WRITE_DELAY=0: H2 writes each commit to its file at once; by default up to 500 ms later, so a killed server
    # would lose writes it had confirmed (FaultsIT). DB_CLOSE_DELAY=-1: the file stays open while the server runs,
    # also across a redeployment; H2 2.2.224 once found a file it had closed and opened again corrupt.
    export VANBAN_DB_URL=${VANBAN_DB_URL:-"jdbc:h2:$run_dir/data/vanban;AUTO_SERVER=TRUE;WRITE_DELAY=0;DB_CLOSE_DELAY=-1"}
    export VANBAN_DB_USER=${VANBAN_DB_USER:-vanban}
    export VANBAN_DB_PASSWORD=${VANBAN_DB_PASSWORD:-vanban}
    export VANBAN_DEMO_DATA=${VANBAN_DEMO_DATA:-true}

    local fresh_start=false
    if running; then
        echo "Payara domain '$domain' is already running."
    else
        echo "Starting Payara domain '$domain' ..."
        "$asadmin" start-domain "$domain" >"$run_dir/start-domain.log" 2>&1 || {
            cat "$run_dir/start-domain.log" >&2; exit 1; }
        fresh_start=true
    fi

    # A restarted server loads the EAR deployed last time by itself; deploying again while it does so fails.
    # So deploy only a changed EAR, and only once the old one has finished loading.
    local checksum
    checksum=$(sha256sum "$ear" | cut -d' ' -f1)
    if [ "$checksum" != "$(cat "$run_dir/deployed.sha256" 2>/dev/null)" ]; then
        if $fresh_start && [ -f "$run_dir/deployed.sha256" ]; then
            wait_for_portal 60 || true
        fi
        echo "Deploying $(basename "$ear") ..."
        "$asadmin" --port "$((port - 80 + 48))" deploy --force=true --name vanban --contextroot / "$ear" \
            >"$run_dir/deploy.log" 2>&1 || {
            cat "$run_dir/deploy.log" >&2
            echo "Server log: $payara_home/glassfish/domains/$domain/logs/server.log" >&2
            exit 1; }
        echo "$checksum" >"$run_dir/deployed.sha256"
    fi

    if wait_for_portal 90; then
        cat <<MSG

  Cổng văn bản đang chạy / The portal is running:  $url

  Demo logins (mật khẩu / password: Demo@2026)
    admin      Quản trị hệ thống (ADMIN)
    vanthu     Văn thư, văn phòng (SECRETARIAT)
    hung.tv    Trưởng Ban chỉ đạo (SIGNER, MEMBER)
    lan.nt     Thành viên Ban chỉ đạo (MEMBER)
    mai.vt     Thư ký Ban chỉ đạo, ký biên bản sau chủ trì (MEMBER, SECRETARIAT)

  Data: ${VANBAN_DB_URL}
  Stop: mvn -Pstop validate
MSG
        exit 0
    fi
    echo "The portal did not answer on $url within 90 s; see $payara_home/glassfish/domains/$domain/logs/server.log" >&2
    exit 1
}

stop() {
    if running; then
        "$asadmin" stop-domain "$domain"
    else
        echo "The portal is not running."
    fi
}

# Creates the domain in the background (the build goes on compiling meanwhile); start waits for it.
prepare() {
    [ -d "$payara_home" ] || return 0
    mkdir -p "$run_dir"
    setsid nohup bash "$root/ear/src/main/portal/create-domain.sh" "$payara_home" "$domain" "$((port - 80))" \
        >"$run_dir/create-domain.log" 2>&1 </dev/null &
}

case "${1:-}" in
    prepare) prepare ;;
    start) start "${2:?EAR path}" ;;
    stop) stop ;;
    *) echo "usage: portal.sh prepare | start EAR | stop" >&2; exit 2 ;;
esac
