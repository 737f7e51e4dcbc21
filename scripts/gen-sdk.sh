#!/usr/bin/env bash
# Regenerates the SDKs in sdk/ from schema.json (`npm run schema` writes it) with Pulumi's own code
# generators (sdk/gen, on pkg/v3 v3.274.1): sdk/go (a Go module the tests use), sdk/python and
# sdk/nodejs. .NET is not generated: its generator left pkg/v3 after v3.186.0 and fetches a logo over
# the network. The generator is built once per machine (about 4 minutes cold) and cached.
#
#   bash scripts/gen-sdk.sh           # regenerate sdk/ in place
#   bash scripts/gen-sdk.sh <dir>     # generate into <dir> instead (to compare with sdk/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-sdk}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-ionos-s3key/gen-sdk-$(sha256sum sdk/gen/main.go sdk/gen/go.mod | sha256sum | cut -c1-12)
if [ ! -x "$cache" ]; then
  echo "gen-sdk.sh: building the generator (pkg/v3 codegen) into $cache" >&2
  mkdir -p "$(dirname "$cache")"
  (cd sdk/gen && GOFLAGS=-mod=mod go build -o "$cache.tmp.$$" .) && mv "$cache.tmp.$$" "$cache"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cache" schema.json "$work" go python nodejs
for language in go python nodejs; do
  # Generated files are replaced; the Go module's own files (go.mod, go.sum) are kept.
  find "$out/$language" -mindepth 1 -maxdepth 1 ! -name go.mod ! -name go.sum -exec rm -rf {} + 2>/dev/null || true
  mkdir -p "$out/$language"
  cp -r "$work/$language/." "$out/$language/"
done
if [ ! -f "$out/go/go.mod" ]; then
  printf 'module github.com/pulumi-ionos-s3key/pulumi-ionos-s3key/sdk/go\n\ngo 1.26\n\nrequire github.com/pulumi/pulumi/sdk/v3 v3.274.1\n' >"$out/go/go.mod"
  (cd "$out/go" && GOFLAGS=-mod=mod go mod tidy)
fi
echo "$out"
