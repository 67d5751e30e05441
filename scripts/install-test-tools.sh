#!/usr/bin/env bash
# Installs what the tests need beyond node_modules, skipping what is already
# there (a second run takes a second):
#   - Neovim, for the test that drives a real LSP client other than VS Code
#     (test/editors);
#   - Chromium, and libkrb5-dev (a native module of code-server builds
#     against it), for the VS Code suite (test/vscode);
#   - poppler-utils (pdfinfo, pdftotext, pdftoppm, pdftohtml), with which the
#     export suite reads the PDFs it prints (test/export);
#   - libreoffice-writer-nogui (soffice), with which the export suite turns
#     the Word export into a PDF to read;
#   - in .tools/ (git-ignored), Node 24 and code-server, which is VS Code 1.139
#     run from npm: the VS Code suite runs in it, and the grammar tests read
#     VS Code's own grammars from it.
# The first five are Debian packages, installed with apt-get as root, or with
# `sudo -n` (never a password prompt). Where that cannot be done (no apt, or no
# root and no sudo without a password), this says what is missing and the
# command that installs it, and `npm test` leaves out the suites that need it
# (test/run.js names them). The rest needs no root.
# Under CI (CI set) nothing may be left out: what cannot be installed is an error.
# docs/architecture.md ("Tests") says how the VS Code suite uses them.
# `npm test` runs this first; so does CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE_FOR_CODE_SERVER=24
TOOLS=.tools
CODE_SERVER_DIR=$TOOLS/node_modules/code-server
# Holds the version whose build failed, so that each `npm test` does not spend minutes failing again.
BUILD_FAILED=$TOOLS/code-server-build-failed

left_out=()
# What cannot be installed: an error under CI, otherwise a note at the end.
cannot() {
  if [ -n "${CI:-}" ]; then
    echo "install-test-tools: $1 (CI must run every suite)" >&2
    exit 1
  fi
  left_out+=("$1")
}

# A program on the PATH that can be run (bash's `command -v` also names a file that cannot).
has() { local found; found=$(command -v "$1" 2>/dev/null) && [ -f "$found" ] && [ -x "$found" ]; }

# --- Debian packages --------------------------------------------------------
apt_packages=()
has nvim || apt_packages+=(neovim)
{ [ -f /usr/bin/chromium ] && [ -x /usr/bin/chromium ]; } || apt_packages+=(chromium)
has krb5-config || apt_packages+=(libkrb5-dev)
has pdfinfo || apt_packages+=(poppler-utils)
has soffice || apt_packages+=(libreoffice-writer-nogui)
if [ ${#apt_packages[@]} -gt 0 ]; then
  install_command="sudo apt-get install ${apt_packages[*]}"
  as_root=()
  if ! has apt-get; then
    cannot "there is no apt-get here to install ${apt_packages[*]}: install them with your system's package manager"
  elif [ "$(id -u)" -eq 0 ] || { has sudo && as_root=(sudo -n) && sudo -n true 2>/dev/null; }; then
    echo "== installing from Debian: ${apt_packages[*]}"
    if ! { "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 update -qq &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq "${apt_packages[@]}" >/dev/null; }; then
      cannot "apt-get could not install ${apt_packages[*]}: try \`$install_command\`"
    fi
  else
    cannot "${apt_packages[*]} need installing as root, and sudo is not available without a password: run \`$install_command\`, then npm test again"
  fi
fi

# --- Node 24 and code-server, into .tools (no root) ------------------------
# The version from its package.json: `code-server --version` would write a config file into the home folder.
installed() { [ "$(node -p "try { require('./$CODE_SERVER_DIR/package.json').version } catch { '' }")" = "$CODE_SERVER_VERSION" ]; }
# Its install script builds VS Code's dependencies into lib/vscode/node_modules; without them it cannot run.
complete() { installed && [ -x "$TOOLS/node_modules/.bin/code-server" ] && [ -d "$CODE_SERVER_DIR/lib/vscode/node_modules" ]; }
# VS Code's built-in grammars, which the grammar tests read, come with the package itself.
has_grammars() { installed && [ -d "$CODE_SERVER_DIR/lib/vscode/extensions/markdown-basics" ]; }
# Run from `npm test`, the npm_* variables of the outer npm (Node 20) would
# reach these installs; code-server's install script reads Node's version
# from npm_config_user_agent and would refuse.
for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done
npm_install() { npm install --no-audit --no-fund --loglevel=error --prefix "$TOOLS" "$@" >/dev/null; }

if ! complete; then
  if ! has krb5-config; then
    cannot "code-server cannot be built without libkrb5-dev, so the VS Code suite cannot run"
  elif [ -z "${CI:-}" ] && [ "$(cat "$BUILD_FAILED" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
    cannot "code-server $CODE_SERVER_VERSION could not be built here when last tried, so the VS Code suite cannot run: delete $BUILD_FAILED to try again"
  else
    echo "== installing Node $NODE_FOR_CODE_SERVER and code-server $CODE_SERVER_VERSION into $TOOLS (about two minutes, once)"
    mkdir -p "$TOOLS"
    # npm would take a copy installed without its build (below) as done, and not build it; nor
    # may installing Node build it first, with the wrong Node.
    if [ -d "$CODE_SERVER_DIR" ]; then npm uninstall --no-audit --no-fund --loglevel=error --prefix "$TOOLS" code-server >/dev/null; fi
    if npm_install "node@$NODE_FOR_CODE_SERVER" && PATH="$PWD/$TOOLS/node_modules/.bin:$PATH" npm_install "code-server@$CODE_SERVER_VERSION" && complete; then
      rm -f "$BUILD_FAILED"
    else
      echo "$CODE_SERVER_VERSION" >"$BUILD_FAILED"
      cannot "code-server $CODE_SERVER_VERSION could not be built into $TOOLS (npm's messages are above), so the VS Code suite cannot run; the next run will not try again until you delete $BUILD_FAILED"
    fi
  fi
  if ! complete && ! has_grammars; then
    # Without its install script the package is not a working code-server, but it holds the grammars.
    echo "== installing VS Code's grammars (code-server $CODE_SERVER_VERSION without its build) into $TOOLS"
    mkdir -p "$TOOLS"
    npm_install --ignore-scripts --no-engine-strict "code-server@$CODE_SERVER_VERSION" ||
      cannot "VS Code's grammars could not be installed into $TOOLS (npm's messages are above), so the grammar tests of the unit suite will fail"
  fi
fi

if [ ${#left_out[@]} -gt 0 ]; then
  echo "install-test-tools: not installed, so the tests that need it will be left out:"
  for reason in "${left_out[@]}"; do echo "  - $reason"; done
fi
