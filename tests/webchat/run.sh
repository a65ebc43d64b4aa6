#!/usr/bin/env bash
# Web chat end-to-end suite: installs what is missing (chromium, npm packages), builds and starts the real host on
# 127.0.0.1 with a fresh data folder (the built dll, so stopping it stops the host itself), runs the Node tests (directlinejs over WebSocket and polling, Chromium + axe),
# and stops the host. Usage: tests/webchat/run.sh   (screenshots: $WEBCHAT_SCREENSHOTS, default a temp dir)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$here/node_modules" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

cd "$root"
dotnet build src/ChatAssistant.Host -nologo -v quiet

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data="$(mktemp -d -t chatassistant-webchat-XXXXXX)"
log="$data/host.log"
ChatAssistant__DataDirectory="$data" DirectLine__TokenRequestsPerMinute=1000 \
  dotnet src/ChatAssistant.Host/bin/Debug/net10.0/ChatAssistant.Host.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
host_pid=$!
stop_host() { kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true; }
trap stop_host EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/chat/milano"; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "the host exited:"; cat "$log"; exit 1; fi
  sleep 0.5
done

cd "$here"
set +e
CHATASSISTANT_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 ./*.test.mjs
status=$?
set -e
if [ $status -ne 0 ]; then echo "--- host log (last 40 lines)"; tail -40 "$log"; fi
exit $status
