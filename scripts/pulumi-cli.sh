#!/usr/bin/env bash
# Builds the real `pulumi` CLI and the Node.js, YAML and Go language hosts from Go modules, puts
# Pulumi's own `pulumi-resource-pulumi-nodejs` launcher (the dynamic-provider plugin) beside them, and
# caches the programs outside the clone, keyed by version, so a machine builds them once (a cache
# from before the YAML and Go hosts gets them added).
# The last line of stdout is the directory that holds them; progress goes to stderr.
#
#   bash scripts/pulumi-cli.sh            # build or reuse, print the directory
#   PATH="$(bash scripts/pulumi-cli.sh | tail -n 1):$PATH" pulumi version
#
# Versions (see README, "The real pulumi CLI"):
# - pulumi: pkg/v3 v3.274.1, the newest release whose module the Go proxy reachable here serves
#   (its zip downloads, checked on 2026-12-01; 3.260+ were refused on 2026-11-22).
# - pulumi-language-nodejs: its own module (sdk/nodejs/cmd/pulumi-language-nodejs/v3) is served at
#   no version here, so it is built from sdk/v3 v3.68.0, the newest release in which it was still a
#   package of the SDK module. The engine speaks to it over the stable LanguageRuntime gRPC API, and
#   the program itself runs on the project's own @pulumi/pulumi (the npm SDK), as in any release.
# - pulumi-language-yaml: github.com/pulumi/pulumi-yaml v1.25.0 (the newest served), built against
#   pkg/v3 and sdk/v3 v3.207.0: it does not compile against v3.274.1 (packages.go:100, a changed
#   plugin host type); it runs under CLI v3.274.1 (../shared/reference/pulumi-plugin-every-language.md).
# - pulumi-language-go: its own module (sdk/go/pulumi-language-go/v3) is refused by the proxy, so it
#   is built from sdk/v3 v3.62.0, the newest release in which it was a package of the SDK module; Go
#   programs themselves use sdk/v3 v3.274.1.
# - pulumi-language-python: its own module is refused by the proxy, so it is built from sdk/v3
#   v3.79.0, the newest release in which it was a package of the SDK module, with the
#   `pulumi-language-python-exec` script beside it from sdk/v3 v3.210.0 (which takes the arguments
#   that host passes). Programs run on the interpreter scripts/python-env.sh prepares
#   (../shared/reference/pulumi-python-here.md).
set -euo pipefail

PULUMI_VERSION=${PULUMI_CLI_VERSION:-3.274.1}
LANGUAGE_HOST_SDK_VERSION=3.68.0
YAML_VERSION=1.25.0
YAML_PULUMI_VERSION=3.207.0
GO_HOST_SDK_VERSION=3.62.0
PYTHON_HOST_SDK_VERSION=3.79.0
PYTHON_EXEC_SDK_VERSION=3.210.0
cache_root=${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-ionos-s3key/pulumi-cli}
dir="$cache_root/v$PULUMI_VERSION-nodejs-v$LANGUAGE_HOST_SDK_VERSION"

die() {
  echo "pulumi-cli.sh: $*" >&2
  exit 1
}

# The dynamic-provider plugin exactly as Pulumi's releases ship it (sdk/nodejs/dist in the SDK module of
# the CLI's version): a shell script that runs node *without* exec, so the plugin host's parent is that
# shell, not the engine. Copied into $1 (from the Go module cache; downloaded there if missing).
install_launcher() {
  local sdk_dir
  sdk_dir=$(go mod download -json "github.com/pulumi/pulumi/sdk/v3@v$PULUMI_VERSION" 2>/dev/null |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  local launcher="$sdk_dir/nodejs/dist/pulumi-resource-pulumi-nodejs"
  [ -n "$sdk_dir" ] && [ -f "$launcher" ] ||
    die "cannot find Pulumi's pulumi-resource-pulumi-nodejs in github.com/pulumi/pulumi/sdk/v3@v$PULUMI_VERSION (go mod download failed): check that the Go module proxy is reachable."
  if ! cmp -s "$launcher" "$1/pulumi-resource-pulumi-nodejs"; then
    cp "$launcher" "$1/pulumi-resource-pulumi-nodejs.tmp.$$"
    chmod 755 "$1/pulumi-resource-pulumi-nodejs.tmp.$$"
    mv "$1/pulumi-resource-pulumi-nodejs.tmp.$$" "$1/pulumi-resource-pulumi-nodejs"
  fi
}

cached=false
if [ -x "$dir/pulumi" ] && [ -x "$dir/pulumi-language-nodejs" ] && "$dir/pulumi" version >/dev/null 2>&1; then
  cached=true
  if [ -x "$dir/pulumi-language-yaml" ] && [ -x "$dir/pulumi-language-go" ] && [ -x "$dir/pulumi-language-python" ] &&
    [ -x "$dir/pulumi-language-python-exec" ]; then
    echo "pulumi-cli.sh: using the cached build in $dir" >&2
    # A cache from before this script shipped Pulumi's own launcher gets it now.
    if command -v go >/dev/null 2>&1; then install_launcher "$dir"; fi
    echo "$dir"
    exit 0
  fi
fi

command -v go >/dev/null 2>&1 ||
  die "Go is not installed (no 'go' on PATH). Install Go 1.26.6 or newer (https://go.dev/dl) and run this again."
go_version=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
# pkg/v3 v3.274.1 declares "go 1.26.6" in its go.mod.
required_go=1.26.6
if [ "$(printf '%s\n%s\n' "$required_go" "$go_version" | sort -V | head -n 1)" != "$required_go" ]; then
  die "Go $go_version is too old: pulumi v$PULUMI_VERSION needs Go $required_go or newer. Install a newer Go and run this again."
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/build.log"

# Runs one build step; on failure prints one message naming what could not be fetched or built.
step() {
  local what=$1
  shift
  if ! "$@" >>"$log" 2>&1; then
    local fetch
    fetch=$(grep -Eo 'reading https?://[^ ]+: [0-9]{3}[^"]*|dial tcp[^"]*|no such host[^"]*' "$log" | head -n 1 || true)
    if [ -n "$fetch" ]; then
      die "$what failed: a Go module could not be fetched ($fetch). Check that the Go module proxy (GOPROXY=$(go env GOPROXY)) is reachable and serves that version."
    fi
    tail -n 20 "$log" >&2
    die "$what failed (log above)."
  fi
}

# A language host from module $2 (package $3), in a wrapper module requiring $4 (one per line), into
# $1; with $5, the SDK version it reports.
build_host() {
  local out=$1 module=$2 package=$3 requires=$4 version=${5:-} name
  name=$(basename "$package")
  mkdir -p "$work/$name"
  printf 'module pulumi-ionos-s3key/%s\n\ngo %s\n\nrequire (\n%s\n)\n' "$name" "$required_go" "$requires" >"$work/$name/go.mod"
  (cd "$work/$name" && step "Building $name ($module)" env GOFLAGS=-mod=mod \
    go build -trimpath ${version:+-ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version"} \
    -o "$work/$name.bin" "$package")
  mv "$work/$name.bin" "$out/$name"
}

# The CLI and the Node.js language host, with Pulumi's launcher, moved into $dir at once.
build_cli() {
echo "pulumi-cli.sh: building pulumi v$PULUMI_VERSION and pulumi-language-nodejs (sdk v$LANGUAGE_HOST_SDK_VERSION) with Go $go_version into $dir (a few minutes, once per machine)" >&2

# The CLI: a wrapper module that requires pkg/v3 and sdk/v3 at the same version and repeats the
# non-local replace of pkg/go.mod (its `sdk/v3 => ../sdk` is why `go install pkg@version` refuses).
mkdir -p "$work/cli" "$work/language-host" "$work/out"
cat >"$work/cli/go.mod" <<EOF
module pulumi-ionos-s3key/pulumi-cli

go $required_go

require (
	github.com/pulumi/pulumi/pkg/v3 v$PULUMI_VERSION
	github.com/pulumi/pulumi/sdk/v3 v$PULUMI_VERSION
)

replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e
EOF
cat >"$work/language-host/go.mod" <<EOF
module pulumi-ionos-s3key/pulumi-language-nodejs

go $required_go

require github.com/pulumi/pulumi/sdk/v3 v$LANGUAGE_HOST_SDK_VERSION
EOF

ldflags="-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION"
(cd "$work/cli" && step "Building pulumi v$PULUMI_VERSION" env GOFLAGS=-mod=mod \
  go build -trimpath -ldflags "$ldflags" -o "$work/out/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi)
(cd "$work/language-host" && step "Building pulumi-language-nodejs" env GOFLAGS=-mod=mod \
  go build -trimpath -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$LANGUAGE_HOST_SDK_VERSION" \
  -o "$work/out/pulumi-language-nodejs" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs)

install_launcher "$work/out"

"$work/out/pulumi" version >/dev/null 2>&1 || die "the built pulumi does not run: $("$work/out/pulumi" version 2>&1 | head -n 3)"
mkdir -p "$cache_root"
rm -rf "$dir.tmp.$$"
mv "$work/out" "$dir.tmp.$$"
rm -rf "$dir"
mv "$dir.tmp.$$" "$dir"
echo "pulumi-cli.sh: built $("$dir/pulumi" version) in $dir" >&2
}

if [ "$cached" = true ]; then install_launcher "$dir"; else build_cli; fi

if [ ! -x "$dir/pulumi-language-yaml" ]; then
  echo "pulumi-cli.sh: building pulumi-language-yaml v$YAML_VERSION (pkg v$YAML_PULUMI_VERSION) into $dir" >&2
  build_host "$dir" "pulumi-yaml v$YAML_VERSION" github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml \
    "$(printf '\tgithub.com/pulumi/pulumi-yaml v%s\n\tgithub.com/pulumi/pulumi/pkg/v3 v%s\n\tgithub.com/pulumi/pulumi/sdk/v3 v%s' \
      "$YAML_VERSION" "$YAML_PULUMI_VERSION" "$YAML_PULUMI_VERSION")"
fi
if [ ! -x "$dir/pulumi-language-go" ]; then
  echo "pulumi-cli.sh: building pulumi-language-go (sdk v$GO_HOST_SDK_VERSION) into $dir" >&2
  build_host "$dir" "sdk v$GO_HOST_SDK_VERSION" github.com/pulumi/pulumi/sdk/v3/go/pulumi-language-go \
    "$(printf '\tgithub.com/pulumi/pulumi/sdk/v3 v%s' "$GO_HOST_SDK_VERSION")"
fi
if [ ! -x "$dir/pulumi-language-python" ]; then
  echo "pulumi-cli.sh: building pulumi-language-python (sdk v$PYTHON_HOST_SDK_VERSION) into $dir" >&2
  build_host "$dir" "sdk v$PYTHON_HOST_SDK_VERSION" github.com/pulumi/pulumi/sdk/v3/python/cmd/pulumi-language-python \
    "$(printf '\tgithub.com/pulumi/pulumi/sdk/v3 v%s' "$PYTHON_HOST_SDK_VERSION")" "$PYTHON_HOST_SDK_VERSION"
fi
if [ ! -x "$dir/pulumi-language-python-exec" ]; then
  exec_dir=$(go mod download -json "github.com/pulumi/pulumi/sdk/v3@v$PYTHON_EXEC_SDK_VERSION" 2>/dev/null |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$exec_dir" ] && [ -f "$exec_dir/python/cmd/pulumi-language-python-exec" ] ||
    die "cannot find pulumi-language-python-exec in github.com/pulumi/pulumi/sdk/v3@v$PYTHON_EXEC_SDK_VERSION (go mod download failed): check that the Go module proxy is reachable."
  cp "$exec_dir/python/cmd/pulumi-language-python-exec" "$dir/pulumi-language-python-exec.tmp.$$"
  chmod 755 "$dir/pulumi-language-python-exec.tmp.$$"
  mv "$dir/pulumi-language-python-exec.tmp.$$" "$dir/pulumi-language-python-exec"
fi

echo "$dir"
