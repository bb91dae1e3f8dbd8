#!/usr/bin/env bash
# Creates a Payara domain of the portal's own (never domain1) if it does not exist yet.
# Usage: create-domain.sh PAYARA_HOME DOMAIN PORTBASE
set -euo pipefail
payara_home=$1
domain=$2
portbase=$3
asadmin="$payara_home/bin/asadmin"
chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/* 2>/dev/null || true

if [ -d "$payara_home/glassfish/domains/$domain" ]; then
    exit 0
fi
"$asadmin" --user admin --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
# The server keeps an uploaded deployment in java.io.tmpdir under the archive's own name (/tmp/vanban.ear): two
# checkouts testing at once overwrote each other's EAR mid-deployment. Each domain gets a temporary folder of its own.
domain_dir="$payara_home/glassfish/domains/$domain"
mkdir -p "$domain_dir/tmp"
sed -i "s|<jvm-options>-server</jvm-options>|<jvm-options>-server</jvm-options><jvm-options>-Djava.io.tmpdir=$domain_dir/tmp</jvm-options>|" \
    "$domain_dir/config/domain.xml"
echo "Created Payara domain $domain (ports from $portbase)"
