# Shared by the benchmark scripts (sourced): where the portal runs, the Java clients, wrk, the machine.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
portbase=${VANBAN_BENCH_PORTBASE:-32000}
base=${VANBAN_BENCH_URL:-http://localhost:$((portbase + 80))/}
base=${base%/}/
admin_port=$((portbase + 48))
asadmin="$root/ear/target/payara/payara6/bin/asadmin"
seconds=${BENCH_SECONDS:-20}

# The bench module (bench/src/main/java) and what it needs, built by the reactor; its package phase writes the class
# path the clients run with to bench/target/classpath. Maven's output only when the build fails: even quiet, it writes
# colour resets that the scripts' own output would carry.
compile_clients() {
    local log
    log=$(cd "$root" && mvn -B -o -q -pl bench -am package -DskipTests 2>&1) || { echo "$log" >&2; return 1; }
}

class_path() {
    echo "$root/bench/target/classes:$(cat "$root/bench/target/classpath")"
}

client() {
    java -cp "$(class_path)" "vn.vanban.bench.$1" "${@:2}"
}

machine() {
    echo "machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), $(free -g | awk '/^Mem/ {print $2}') GiB," \
        "Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
}

ensure_portal() {
    curl -fsS -o /dev/null "$base" 2>/dev/null || bash "$root/bench/portal.sh" start
    compile_clients
}

# Deploys DIR as the static web application /bench-static of the same Payara (its default servlet serves the files).
deploy_static() {
    mkdir -p "$1/WEB-INF"
    cat >"$1/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
XML
    "$asadmin" --port "$admin_port" deploy --force=true --name bench-static --contextroot /bench-static "$1" >/dev/null
}

# load URL CONNECTIONS [HEADER]: wrk for $seconds s after 5 s of warm-up; prints "requests/s p50_ms p99_ms errors".
load() {
    local url=$1 connections=$2 header=${3:-X-Bench: 1} out
    wrk -t2 -c"$connections" -d5s -H "$header" "$url" >/dev/null
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$header" "$url")
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 } /Non-2xx/ { errors += $NF } /Socket errors/ { errors += 1 }
        END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, errors }' <<<"$out"
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
