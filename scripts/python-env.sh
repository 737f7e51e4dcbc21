#!/usr/bin/env bash
# Prepares Python for Pulumi programs on a machine without PyPI (../shared/reference/pulumi-python-here.md):
# Debian's Python packages (installed where missing, when run as root), Pulumi's Python SDK from the
# Go module cache at the newest version that imports with them, a shim for Debian's older semver,
# and a venv with the generated sdk/python installed offline. Idempotent: a second run only checks.
# The last line of stdout is the interpreter to use (PULUMI_PYTHON_CMD): it imports `pulumi` and
# `pulumi_ionos_s3key` with no other variable set. Progress goes to stderr.
#
#   PULUMI_PYTHON_CMD="$(bash scripts/python-env.sh | tail -n 1)" pulumi up
#
# Versions:
# - Pulumi's Python SDK 3.224.0: the newest that imports with Debian 12's packages (3.225.0 and later
#   import OpenTelemetry, which Debian has not; 3.207.0 needs protobuf 5.29). It lacks
#   `pulumi.runtime.exists_resource`, so the generated `S3Key.exists()` and `AccessKey.exists()` fail
#   on it (docs/languages/python.md).
# - Debian's semver 2.10 has `VersionInfo` but not `Version`, which the SDK uses: the interpreter is a
#   small wrapper that puts a `sitecustomize` on the path to alias it (Debian's own sitecustomize in
#   the standard library would shadow one in the venv).
set -euo pipefail

SDK_VERSION=${PULUMI_PYTHON_SDK_VERSION:-3.224.0}
PACKAGES=(python3-grpcio python3-protobuf python3-dill python3-semver python3-yaml python3-debugpy
  python3-packaging python3-typing-extensions python3-six python3-venv python3-pip python3-setuptools)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache_root=${PULUMI_PYTHON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-ionos-s3key/python}

die() {
  echo "python-env.sh: $*" >&2
  exit 1
}

[ -x /usr/bin/python3 ] || die "Debian's /usr/bin/python3 is missing: install python3 (apt-get install python3)."

# Debian's packages: installed as root (CI), else named for the user to install.
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    die "Debian packages missing: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) and run this again."
  fi
  echo "python-env.sh: installing ${missing[*]}" >&2
  apt-get update -qq >&2 || die "apt-get update failed: Debian's package mirror must be reachable."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
    die "apt-get install ${missing[*]} failed."
fi

# The SDK's source, from the Go module of Pulumi's SDK (the Python package is in python/lib).
sdk="$cache_root/pulumi-sdk-$SDK_VERSION"
if [ ! -f "$sdk/lib/pulumi/__init__.py" ]; then
  command -v go >/dev/null 2>&1 || die "Go is not installed: it fetches Pulumi's Python SDK from the Go module proxy."
  module_dir=$(go mod download -json "github.com/pulumi/pulumi/sdk/v3@v$SDK_VERSION" 2>/dev/null |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$module_dir" ] && [ -f "$module_dir/python/lib/pulumi/__init__.py" ] ||
    die "cannot fetch github.com/pulumi/pulumi/sdk/v3@v$SDK_VERSION (go mod download failed): check that the Go module proxy is reachable."
  mkdir -p "$cache_root"
  rm -rf "$sdk.tmp.$$"
  mkdir -p "$sdk.tmp.$$"
  cp -R "$module_dir/python/lib" "$sdk.tmp.$$/lib"
  chmod -R u+w "$sdk.tmp.$$"
  rm -rf "$sdk"
  mv "$sdk.tmp.$$" "$sdk"
fi

# The venv, keyed by the SDK's version and the generated SDK's content: a changed sdk/python gets a new one.
sdk_hash=$(cd "$here/sdk/python" && find . -type f ! -path '*/__pycache__/*' ! -path '*.egg-info*' ! -path './build/*' -print0 |
  LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
venv="$cache_root/venv-$SDK_VERSION-$sdk_hash"
python="$venv/bin/pulumi-python"
if [ ! -x "$python" ]; then
  echo "python-env.sh: making $venv (Pulumi's Python SDK $SDK_VERSION, sdk/python installed offline)" >&2
  # Made in place (a venv's scripts name its path); the wrapper, written last, marks it complete.
  rm -rf "$venv"
  /usr/bin/python3 -m venv --system-site-packages "$venv" >&2
  site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  echo "$sdk/lib" >"$site/pulumi-sdk.pth"
  mkdir -p "$venv/shim"
  cat >"$venv/shim/sitecustomize.py" <<'EOF'
# Debian 12's semver 2.10 names its class VersionInfo; Pulumi's SDK uses semver.Version (semver 3).
try:
    import semver

    if not hasattr(semver, "Version"):
        semver.Version = semver.VersionInfo
except ImportError:
    pass
EOF
  build=$(mktemp -d)
  cp -R "$here/sdk/python/." "$build/"
  "$venv/bin/pip" install --quiet --no-deps --no-index --no-build-isolation "$build" >&2 ||
    die "installing sdk/python into the venv failed (pip, offline)."
  rm -rf "$build"
  # The interpreter programs run: the venv's python with the shim on the path.
  cat >"$python.tmp" <<EOF
#!/bin/sh
PYTHONPATH="$venv/shim\${PYTHONPATH:+:\$PYTHONPATH}" exec "$venv/bin/python" "\$@"
EOF
  chmod 755 "$python.tmp"
  mv "$python.tmp" "$python"
fi

"$python" -c 'import pulumi, pulumi_ionos_s3key' 2>/dev/null ||
  die "$python cannot import pulumi and pulumi_ionos_s3key: $("$python" -c 'import pulumi, pulumi_ionos_s3key' 2>&1 | tail -n 1)"
echo "$python"
