#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, then runs every suite.
# Usage: ./test.sh            everything
#        ./test.sh --dotnet   only the .NET suites (no browser, no Node clients)
set -euo pipefail
cd "$(dirname "$0")"
only_dotnet=false
[ "${1:-}" = "--dotnet" ] && only_dotnet=true

log() { printf '\n== %s\n' "$*"; }

if ! $only_dotnet; then
  log "Dependencies (chromium, npm packages) — installed only when missing"
  ./tests/install-deps.sh
fi

log "Build"
dotnet build ChatAssistant.sln -c Release -nologo -v quiet

log "PostgreSQL for the storage tests (tests/postgres/cluster.sh) — installed only when missing, stopped on exit"
unset CHATASSISTANT_TEST_POSTGRES CHATASSISTANT_TEST_POSTGRES_DIR
trap '[ -z "${CHATASSISTANT_TEST_POSTGRES_DIR:-}" ] || tests/postgres/cluster.sh stop "$CHATASSISTANT_TEST_POSTGRES_DIR"' EXIT
if started=$(tests/postgres/cluster.sh start); then
  eval "$started"
else
  echo "PostgreSQL did not start: the PostgreSQL store's tests will fail and say so." >&2
fi

log ".NET test suites"
out=$(mktemp)
set +e
# --dotnet: no browser either, so the console's browser suite (headless chromium) is left out too.
filter=()
$only_dotnet && filter=(--filter "FullyQualifiedName!~ChatAssistant.Console.Tests")
dotnet test ChatAssistant.sln -c Release --no-build -nologo "${filter[@]}" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')

if ! $only_dotnet && [ $status -eq 0 ]; then
  for suite in tests/webchat tests/telegram-emulator; do
    if [ -x "$suite/run.sh" ]; then
      log "Node suite $suite"
      set +e
      "$suite/run.sh" 2>&1 | tee "$out"
      s=${PIPESTATUS[0]}
      set -e
      passed=$((passed + $(grep -oE '^# pass [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')))
      failed=$((failed + $(grep -oE '^# fail [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')))
      [ $s -ne 0 ] && status=$s
    fi
  done
fi

rm -f "$out"
echo
echo "$passed passed, $failed failed"
exit $status
