// Event Grid subscriptions: BlobCreated in a container -> the blob extension webhook of the function
// that owns that container's blob trigger:
//   https://<app>.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.<Function>&code=<key>
//
// Why a separate, parameter-gated module: the `blobs_extension` system key only exists once the app's
// code (with an Event Grid-sourced blob trigger) has been deployed and the host has started, and Event
// Grid validates the webhook when the subscription is created. So the first `azd provision` (inside
// `azd up`) runs with deployEventGridSubscriptions = false, `azd deploy` ships the code, and the
// postdeploy hook (infra/hooks/postdeploy.sh) provisions again with the flag on, which deploys this
// module. See docs/deploy.md.

param systemTopicName string
param functionAppName string

// Function name (ClaimsFn.Core.Pipeline.FunctionNames) and the container its blob trigger watches
// (ClaimsFn.Core.Storage.StorageNames.Containers). A test checks each entry against ClaimsFn.Functions.
// Event Grid refuses a subscription whose webhook names a function that does not exist.
var blobTriggers = [
  {
    subscriptionName: 'encounters-to-ingest-encounter-batch'
    functionName: 'IngestEncounterBatch'
    containerName: 'encounters'
  }
  {
    subscriptionName: 'payer-inbound-to-ingest-payer-response'
    functionName: 'IngestPayerResponse'
    containerName: 'payer-inbound'
  }
]

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host has no Bicep types, hence listKeys() on the resource id.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2023-12-01').systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [
  for trigger in blobTriggers: {
    parent: systemTopic
    name: trigger.subscriptionName
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.functionName}&code=${blobsExtensionKey}'
          maxEventsPerBatch: 1
          preferredBatchSizeInKilobytes: 64
        }
      }
      eventDeliverySchema: 'EventGridSchema'
      filter: {
        includedEventTypes: [
          'Microsoft.Storage.BlobCreated'
        ]
        subjectBeginsWith: '/blobServices/default/containers/${trigger.containerName}/'
      }
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
    }
  }
]

output subscriptionNames array = [for (trigger, i) in blobTriggers: subscriptions[i].name]
