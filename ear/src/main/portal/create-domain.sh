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
# Text compression on the portal's HTTP and HTTPS listeners, in the domain's own configuration and in the one its
# instances copy (default-config): pages, scripts, styles, JSON and the Atom feeds shrink to a fifth or less, which
# a phone on a slow network feels most. Grizzly compresses with gzip when the client accepts it, answers of 1 KB
# or more only (below that the saving is a few hundred bytes), and matches these types by prefix
# (text/html;charset=UTF-8). PDFs, images and archives are compressed already and stay as they are. Grizzly sends
# no Vary header: SecurityHeadersFilter adds it.
compressible='text/html,text/css,text/javascript,application/javascript,application/json,application/atom+xml,application/xml,text/xml,text/plain,text/csv,image/svg+xml'
# Every such listener without a compression setting gets it, whatever order Payara wrote its attributes in: a domain
# that has run (Payara rewrites domain.xml) is brought up to date as a new one is.
sed -i -E "/<http [^>]*default-virtual-server=\"server\"/{/compression=/!s|<http |<http compression=\"on\" compression-min-size-bytes=\"1024\" compressable-mime-type=\"$compressible\" |}" \
    "$domain_dir/config/domain.xml"
if $created; then
    touch "$complete"
    echo "Created Payara domain $domain (ports from $portbase)"
fi
