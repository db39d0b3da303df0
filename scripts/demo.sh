#!/usr/bin/env bash
# The main job, locally: Azurite + the local host + the payer simulator + the sample batch end to end:
# submission, the payer's answers, a biller's corrections, the timer's resubmissions, payment; then a summary.
# Usage: scripts/demo.sh [--stay]   (--stay keeps the host running so the printed URLs answer)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(repo_root)"

stay=false; [ "${1:-}" = "--stay" ] && stay=true
sample=${SAMPLE:-samples/encounters-demo.jsonl}
corrections=${CORRECTIONS:-samples/corrections-demo.json}
work=$(mktemp -d)
pids=()
started=$SECONDS
# Stop the host first, so its shutdown does not wait on storage that is gone. Azurite holds nothing
# worth keeping (in-memory) and takes minutes over a graceful stop, so it is killed.
cleanup() {
  [ ${#pids[@]} -gt 2 ] && { kill "${pids[2]}" 2>/dev/null || true; wait "${pids[2]}" 2>/dev/null || true; }
  [ ${#pids[@]} -gt 1 ] && { kill "${pids[1]}" 2>/dev/null || true; wait "${pids[1]}" 2>/dev/null || true; }
  [ ${#pids[@]} -gt 0 ] && { kill -9 "${pids[0]}" 2>/dev/null || true; wait "${pids[0]}" 2>/dev/null || true; }
  return 0
}
trap cleanup EXIT INT TERM

ensure_azurite
echo "building..."
dotnet build ClaimsFn.sln -c Release -nologo > "$work/build.log" 2>&1 || { grep -E " error " "$work/build.log" | sort -u >&2; exit 1; }

read -r blob_port queue_port table_port http_port < <(free_ports 4)
if ! (echo > /dev/tcp/127.0.0.1/7071) 2>/dev/null; then http_port=7071; fi
(cd "$work" && exec "$OLDPWD/node_modules/.bin/azurite" --silent --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" --tableHost 127.0.0.1 --tablePort "$table_port" \
  --debug "$work/azurite-requests.log" > "$work/azurite.log" 2>&1) &
pids+=($!)
for p in "$blob_port" "$queue_port" "$table_port"; do wait_for_port "$p" 60 || { cat "$work/azurite.log" >&2; exit 1; }; done
connection=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")
key=$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')
api="http://127.0.0.1:$http_port"

echo "starting Azurite (blob $blob_port, queue $queue_port, table $table_port) and the local host on $api ..."
# The resubmission timer runs every 5 s in the demo (every 30 min by default) so that the loop closes quickly.
AzureWebJobsStorage="$connection" LocalHost__ApiKey="$key" ASPNETCORE_ENVIRONMENT=Production ResubmitSchedule='*/5 * * * * *' \
  dotnet src/ClaimsFn.LocalHost/bin/Release/net10.0/ClaimsFn.LocalHost.dll --urls "$api" > "$work/host.log" 2>&1 &
pids+=($!)
wait_for_port "$http_port" 120 "${pids[1]}" || { tail -n 40 "$work/host.log" >&2; exit 1; }
# The SIMULATED payer (src/ClaimsFn.PayerSimulator, docs/payer-simulator.md): answers the 837s with 999, 277CA and 835.
dotnet src/ClaimsFn.PayerSimulator/bin/Release/net10.0/claims-payer-simulator.dll --connection "$connection" --interval 1 --delay 3 > "$work/simulator.log" 2>&1 &
pids+=($!)

status=0
dotnet src/ClaimsFn.Cli/bin/Release/net10.0/claims.dll upload --file "$sample" --api "$api" --key "$key" --connection "$connection" \
  --corrections "$corrections" --timeout 300 --shift-dates || status=$?
if [ "$status" -eq 0 ] && [ -z "${SAMPLE:-}" ]; then
  # A second, small batch whose claims the payer denies for reasons the loop can fix: one corrected automatically
  # (member id written with dashes), two over HTTP (rendering provider, prior authorization), one voided.
  echo
  echo "=== denials demo: samples/encounters-denials-demo.jsonl ==="
  dotnet src/ClaimsFn.Cli/bin/Release/net10.0/claims.dll upload --file samples/encounters-denials-demo.jsonl --source denials-clinic \
    --api "$api" --key "$key" --connection "$connection" --corrections samples/corrections-denials-demo.json --timeout 300 --cost no --shift-dates || status=$?
fi
requests=$(grep -c "RequestMethod=" "$work/azurite-requests.log" 2>/dev/null || true)
echo "  Azurite served ${requests:-?} requests in all during the run (pipeline + trigger polling + setup)"
if [ "$status" -ne 0 ]; then
  echo "the demo did not settle; last lines of the host log ($work/host.log):" >&2
  tail -n 40 "$work/host.log" >&2
  exit "$status"
fi
echo "  demo wall time: $((SECONDS - started)) s (build, Azurite and host start-up included)"
echo "  dashboard: $api/api/dashboard   key: $key   (enter the key on the page; --stay keeps it up)"
if $stay; then
  echo "the host stays up; try: curl -H 'x-functions-key: $key' $api/api/batches/<batchId>   (Ctrl-C stops)"
  wait "${pids[1]}"
fi
