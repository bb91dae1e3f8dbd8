#!/usr/bin/env bash
# Creates a Payara domain of the portal's own (never domain1) if it does not exist yet.
# Usage: create-domain.sh PAYARA_HOME DOMAIN PORTBASE
set -euo pipefail
payara_home=$1
domain=$2
portbase=$3
asadmin="$payara_home/bin/asadmin"
chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/* 2>/dev/null || true

domain_dir="$payara_home/glassfish/domains/$domain"
# One creation at a time: the run command starts one in the background while the modules compile, and its start
# waits here for it. A domain is complete once it has the marker; anything else is the rest of a failed creation.
created=false
exec 9>"$payara_home/glassfish/domains/.$domain.lock"
flock 9
complete="$domain_dir/.created"
if [ -d "$domain_dir" ] && [ ! -f "$complete" ] && [ ! -f "$domain_dir/config/domain.xml" ]; then
    rm -rf "$domain_dir"
fi
if [ ! -d "$domain_dir" ]; then
    "$asadmin" --user admin --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
    created=true
fi

mkdir -p "$domain_dir/tmp"
if ! grep -q 'java.io.tmpdir' "$domain_dir/config/domain.xml"; then
    sed -i 's|</java-config>|  <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>\n</java-config>|' \
        "$domain_dir/config/domain.xml"
fi

# Heap: the embedded H2's page cache, PDF rendering and signing, and the checks of 20 MB uploads share it; Payara's
# default of 512 MB left too little room when those met.
sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx1g</jvm-options>|' "$domain_dir/config/domain.xml"
if $created; then
    touch "$complete"
    echo "Created Payara domain $domain (ports from $portbase)"
fi
