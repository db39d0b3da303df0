#!/bin/sh
# azd postdeploy hook: the second provision that creates the Event Grid subscriptions.
#
# The subscriptions point at the blob extension webhook of the function app, whose URL carries the
# host's `blobs_extension` system key. That key exists only after the code has been deployed and the
# host has started, so the first provision (in `azd up`) skips them (DEPLOY_EVENT_GRID_SUBSCRIPTIONS
# unset = false). After the first successful deploy this hook turns the flag on in the azd environment
# and provisions again; from then on every provision keeps the subscriptions (and their key) current.
# See docs/deploy.md.
set -eu

if [ "${DEPLOY_EVENT_GRID_SUBSCRIPTIONS:-false}" = "true" ]; then
  echo "postdeploy: Event Grid subscriptions are already provisioned (DEPLOY_EVENT_GRID_SUBSCRIPTIONS=true)."
  exit 0
fi

# Any request starts the host, which creates its system keys on start-up.
if [ -n "${SERVICE_API_URI:-}" ] && command -v curl >/dev/null 2>&1; then
  echo "postdeploy: waking ${SERVICE_API_URI} so the host creates its blobs_extension key"
  curl --silent --output /dev/null --max-time 120 "${SERVICE_API_URI}" || true
fi

azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS true
attempt=1
until azd provision --no-prompt; do
  if [ "$attempt" -ge 3 ]; then
    azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS false
    echo "postdeploy: provisioning the Event Grid subscriptions failed $attempt times." >&2
    echo "postdeploy: retry with: azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS true && azd provision" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  echo "postdeploy: retrying in 60 s (the host may still be starting)"
  sleep 60
done
