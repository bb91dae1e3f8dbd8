#!/usr/bin/env bash
# The portal on more than one server: a Payara deployment group of two instances that share one PostgreSQL database
# and keep their sessions in the Hazelcast data grid Payara ships, behind nginx. Everything lives in
# ear/target/cluster (the Payara the build unpacks there, the domain, the instances, nginx's configuration and logs).
#   cluster.sh start EAR [--development-keystore-password-file=FILE]
#       create what is missing (domain, deployment group, instances, database), start what is stopped, deploy EAR
#       if it is not the one deployed, start nginx, wait until the portal answers through nginx
#   cluster.sh stop
#       stop nginx, the instances and the domain
#   cluster.sh kill INSTANCE
#       end the instance's JVM with SIGKILL, as a power cut or the OOM killer would
#   cluster.sh start-instance INSTANCE [--development-keystore-password-file=FILE]
#       start one stopped instance of a running domain again and wait until it answers
#   cluster.sh delete
#       stop everything, then delete the domain, its instances and nginx's files (not the database)
# Ports: domain vanban-cluster from 34000 (admin 34048, HTTP 34080), instance vanban-1 from 34100 (HTTP 34180),
# vanban-2 from 34200 (HTTP 34280), nginx 8090.
#
# So that a second cluster (the integration test's) can run beside this one, the environment may move it:
# VANBAN_CLUSTER_DIR (ear/target/cluster), VANBAN_CLUSTER_PAYARA_HOME (payara6 in that directory),
# VANBAN_CLUSTER_DOMAIN (vanban-cluster), VANBAN_CLUSTER_PORTBASE (34000; the instances from 100 and 200 above it)
# and VANBAN_CLUSTER_NGINX_PORT (8090).
#
# The instances read their settings from the environment this script gives them (see README: Configuration):
# VANBAN_DB_* (PostgreSQL only: database vanban_cluster at 127.0.0.1:5432 unless VANBAN_DB_URL says otherwise) and
# VANBAN_KEYSTORE_PASSWORD, which every instance must share: without it the script refuses to start, unless the build
# hands it a development password, which it then says it uses.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
cluster_dir=${VANBAN_CLUSTER_DIR:-$root/ear/target/cluster}
payara_home=${VANBAN_CLUSTER_PAYARA_HOME:-$cluster_dir/payara6}
asadmin="$payara_home/bin/asadmin"
domain=${VANBAN_CLUSTER_DOMAIN:-vanban-cluster}
portbase=${VANBAN_CLUSTER_PORTBASE:-34000}
admin_port=$((portbase + 48))
group=vanban-group
instances=(vanban-1 vanban-2)
declare -A instance_portbase=([vanban-1]=$((portbase + 100)) [vanban-2]=$((portbase + 200)))
node=localhost-$domain
nginx_port=${VANBAN_CLUSTER_NGINX_PORT:-8090}
nginx_dir="$cluster_dir/nginx"
url="http://localhost:$nginx_port/"

say() {
    echo "[cluster] $*"
}

fail() {
    echo "[cluster] $*" >&2
    exit 1
}

remote() {
    "$asadmin" --port "$admin_port" "$@"
}

domain_running() {
    "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"
}

instance_running() {
    remote list-instances "$group" 2>/dev/null | grep -Eq "^$1 +running"
}

known_instance() {
    [[ " ${instances[*]} " == *" $1 "* ]] || fail "No instance $1 in $group (${instances[*]})."
}

# The process id of the instance's JVM, while it lives; nothing otherwise.
instance_pid() {
    local pid_file="$payara_home/glassfish/nodes/$node/$1/config/pid" pid
    [ -f "$pid_file" ] || return 0
    pid=$(cat "$pid_file")
    if kill -0 "$pid" 2>/dev/null; then
        echo "$pid"
    fi
}

# The settings every instance gets; refuses what a cluster cannot work with.
settings() {
    local development_password_file=$1
    export VANBAN_DB_CLASS=${VANBAN_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}
    export VANBAN_DB_URL=${VANBAN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/vanban_cluster}
    export VANBAN_DB_USER=${VANBAN_DB_USER:-postgres}
    export VANBAN_DB_PASSWORD=${VANBAN_DB_PASSWORD:-postgres}
    case "$VANBAN_DB_URL" in
        jdbc:postgresql:*) ;;
        jdbc:h2:*) fail "Refused: VANBAN_DB_URL is an H2 database ($VANBAN_DB_URL). H2 is one process's database: the instances of a cluster must share one PostgreSQL database (the default is jdbc:postgresql://127.0.0.1:5432/vanban_cluster)." ;;
        *) fail "Refused: VANBAN_DB_URL must be a PostgreSQL database (jdbc:postgresql://HOST:PORT/NAME), not $VANBAN_DB_URL." ;;
    esac
    if [ -z "${VANBAN_KEYSTORE_PASSWORD:-}" ]; then
        [ -n "$development_password_file" ] || fail "Refused: VANBAN_KEYSTORE_PASSWORD is not set. Every instance must protect and read the signing keys in the database with the same password; set it (the same for every start) and run again."
        if [ ! -s "$development_password_file" ]; then
            mkdir -p "$(dirname "$development_password_file")"
            (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$development_password_file")
            say "Made a random DEVELOPMENT keystore password in $development_password_file"
        fi
        VANBAN_KEYSTORE_PASSWORD=$(cat "$development_password_file")
        export VANBAN_KEYSTORE_PASSWORD
        say "VANBAN_KEYSTORE_PASSWORD is not set: the instances share the DEVELOPMENT keystore password in $development_password_file. Set VANBAN_KEYSTORE_PASSWORD for anything but a trial."
    fi
    export VANBAN_DEMO_DATA=${VANBAN_DEMO_DATA:-true}
    export VANBAN_PUBLIC_URL=${VANBAN_PUBLIC_URL:-$url}
    # nginx on this host is the proxy whose X-Forwarded-For the rate limits believe.
    export VANBAN_TRUSTED_PROXIES=${VANBAN_TRUSTED_PROXIES:-127.0.0.1,0:0:0:0:0:0:0:1}
}

# Creates the database named by VANBAN_DB_URL if it does not exist.
database() {
    [[ $VANBAN_DB_URL =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
        || fail "Cannot read host and database from VANBAN_DB_URL=$VANBAN_DB_URL"
    local host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} name=${BASH_REMATCH[4]}
    command -v psql >/dev/null || fail "psql is missing (apt-get install postgresql-client), or create the database $name yourself."
    local psql=(psql -h "$host" -p "$port" -U "$VANBAN_DB_USER" -d postgres -v ON_ERROR_STOP=1 -Atq)
    export PGPASSWORD=$VANBAN_DB_PASSWORD
    if ! "${psql[@]}" -c 'SELECT 1' >/dev/null 2>&1; then
        fail "PostgreSQL does not answer at $host:$port as $VANBAN_DB_USER."
    fi
    if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
        "${psql[@]}" -c "CREATE DATABASE \"$name\""
        say "Created the PostgreSQL database $name on $host:$port."
    fi
    unset PGPASSWORD
}

start_domain() {
    bash "$root/ear/src/main/portal/create-domain.sh" "$payara_home" "$domain" "$portbase"
    if domain_running; then
        say "Payara domain $domain is already running (admin port $admin_port)."
    else
        say "Starting Payara domain $domain (admin port $admin_port) ..."
        "$asadmin" start-domain "$domain" >"$cluster_dir/start-domain.log" 2>&1 || {
            cat "$cluster_dir/start-domain.log" >&2; fail "The domain did not start."; }
    fi
}

# The deployment group and its instances, once per domain: the marker says it is all there.
create_group() {
    local domain_dir="$payara_home/glassfish/domains/$domain"
    local complete="$domain_dir/.cluster-created"
    if [ -f "$complete" ]; then
        return
    fi
    # A data grid of the cluster's own name, beside any other Payara domain on this machine.
    remote set-hazelcast-configuration --clustername "$domain" --dynamic=true >/dev/null
    if ! remote list-deployment-groups | grep -qx "[[:space:]]*$group"; then
        remote create-deployment-group "$group" >/dev/null
    fi
    local existing instance base
    existing=$(remote list-instances --nostatus=true)
    for instance in "${instances[@]}"; do
        if ! grep -qx "$instance" <<<"$existing"; then
            # The rest of a failed creation would make create-local-instance refuse the config's name.
            if remote list-configs | grep -qx "$instance-config"; then
                remote delete-config "$instance-config" >/dev/null
            fi
            base=${instance_portbase[$instance]}
            remote create-local-instance --node "$node" --deploymentgroup "$group" --portbase "$base" \
                --systemproperties "HZ_LISTENER_PORT=$((base + 59))" "$instance" >/dev/null
            say "Created instance $instance in $group (ports from $base, HTTP $((base + 80)))."
        fi
        # The application's timers are not persistent; the default timer store is a database that only the domain
        # itself has, and without a usable store the EJB container refuses the application on an instance.
        remote set "configs.config.$instance-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
    done
    touch "$complete"
}

# What the EAR holds, whatever the build's timestamps: the name and CRC-32 of every entry, and of every entry of the
# archives in it (web.war, domain.jar, lib/*.jar). A rebuild of unchanged sources gives the same fingerprint (its
# bytes differ), so starting again after a build redeploys nothing.
fingerprint() {
    local ear=$1 work nested
    work=$(mktemp -d)
    {
        unzip -v "$ear" | awk '$7 ~ /^[0-9a-f]{8}$/ && $8 !~ /\.(jar|war)$/ { print $7, $8 }'
        for nested in $(unzip -Z1 "$ear" | grep -E '\.(jar|war)$'); do
            unzip -p "$ear" "$nested" >"$work/nested"
            unzip -v "$work/nested" | awk -v archive="$nested" '$7 ~ /^[0-9a-f]{8}$/ { print archive, $7, $8 }'
        done
    } | sha256sum | cut -d' ' -f1
    rm -rf "$work"
}

application_deployed() {
    remote list-applications "$group" 2>/dev/null | grep -q "^vanban "
}

# Deploys EAR to the group and remembers which EAR it was. Only onto running instances once the application is
# there: with stopped instances, Payara 6 undoes the old deployment and then refuses the name for the new one.
deploy() {
    local ear=$1
    say "Deploying $(basename "$ear") to $group with availability (sessions in the data grid) ..."
    remote deploy --force=true --target "$group" --availabilityenabled=true --name vanban --contextroot / "$ear" \
        >"$cluster_dir/deploy.log" 2>&1 || {
        cat "$cluster_dir/deploy.log" >&2; fail "Deployment failed; see the instances' logs under $payara_home/glassfish/nodes/$node/*/logs/server.log"; }
    fingerprint "$ear" >"$cluster_dir/deployed.fingerprint"
}

# Starts the stopped instances among those named (all by default) at the same time, with this script's environment.
start_instances() {
    local instance pids=() names=()
    for instance in "${@:-${instances[@]}}"; do
        mkdir -p "$payara_home/glassfish/nodes/$node/$instance/tmp"
        if instance_running "$instance"; then
            say "Instance $instance is already running."
            continue
        fi
        say "Starting instance $instance ..."
        remote start-local-instance --node "$node" "$instance" >"$cluster_dir/start-$instance.log" 2>&1 &
        pids+=($!)
        names+=("$instance")
    done
    local i failed=false
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            cat "$cluster_dir/start-${names[$i]}.log" >&2
            failed=true
        fi
    done
    $failed && fail "An instance did not start."
    return 0
}

nginx_running() {
    [ -f "$nginx_dir/nginx.pid" ] && kill -0 "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null
}

nginx_config() {
    mkdir -p "$nginx_dir/logs" "$nginx_dir/temp"
    local user_line="" upstreams="" instance
    # Started as root, nginx's workers run as nobody; started as anyone else, as that user.
    if [ "$(id -u)" = 0 ]; then
        user_line="user nobody nogroup;"
    fi
    for instance in "${instances[@]}"; do
        upstreams+="        server 127.0.0.1:$((instance_portbase[$instance] + 80)) max_fails=1 fail_timeout=10s;"$'\n'
    done
    cat >"$nginx_dir/nginx.conf" <<CONF
# Generated by ear/src/main/cluster/cluster.sh at every start: edits here are lost.
$user_line
daemon on;
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;

events {
    worker_connections 512;
}

http {
    access_log $nginx_dir/logs/access.log;
    client_body_temp_path $nginx_dir/temp/client_body;
    proxy_temp_path $nginx_dir/temp/proxy;
    fastcgi_temp_path $nginx_dir/temp/fastcgi;
    uwsgi_temp_path $nginx_dir/temp/uwsgi;
    scgi_temp_path $nginx_dir/temp/scgi;
    # The portal accepts PDFs of up to 20 MB for verification.
    client_max_body_size 21m;

    upstream vanban {
$upstreams        keepalive 16;
    }

    server {
        listen $nginx_port;
        location / {
            proxy_pass http://vanban;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            # An instance that is down, or answers 502/503, is skipped: for idempotent requests only (nginx never
            # sends a POST again once it reached an instance).
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
CONF
}

start_nginx() {
    if ! command -v nginx >/dev/null; then
        [ "$(id -u)" = 0 ] || fail "nginx is missing: apt-get install nginx"
        say "Installing nginx (Debian package) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null 2>&1 || {
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
    fi
    nginx_config
    local nginx=(nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf")
    "${nginx[@]}" -t -q || fail "nginx refuses its configuration $nginx_dir/nginx.conf"
    if nginx_running; then
        "${nginx[@]}" -s reload
        say "nginx is already running on port $nginx_port (configuration reloaded)."
    else
        "${nginx[@]}" || fail "nginx did not start; see $nginx_dir/logs/error.log (is port $nginx_port taken?)"
        say "Started nginx on port $nginx_port."
    fi
}

# True once the address answers 200 within the given seconds.
answers() {
    local address=$1 seconds=$2
    for _ in $(seq 1 "$seconds"); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$address" 2>/dev/null)" = 200 ] && return 0
        sleep 1
    done
    return 1
}

instances_answer() {
    local instance
    for instance in "${@:-${instances[@]}}"; do
        answers "http://localhost:$((instance_portbase[$instance] + 80))/health" 300 \
            || fail "Instance $instance does not answer /health; see $payara_home/glassfish/nodes/$node/$instance/logs/server.log"
    done
}

start() {
    local ear=$1 development_password_file=$2 started=$SECONDS
    [ -f "$ear" ] || fail "No EAR at $ear: build first (mvn -Pcluster package)"
    command -v unzip >/dev/null || fail "unzip is missing: apt-get install unzip"
    [ -x "$asadmin" ] || fail "No Payara at $payara_home: the build unpacks it (mvn -Pcluster package)"
    mkdir -p "$cluster_dir"
    settings "$development_password_file"
    database
    start_domain
    create_group
    # A new group gets the application before its instances start, and they load it as they start.
    if ! application_deployed; then
        deploy "$ear"
    fi
    start_instances
    instances_answer
    if [ "$(fingerprint "$ear")" != "$(cat "$cluster_dir/deployed.fingerprint" 2>/dev/null)" ]; then
        deploy "$ear"
        instances_answer
    else
        say "$(basename "$ear") is deployed to $group already."
    fi
    start_nginx
    answers "${url}health" 60 || fail "The portal does not answer ${url}health through nginx; see $nginx_dir/logs/error.log"
    cat <<MSG

  Cổng văn bản chạy trên nhiều máy chủ / The portal runs on more than one server:  $url
  (nginx on $nginx_port -> ${instances[0]} on $((instance_portbase[${instances[0]}] + 80)), ${instances[1]} on $((instance_portbase[${instances[1]}] + 80)); ready in $((SECONDS - started)) s)

  Demo logins (mật khẩu / password: Demo@2026)
    admin      Quản trị hệ thống (ADMIN)
    vanthu     Văn thư, văn phòng (SECRETARIAT)
    hung.tv    Trưởng Ban chỉ đạo (SIGNER, MEMBER)
    lan.nt     Thành viên Ban chỉ đạo (MEMBER)
    mai.vt     Thư ký Ban chỉ đạo, ký biên bản sau chủ trì (MEMBER, SECRETARIAT)

  Data: $VANBAN_DB_URL
  Which instance answered: the X-Vanban-Instance header (curl -si ${url}health)
  Members of the data grid: $asadmin --port $admin_port list-hazelcast-cluster-members
  Stop: mvn -Pstop-cluster validate
MSG
}

stop() {
    if nginx_running; then
        nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -s quit
        say "Stopped nginx."
    fi
    local instance pid
    for instance in "${instances[@]}"; do
        pid=$(instance_pid "$instance")
        if [ -n "$pid" ]; then
            if "$asadmin" stop-local-instance --node "$node" "$instance" >/dev/null; then
                say "Stopped instance $instance."
            else
                kill -9 "$pid" 2>/dev/null || true
                say "Instance $instance did not stop when asked: killed it."
            fi
        fi
    done
    if [ -x "$asadmin" ] && domain_running; then
        "$asadmin" stop-domain "$domain" >/dev/null
        say "Stopped Payara domain $domain."
    fi
    say "The cluster is stopped."
}

# SIGKILL to one instance's JVM; returns once the process is gone. nginx finds out by itself.
kill_instance() {
    local instance=$1 pid
    known_instance "$instance"
    pid=$(instance_pid "$instance")
    [ -n "$pid" ] || fail "Instance $instance is not running."
    kill -9 "$pid"
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || { say "Killed instance $instance (SIGKILL to process $pid)."; return 0; }
        sleep 0.2
    done
    fail "Process $pid of instance $instance is still there a minute after SIGKILL."
}

# Starts one instance again (after a stop or a kill) with this script's environment, as start does for all.
start_instance() {
    local instance=$1 development_password_file=$2
    known_instance "$instance"
    domain_running || fail "The domain $domain is not running: cluster.sh start EAR starts everything."
    settings "$development_password_file"
    start_instances "$instance"
    instances_answer "$instance"
    say "Instance $instance answers on $((instance_portbase[$instance] + 80))."
}

delete() {
    stop
    rm -rf "$payara_home/glassfish/domains/$domain" "$payara_home/glassfish/nodes/$node" "$nginx_dir"
    rm -f "$payara_home/glassfish/domains/.$domain.lock" "$cluster_dir/deployed.fingerprint"
    say "Deleted the domain $domain, its instances and nginx's files; the database is left as it is."
}

password_file_option() {
    if [ -n "${1:-}" ]; then
        [[ $1 == --development-keystore-password-file=* ]] || fail "unknown option $1"
        echo "${1#--development-keystore-password-file=}"
    fi
}

usage="usage: cluster.sh start EAR [--development-keystore-password-file=FILE] | stop | kill INSTANCE
       | start-instance INSTANCE [--development-keystore-password-file=FILE] | delete"
case "${1:-}" in
    start)
        ear=${2:?$usage}
        development_password_file=$(password_file_option "${3:-}")
        start "$ear" "$development_password_file"
        ;;
    stop) stop ;;
    kill) kill_instance "${2:?$usage}" ;;
    start-instance)
        development_password_file=$(password_file_option "${3:-}")
        start_instance "${2:?$usage}" "$development_password_file"
        ;;
    delete) delete ;;
    *) echo "$usage" >&2; exit 2 ;;
esac
