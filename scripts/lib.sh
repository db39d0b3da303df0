# Shared by demo.sh and test.sh: install the pinned npm tools (Azurite; node-x12 for the X12 tests), pick free loopback ports.
# Sourced, not run.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

ensure_azurite() {
  if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/node-x12/package.json ] || [ ! -f node_modules/chart.js/package.json ]; then
    echo "installing Azurite and node-x12 (pinned in package.json)..." >&2
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# The dashboard browser test drives Debian's chromium (Playwright's own browser download does not work here).
# CI runs as root; quiet and idempotent.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "installing chromium (apt-get) for the dashboard browser test..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

# Prints N free TCP ports on 127.0.0.1.
free_ports() {
  node -e '
    const net = require("net"); const n = +process.argv[1]; const servers = [];
    (async () => {
      for (let i = 0; i < n; i++) servers.push(await new Promise(r => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => r(s)); }));
      console.log(servers.map(s => s.address().port).join(" ")); servers.forEach(s => s.close());
    })();' "$1"
}

# The well-known Azurite development account (public, documented by Microsoft; not a secret).
azurite_connection_string() {
  local blob=$1 queue=$2 table=$3
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;"
}

# Waits until something listens on 127.0.0.1:PORT (at most SECONDS).
# With a PID as third argument, gives up as soon as that process has died.
wait_for_port() {
  local port=$1 seconds=${2:-60} pid=${3:-} i
  for ((i = 0; i < seconds * 5; i++)); do
    if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then echo "process $pid exited before listening on $port" >&2; return 1; fi
    sleep 0.2
  done
  echo "nothing listens on 127.0.0.1:$port after ${seconds}s" >&2
  return 1
}
