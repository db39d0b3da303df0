// The pipeline's storage account: the containers, queues (each with its poison queue) and tables that
// ClaimsFn.Core.Storage.StorageNames lists, plus the Flex Consumption deployment-package container.
// Shared keys are off, so every client (the Functions host, the app, azd, the uploader) uses Entra ID.
//
// InfraParityTests reads the three name lists below (one quoted name per line) and fails when a name in
// StorageNames is missing from them: edit both together.

@description('Storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

param location string
param tags object

@description('Container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Log Analytics workspace that receives the blob, queue and table service logs.')
param logAnalyticsWorkspaceId string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Days a deleted blob (and a deleted blob version) can be restored.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 7

@description('Days a deleted container can be restored.')
@minValue(1)
@maxValue(365)
param containerSoftDeleteDays int = 7

// StorageNames.Containers.All
var containerNames = [
  'encounters'
  'x12-outbound'
  'payer-inbound'
  'batch-reports'
  'x12-submissions'
]

// StorageNames.Queues.All, each followed by its poison queue (name + StorageNames.Queues.PoisonSuffix).
// Created up front so the poison queues exist (and can be watched by alerts) before a message first fails.
var queueNames = [
  'claim-code'
  'claim-code-poison'
  'claim-scrub'
  'claim-scrub-poison'
  'claim-submit'
  'claim-submit-poison'
]

// StorageNames.Tables.All
var tableNames = [
  'Claims'
  'Batches'
  'ClaimFingerprints'
  'Remittances'
  'RemittanceExceptions'
  'ControlNumbers'
  'Outbox'
  'Interchanges'
  'ClaimIndex'
]

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: containerSoftDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2024-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Diagnostic settings: every read, write and delete of the three services, and their transaction metrics.
var serviceLogs = [
  {
    categoryGroup: 'allLogs'
    enabled: true
  }
]
var serviceMetrics = [
  {
    category: 'Transaction'
    enabled: true
  }
]

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: queueService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
