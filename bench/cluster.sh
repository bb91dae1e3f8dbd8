#!/usr/bin/env bash
# The cluster of the README (mvn -Pcluster package: two instances behind nginx on 8090) under load:
#   failover: kill -9 of vanban-1 in the middle of a mixed load through nginx (6 logged-in readers, one writer):
#             failed reads and writes, time until every request succeeds again, sessions lost; then vanban-1 again
#   throughput: the mixed load (mixed.lua, 16 connections) through nginx on both instances, and on one instance
#             directly, on the same machine
#   replication: a login and a member's signed-PDF download on vanban-1, with the EAR deployed with availability
#             (sessions replicated in the data grid) and redeployed without it; then with availability again.
#             On the instance directly: without availability nginx's round robin cannot serve a session at all (a
#             login form fetched from one instance and posted to the other answers "session expired")
# Usage: bench/cluster.sh [failover|throughput|replication|all]   (the cluster must be running: mvn -Pcluster package)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cluster="$root/ear/target/cluster"
url=${VANBAN_CLUSTER_URL:-http://localhost:8090/}
node=localhost-vanban-cluster
instance_pid="$cluster/payara6/glassfish/nodes/$node/vanban-1/config/pid"

curl -fsS -o /dev/null "${url}health" || { echo "The cluster does not answer at $url: start it with mvn -Pcluster package" >&2; exit 1; }
compile_clients
machine

failover() {
    echo "== kill -9 of vanban-1 after 10 s of mixed load through nginx, 20 s more"
    client FailoverBenchmark "$url" "$instance_pid" 10 20 6
    local started=$SECONDS
    # The cluster command starts what is stopped, with the settings the instances need (database, keystore password).
    bash "$root/ear/src/main/cluster/cluster.sh" start "$root/ear/target/vanban.ear" \
        --development-keystore-password-file="$root/.run/cluster-keystore.password" >/dev/null
    echo "vanban-1 started again by the cluster command and answers /health after $((SECONDS - started)) s"
}

throughput() {
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
    local id
    id=$(curl -fsS -u vanthu:Demo@2026 "${url}api/documents?type=BB&status=PUBLISHED&first=0&max=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
    export BENCH_PDF_PATH="/api/documents/$id/pdf"
    local target
    for target in "${url%/}" http://localhost:34180; do
        export BENCH_COOKIE=$(client SessionCookie "$target/" lan.nt)
        wrk -t2 -c16 -d5s -s "$root/bench/mixed.lua" "$target" >/dev/null
        echo "mixed load, 16 connections, ${seconds} s, $target: $(wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/mixed.lua" "$target" \
            | awk '/Requests\/sec/ { r = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 } /Non-2xx/ { e = $NF }
                   END { printf "%s req/s, p50 %s, p99 %s, non-2xx %d", r, p50, p99, e }')"
    done
}

deploy_with_availability() {
    "$cluster/payara6/bin/asadmin" --port 34048 deploy --force=true --target vanban-group --availabilityenabled="$1" \
        --name vanban --contextroot / "$root/ear/target/vanban.ear" >/dev/null
    until curl -fsS -o /dev/null "${url}health"; do sleep 1; done
}

replication() {
    local id runs=${BENCH_RUNS:-200}
    id=$(curl -fsS -u vanthu:Demo@2026 "${url}api/documents?type=BB&status=PUBLISHED&first=0&max=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
    local availability
    for availability in true false; do
        deploy_with_availability "$availability"
        echo "== availability $availability ($runs runs each, on vanban-1 directly)"
        client ReplicationCostBenchmark http://localhost:34180/ "api/documents/$id/pdf" "$runs"
    done
    deploy_with_availability true
}

case "${1:-all}" in
    failover) failover ;;
    throughput) throughput ;;
    replication) replication ;;
    all) throughput; replication; failover ;;
    *) echo "usage: bench/cluster.sh [failover|throughput|replication|all]" >&2; exit 2 ;;
esac
