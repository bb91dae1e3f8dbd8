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
echo "Created Payara domain $domain (ports from $portbase)"
