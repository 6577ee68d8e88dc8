#!/usr/bin/env bash
# Builds a self-contained release: dist/parity-VERSION/ and dist/parity-VERSION.tar.gz, holding
#   bin/parity                           the executable, Swift's standard library linked in
#   bin/Parity_ParityServer.resources/   reference data it reads (the Midlands, the strategy)
#   share/parity/Views, Public           templates, stylesheets, images
#   share/parity/build-info              version, commit, build date (`parity version`)
#   deploy/                              systemd unit, nginx site, sample configuration
# Copy the folder anywhere (/opt/parity) and run bin/parity: it finds share/parity beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(git describe --tags --always --dirty 2>/dev/null || echo unknown)
swift build -c release --product parity --static-swift-stdlib
bin=$(swift build -c release --show-bin-path)
out=dist/parity-$version
rm -rf "$out" "$out.tar.gz"
mkdir -p "$out/bin" "$out/share/parity" "$out/deploy"
cp "$bin/parity" "$out/bin/parity"
strip "$out/bin/parity" 2>/dev/null || true
cp -R "$bin/Parity_ParityServer.resources" "$out/bin/"
cp -R Resources/Views "$out/share/parity/Views"
cp -R Public "$out/share/parity/Public"
printf 'version=%s\ncommit=%s\nbuilt=%s\n' "$version" "$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$out/share/parity/build-info"
cp deploy/parity@.service deploy/parity.nginx.conf deploy/parity.env.sample "$out/deploy/"
tar -C dist -czf "$out.tar.gz" "parity-$version"
echo "$out ($(du -sh "$out" | cut -f1); archive $(du -sh "$out.tar.gz" | cut -f1))"
"$out/bin/parity" version
