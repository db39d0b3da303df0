# azd postdeploy hook (Windows): the second provision that creates the Event Grid subscriptions.
# Same steps as postdeploy.sh; see the comments there and docs/deploy.md.
$ErrorActionPreference = 'Stop'

if ($env:DEPLOY_EVENT_GRID_SUBSCRIPTIONS -eq 'true') {
    Write-Host 'postdeploy: Event Grid subscriptions are already provisioned (DEPLOY_EVENT_GRID_SUBSCRIPTIONS=true).'
    exit 0
}

if ($env:SERVICE_API_URI) {
    Write-Host "postdeploy: waking $($env:SERVICE_API_URI) so the host creates its blobs_extension key"
    try { Invoke-WebRequest -Uri $env:SERVICE_API_URI -TimeoutSec 120 -UseBasicParsing | Out-Null } catch { }
}

azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS true
for ($attempt = 1; ; $attempt++) {
    azd provision --no-prompt
    if ($LASTEXITCODE -eq 0) { break }
    if ($attempt -ge 3) {
        azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS false
        Write-Error "postdeploy: provisioning the Event Grid subscriptions failed $attempt times. Retry with: azd env set DEPLOY_EVENT_GRID_SUBSCRIPTIONS true; azd provision"
        exit 1
    }
    Write-Host 'postdeploy: retrying in 60 s (the host may still be starting)'
    Start-Sleep -Seconds 60
}
