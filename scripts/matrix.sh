#!/usr/bin/env bash
# The in-process suite (npm run test:unit) on the Node.js and @pulumi/pulumi versions users run, each in a fresh clone of HEAD:
#   node20-oldest-sdk: Node 20 with the oldest @pulumi/pulumi in the peer range
#   node22-newest-sdk: Node 22 (the node@22 package from npm) with the newest @pulumi/pulumi
# (Node 20 with the newest SDK it accepts is the main run: the lockfile.) Prints one line per entry,
# "matrix NAME: N passed, N failed", and exits non-zero if any entry failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
oldest=$(node -p "require('$root/package.json').peerDependencies['@pulumi/pulumi'].replace(/^[^0-9]*/, '')")
newest=$(npm view @pulumi/pulumi version 2>/dev/null)

npm install --prefix "$work/node22" --no-save --no-audit --no-fund node@22 >"$work/node22.log" 2>&1 ||
  { cat "$work/node22.log"; echo "matrix node22-newest-sdk: 0 passed, 1 failed"; exit 1; }
node22_bin="$work/node22/node_modules/.bin"

status=0
entry() {
  local name=$1 bin=$2 sdk=$3
  local dir="$work/$name" log="$work/$name.log"
  echo "::: matrix $name: node $(PATH="$bin:$PATH" node --version), @pulumi/pulumi $sdk"
  git clone -q "$root" "$dir"
  # --legacy-peer-deps: old SDKs list typescript < 6 as an optional peer (for ts-node), which this
  # project does not use at run time.
  (
    cd "$dir" &&
      npm ci --no-audit --no-fund &&
      npm install --no-save --no-audit --no-fund --legacy-peer-deps "@pulumi/pulumi@$sdk" &&
      PATH="$bin:$PATH" npm run test:unit
  ) >"$log" 2>&1
  local rc=$?
  local passed failed
  passed=$(sed -n 's/^ *\([0-9][0-9]*\) passing.*/\1/p' "$log" | tail -n 1)
  failed=$(sed -n 's/^ *\([0-9][0-9]*\) failing.*/\1/p' "$log" | tail -n 1)
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$rc" -ne 0 ]; then
    [ "$failed" -eq 0 ] && failed=1
    status=1
    grep -E '^\s+[0-9]+\) |Error|error' "$log" | head -n 40
    [ "$passed" -eq 0 ] && tail -n 30 "$log"
  fi
  echo "matrix $name: $passed passed, $failed failed"
}

entry node20-oldest-sdk "$(dirname "$(command -v node)")" "$oldest"
entry node22-newest-sdk "$node22_bin" "$newest"
exit $status
