#!/usr/bin/env bash
# Offline by construction: of Qt's network module the program uses only the
# local socket (QLocalServer, QLocalSocket: one window per user, see
# app/SingleInstance.h), never a class that can reach a network (TCP, UDP,
# HTTP, DNS, SSL). Checked on the symbols the program imports from
# libQt6Network. Usage: check-network-use.sh BINARY
set -euo pipefail
binary=$1
library=$(ldd "$binary" | awk '/libQt6Network/ { print $3 }')
if [[ -z "$library" ]]; then
    echo "FAIL: $binary does not link Qt's network module; the single-instance socket needs it"
    exit 1
fi
names() { awk 'NF { print $NF }' | sed 's/@.*//' | sort -u; }
imported=$(comm -12 <(nm -D --undefined-only "$binary" | names) \
    <(nm -D --defined-only "$library" | names) | c++filt)
if [[ -z "$imported" ]]; then
    echo "FAIL: no symbol of $library found in $binary (the check itself is broken)"
    exit 1
fi
others=$(grep -vE '^((vtable|typeinfo|typeinfo name) for )?QLocal(Server|Socket)(::|$)' \
    <<<"$imported" || true)
if [[ -n "$others" ]]; then
    echo "FAIL: $binary uses more of Qt's network module than the local socket:"
    echo "$others"
    exit 1
fi
grep -q '^QLocalServer::listen' <<<"$imported" ||
    { echo "FAIL: QLocalServer::listen not among the imports: the check sees nothing"; exit 1; }
echo "PASS: of $library only the local socket: $(wc -l <<<"$imported") symbols of QLocalServer and QLocalSocket"
