#!/usr/bin/env bash
# Puts Node 24 first on PATH, installing it from the npm registry package `node@24` when the machine's
# Node is older (Debian ships Node 20, past end of life). Use: `source scripts/node24.sh`.
# The binary lives outside the work tree so a fresh clone reuses it.
_daifuku_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_daifuku_node_major)" -lt 22 ]; then
  _dir="${DAIFUKU_NODE_DIR:-$HOME/.cache/daifuku/node24}"
  if [ ! -x "$_dir/node_modules/node/bin/node" ]; then
    mkdir -p "$_dir"
    echo "Installing Node 24 into $_dir (from the npm registry) ..." >&2
    npm install --prefix "$_dir" --no-save --no-audit --no-fund --loglevel=error node@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  # The node package ships a bare binary; npm/npx of the machine work with it as their interpreter.
  mkdir -p "$_dir/bin"
  ln -sf "$_dir/node_modules/node/bin/node" "$_dir/bin/node"
  export PATH="$_dir/bin:$PATH"
fi
unset -f _daifuku_node_major
