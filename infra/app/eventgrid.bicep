// Event Grid system topic on the storage account. The blob triggers use Source = EventGrid, so new
// blobs reach the app as Event Grid webhook calls instead of by container polling. The subscriptions
// that route BlobCreated events to the app live in eventgrid-subscriptions.bicep (a second provision,
// see there). DeliveryFailures logs go to Log Analytics so a failing webhook is visible.

param name string
param location string
param tags object
param storageAccountName string
param logAnalyticsWorkspaceId string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource systemTopicDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: systemTopic
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = systemTopic.name
