#!/usr/bin/env bash
# Every test: unit tests, integration tests on real Azurite (each starts its own, on random free
# loopback ports, in memory), the host parity tests, and the Bicep build + lint.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(repo_root)"

ensure_azurite
ensure_chromium
bash infra/lint.sh

log=$(mktemp)
status=0
dotnet test ClaimsFn.sln -c Release --nologo 2>&1 | tee "$log" || status=$?
# One plain closing line over every test project (dotnet test prints one summary per project).
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
