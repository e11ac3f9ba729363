#!/usr/bin/env bash
# Re-imports every shipped server live from npm, versions pinned, with dummy credentials only.
# Launching a server runs its code: run this in a sandbox without real secrets.
# Usage: scripts/import-shipped.sh [id ...]   (no ids: all of them)
set -u
cd "$(dirname "$0")/.."
failed=()
MCP=https://github.com/modelcontextprotocol/servers
ARCHIVED=https://github.com/modelcontextprotocol/servers-archived

imp() { # imp <id> <import options...> -- <command...>
  local id=$1; shift
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $id "* ]]; then return; fi
  npm run -s import -- --id "$id" "$@" || failed+=("$id")
}
ONLY="$*"

imp filesystem --name "Filesystem" --npm @modelcontextprotocol/server-filesystem \
  --description "Reads, writes, moves and searches files inside the directories it is given on the command line." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,files \
  -- npx -y @modelcontextprotocol/server-filesystem@2026.8.31 /tmp
imp memory --name "Memory" --npm @modelcontextprotocol/server-memory \
  --description "Keeps a persistent knowledge graph of entities, relations and observations in a local JSON file." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,memory \
  -- npx -y @modelcontextprotocol/server-memory@2026.8.31
imp everything --name "Everything (test server)" --npm @modelcontextprotocol/server-everything \
  --description "Reference test server that exercises every MCP feature: echo, sampling, long-running operations, resources." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,testing \
  -- npx -y @modelcontextprotocol/server-everything@2026.8.31
imp sequential-thinking --name "Sequential Thinking" --npm @modelcontextprotocol/server-sequential-thinking \
  --description "Gives the model a scratchpad tool for step-by-step reasoning that can branch and revise earlier thoughts." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,reasoning \
  -- npx -y @modelcontextprotocol/server-sequential-thinking@2026.8.31
