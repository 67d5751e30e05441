#!/usr/bin/env bash
# Installs what the tests need beyond node_modules, skipping what is already
# there (a second run takes a second):
#   - Neovim (Debian), for the test that drives a real LSP client other than VS Code;
#   - Chromium (Debian) and libkrb5-dev (a native module of code-server builds
#     against it), and, in .tools/ (git-ignored), Node 24 and code-server, which
#     is VS Code 1.139 run from npm: the VS Code suite and the grammar tests use it.
# docs/architecture.md ("Tests") says how the VS Code suite uses them. `npm test`
# runs this first; so does CI.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE_FOR_CODE_SERVER=24
TOOLS=.tools

apt_packages=()
command -v nvim >/dev/null 2>&1 || apt_packages+=(neovim)
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_packages+=(libkrb5-dev)
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "install-test-tools: please install these Debian packages first: ${apt_packages[*]}" >&2
    exit 1
  fi
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  echo "== installing from Debian: ${apt_packages[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# The version from its package.json: `code-server --version` would write a config file into the home folder.
installed=$(node -p "try { require('./$TOOLS/node_modules/code-server/package.json').version } catch { '' }")
# Run from `npm test`, the npm_* variables of the outer npm (Node 20) would
# reach these installs; code-server's install script reads Node's version
# from npm_config_user_agent and would refuse.
for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done
if [ "$installed" != "$CODE_SERVER_VERSION" ] || [ ! -x "$TOOLS/node_modules/.bin/code-server" ]; then
  echo "== installing Node $NODE_FOR_CODE_SERVER and code-server $CODE_SERVER_VERSION into $TOOLS (about two minutes, once)"
  mkdir -p "$TOOLS"
  npm install --no-audit --no-fund --loglevel=error --prefix "$TOOLS" "node@$NODE_FOR_CODE_SERVER" >/dev/null
  PATH="$PWD/$TOOLS/node_modules/.bin:$PATH" npm install --no-audit --no-fund --loglevel=error --prefix "$TOOLS" "code-server@$CODE_SERVER_VERSION" >/dev/null
fi
