#!/usr/bin/env bash
# Installs the headless VS Code e2e toolchain (code-server's bundled VS Code server) into <repo>/.tools/cs; safe to rerun.
set -euo pipefail

CS_VERSION=4.139.1
EXT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$EXT_DIR/../.." && pwd)"
CS_DIR="$REPO/.tools/cs"
VSC="$CS_DIR/node_modules/code-server/lib/vscode"
STAMP="$CS_DIR/.installed-$CS_VERSION"

# code-server 4.139 needs Node 24: use the repo's pinned node (root devDependency `node`).
export PATH="$REPO/node_modules/.bin:$PATH"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "24" ]; then
  echo "setup-e2e: need Node 24 first on PATH, got $(node -v); run npm install at the repo root first" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "setup-e2e: /usr/bin/chromium is missing; install it with: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

if [ -f "$STAMP" ] && [ -f "$VSC/out/server-main.js" ]; then
  echo "setup-e2e: code-server $CS_VERSION already installed in $CS_DIR"
  exit 0
fi

echo "setup-e2e: installing code-server $CS_VERSION into $CS_DIR (no native builds)"
rm -f "$CS_DIR"/.installed-*
npm install --prefix "$CS_DIR" --no-save --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION"
(cd "$VSC" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
(cd "$VSC/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
touch "$STAMP"
echo "setup-e2e: done; VS Code server at $VSC/out/server-main.js"
