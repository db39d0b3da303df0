// ClaimsFn on Azure: a .NET 10 isolated function app on a Flex Consumption plan, its storage account,
// a user-assigned identity with least-privilege roles, Key Vault, Log Analytics + Application Insights,
// and the Event Grid system topic that feeds the Event Grid-sourced blob triggers.
//
// Deployed by `azd up` (see docs/deploy.md). Every resource carries the azd-env-name tag; names are an
// abbreviation (abbreviations.json) + a token derived from subscription, environment name and location.
// Only plain resource declarations are used (no registry modules), so `bicep build` works offline
// (infra/lint.sh).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used for the resource group name and to derive the other names.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer the Flex Consumption plan (`az functionapp list-flexconsumption-locations`).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the user (or group) that uploads batches; it gets Storage Blob Data Contributor. azd passes the signed-in user. Empty grants nothing.')
param principalId string = ''

@description('Create the Event Grid subscriptions to the blob triggers. Needs the deployed code (for the blobs_extension key): false on the first provision, true from the postdeploy hook on. See app/eventgrid-subscriptions.bicep.')
param deployEventGridSubscriptions bool = false

@secure()
@description('Clearinghouse API key written to Key Vault. Empty (the default) leaves the secret untouched (or absent); prefer `az keyvault secret set`, see docs/deploy.md.')
param clearinghouseApiKey string = ''

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('App setting ResubmitSchedule: NCRONTAB schedule of the ResubmitDenials timer.')
param resubmitSchedule string = '0 */30 * * * *'

@description('App setting ClaimsFn__CodeSetsPath: folder of official ICD-10-CM order files; empty uses the embedded starter subset (demo only).')
param codeSetsPath string = ''

@description('App setting ClaimsFn__NcciPath: folder of the CMS NCCI practitioner PTP and MUE files; empty runs no NCCI edits.')
param ncciPath string = ''

@description('App setting ClaimsFn__HcpcsPath: the CMS HCPCS Level II file as CSV; empty checks HCPCS codes and modifiers for format only.')
param hcpcsPath string = ''

@description('App setting ClaimsFn__PlaceOfServicePath: a CSV of CMS Place of Service codes; empty uses the embedded list.')
param placeOfServicePath string = ''

@description('App setting ClaimsFn__MceListsPath: the CMS Medicare Code Editor diagnosis lists as CSV (edit,code); empty uses the embedded starter lists.')
param mceListsPath string = ''

@secure()
@description('Duplicate-claim fingerprint key (base64, at least 32 bytes) written to Key Vault. Empty (the default) leaves the secret untouched; set it once with `az keyvault secret set`, see docs/reference-data.md.')
param fingerprintKey string = ''

@description('App setting ClaimsFn__FingerprintKey as a Key Vault reference to the claim-fingerprint-key secret (true once the secret exists, or when fingerprintKey is given); false leaves it empty: fingerprints unkeyed, with a startup warning. The app refuses to start when the reference does not resolve to a valid key, so turn it on after setting the secret.')
param fingerprintKeyFromKeyVault bool = false

@description('App setting ClaimsFn__PayerRulesPath: the payer rules JSON (docs/payer-rules.md), as blob:{container}/{name} in the app storage account (editable without a deploy) or a file path; empty uses the embedded defaults.')
param payerRulesPath string = ''

@description('App setting ClaimsFn__PayerRulesRefreshSeconds: how often the payer rules file is checked for changes.')
@minValue(1)
@maxValue(3600)
param payerRulesRefreshSeconds int = 30

@description('App setting ClaimsFn__MaxBatchBytes: the largest batch file ingested, in bytes (100 MiB).')
@minValue(1)
param maxBatchBytes int = 104857600

@description('App setting ClaimsFn__MaxDecompressedBytes: the most bytes a gzip-compressed batch may decompress to (1 GiB).')
@minValue(1)
param maxDecompressedBytes int = 1073741824

@description('App setting ClaimsFn__MaxDequeueCount, also applied to the queue trigger so the two agree.')
@minValue(1)
@maxValue(100)
param maxDequeueCount int = 5

@description('App setting ClaimsFn__SubmissionConnector: Blob (drop into x12-outbound) or Http (POST to clearinghouseEndpoint).')
@allowed([
  'Blob'
  'Http'
])
param submissionConnector string = 'Blob'

@description('App setting SubmitWindowSchedule: NCRONTAB schedule of the SubmitWindow timer (one 837P interchange per payer per run).')
param submitWindowSchedule string = '0 */10 * * * *'

@description('App setting ClaimsFn__Clearinghouse__Endpoint: where the Http connector POSTs interchanges; empty with the Blob connector.')
param clearinghouseEndpoint string = ''

@description('X12 trading-partner values from the clearinghouse enrollment (app settings ClaimsFn__X12__*): ISA06/GS02, ISA08/GS03, ISA15, 1000A, 1000B.')
param x12 object = {
  senderId: 'CLAIMSFN'
  receiverId: 'CLEARINGHOUSE'
  usageIndicator: 'T'
  submitterName: 'CLAIMSFN'
  submitterId: 'CLAIMSFN'
  submitterContactName: 'EDI DESK'
  submitterContactPhone: '5555550100'
  receiverName: 'CLEARINGHOUSE'
}

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

// Names are computed here (not taken from module outputs) so that What-If can predict every resource.
var identityName = '${abbrs.managedIdentity}api-${resourceToken}'
var logAnalyticsName = '${abbrs.logAnalyticsWorkspace}${resourceToken}'
var applicationInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var storageAccountName = '${abbrs.storageAccount}${resourceToken}'
var keyVaultName = '${abbrs.keyVault}${resourceToken}'
var planName = '${abbrs.appServicePlan}${resourceToken}'
var functionAppName = '${abbrs.functionApp}api-${resourceToken}'
var systemTopicName = '${abbrs.eventGridSystemTopic}${resourceToken}'
var deploymentContainerName = 'app-package-${functionAppName}'
var clearinghouseSecretName = 'clearinghouse-api-key'
var fingerprintKeySecretName = 'claim-fingerprint-key'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourceGroup}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: logAnalyticsName
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    clearinghouseSecretName: clearinghouseSecretName
    clearinghouseApiKey: clearinghouseApiKey
    fingerprintKeySecretName: fingerprintKeySecretName
    fingerprintKey: fingerprintKey
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    keyVaultName: keyVaultName
    identityName: identityName
    uploaderPrincipalId: principalId
  }
  dependsOn: [
    identity
    storage
    monitoring
    keyVault
  ]
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    planName: planName
    functionAppName: functionAppName
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    clearinghouseSecretUri: keyVault.outputs.clearinghouseSecretUri
    fingerprintKeySecretUri: fingerprintKeyFromKeyVault || !empty(fingerprintKey) ? keyVault.outputs.fingerprintKeySecretUri : ''
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    resubmitSchedule: resubmitSchedule
    codeSetsPath: codeSetsPath
    ncciPath: ncciPath
    hcpcsPath: hcpcsPath
    placeOfServicePath: placeOfServicePath
    payerRulesPath: payerRulesPath
    mceListsPath: mceListsPath
    payerRulesRefreshSeconds: payerRulesRefreshSeconds
    maxBatchBytes: maxBatchBytes
    maxDecompressedBytes: maxDecompressedBytes
    maxDequeueCount: maxDequeueCount
    submissionConnector: submissionConnector
    submitWindowSchedule: submitWindowSchedule
    clearinghouseEndpoint: clearinghouseEndpoint
    x12: x12
  }
  // The host must reach storage, App Insights and Key Vault with its identity from its first start.
  dependsOn: [
    rbac
  ]
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: storageAccountName
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
  dependsOn: [
    storage
  ]
}

module eventGridSubscriptions 'app/eventgrid-subscriptions.bicep' = if (deployEventGridSubscriptions) {
  name: 'eventgrid-subscriptions'
  scope: rg
  params: {
    systemTopicName: systemTopicName
    functionAppName: functionAppName
  }
  dependsOn: [
    eventGrid
    api
  ]
}

// azd writes these to .azure/<env>/.env.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_CLEARINGHOUSE_SECRET_NAME string = clearinghouseSecretName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output EVENT_GRID_SUBSCRIPTIONS_DEPLOYED bool = deployEventGridSubscriptions
