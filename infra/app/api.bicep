// The function app on a Flex Consumption plan (FC1, Linux). The runtime (dotnet-isolated 10.0) and the
// deployment package location are set in functionAppConfig, not in app settings: on Flex Consumption
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not allowed as app settings.
//
// App settings are written in the array form `{ name: 'KEY', value: ... }`: InfraParityTests looks for
// `name: 'KEY'` in infra/**/*.bicep for every key of local.settings.sample.json "Values". All storage
// access is identity-based (AzureWebJobsStorage__* service URIs + user-assigned identity); there is no
// connection string or account key anywhere.

param planName string
param functionAppName string
param location string
param tags object

@description('Tag value azd uses to find the app it deploys the `api` service to.')
param serviceName string = 'api'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (for AzureWebJobsStorage__clientId and App Insights AAD auth).')
param identityClientId string

param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string

@description('Blob container (in the same account) that holds the deployment package.')
param deploymentContainerName string

param applicationInsightsConnectionString string
param logAnalyticsWorkspaceId string

@description('Versionless Key Vault secret URI of the clearinghouse API key.')
param clearinghouseSecretUri string

@description('Versionless Key Vault secret URI of the duplicate-claim fingerprint key; empty leaves ClaimsFn__FingerprintKey empty (unkeyed fingerprints, startup warning).')
param fingerprintKeySecretUri string

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('NCRONTAB schedule of the ResubmitDenials timer (app setting ResubmitSchedule).')
param resubmitSchedule string

@description('ClaimsFn__CodeSetsPath: folder of official ICD-10-CM order files; empty uses the embedded starter subset.')
param codeSetsPath string

@description('ClaimsFn__NcciPath: folder of the CMS NCCI practitioner PTP and MUE files; empty runs no NCCI edits.')
param ncciPath string

@description('ClaimsFn__HcpcsPath: the CMS HCPCS Level II file as CSV; empty checks formats only.')
param hcpcsPath string

@description('ClaimsFn__PlaceOfServicePath: a CSV of CMS Place of Service codes; empty uses the embedded list.')
param placeOfServicePath string

@description('ClaimsFn__MceListsPath: the CMS MCE diagnosis lists as CSV; empty uses the embedded starter lists.')
param mceListsPath string

@description('ClaimsFn__PayerRulesPath: the payer rules JSON, as blob:{container}/{name} in the app storage account (editable without a deploy) or a file path; empty uses the embedded defaults.')
param payerRulesPath string

@description('ClaimsFn__PayerRulesRefreshSeconds: how often the payer rules file is checked for changes.')
@minValue(1)
@maxValue(3600)
param payerRulesRefreshSeconds int

@description('ClaimsFn__IcdIndexPath: the ICD-10-CM Alphabetic Index CSV the text coder searches; empty codes text from titles alone.')
param icdIndexPath string = ''

@description('ClaimsFn__CptPath: the licensed CPT list, one code per line; empty checks CPT codes for format only.')
param cptPath string = ''

@description('ClaimsFn__AutoCodeThreshold: confidence (0-1) at or above which text is coded without a coder.')
param autoCodeThreshold string = '0.75'

@description('ClaimsFn__MaxBatchBytes: the largest batch file ingested, in bytes.')
@minValue(1)
param maxBatchBytes int

@description('ClaimsFn__MaxDecompressedBytes: the most bytes a gzip-compressed batch may decompress to.')
@minValue(1)
param maxDecompressedBytes int

@description('ClaimsFn__MaxDequeueCount; also applied to the queue trigger (host.json override) so both agree.')
@minValue(1)
@maxValue(100)
param maxDequeueCount int

@description('ClaimsFn__MaxResubmissions: most resubmissions (replacement or void) the timer makes for one claim.')
@minValue(1)
@maxValue(10)
param maxResubmissions int = 3

@description('ClaimsFn__SubmissionConnector.')
@allowed([
  'Blob'
  'Http'
])
param submissionConnector string

@description('NCRONTAB schedule of the SubmitWindow timer (app setting SubmitWindowSchedule).')
param submitWindowSchedule string

@description('ClaimsFn__Clearinghouse__Endpoint: where the Http connector POSTs interchanges.')
param clearinghouseEndpoint string

@description('X12 trading-partner values (ClaimsFn__X12__*): senderId, receiverId, usageIndicator, submitterName, submitterId, submitterContactName, submitterContactPhone, receiverName.')
param x12 object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Host storage (and the app's own clients, see ClaimsStorageClients.FromConfiguration).
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storageBlobEndpoint
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storageQueueEndpoint
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storageTableEndpoint
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // Telemetry, authenticated with the identity (the component has local auth disabled).
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // The pipeline's own settings (local.settings.sample.json "Values").
        {
          name: 'ResubmitSchedule'
          value: resubmitSchedule
        }
        {
          name: 'ClaimsFn__CodeSetsPath'
          value: codeSetsPath
        }
        {
          name: 'ClaimsFn__NcciPath'
          value: ncciPath
        }
        {
          name: 'ClaimsFn__IcdIndexPath'
          value: icdIndexPath
        }
        {
          name: 'ClaimsFn__HcpcsPath'
          value: hcpcsPath
        }
        {
          name: 'ClaimsFn__PlaceOfServicePath'
          value: placeOfServicePath
        }
        {
          name: 'ClaimsFn__PayerRulesPath'
          value: payerRulesPath
        }
        {
          name: 'ClaimsFn__MceListsPath'
          value: mceListsPath
        }
        {
          name: 'ClaimsFn__PayerRulesRefreshSeconds'
          value: string(payerRulesRefreshSeconds)
        }
        {
          name: 'ClaimsFn__CptPath'
          value: cptPath
        }
        {
          name: 'ClaimsFn__AutoCodeThreshold'
          value: autoCodeThreshold
        }
        {
          name: 'ClaimsFn__MaxBatchBytes'
          value: string(maxBatchBytes)
        }
        {
          name: 'ClaimsFn__MaxDecompressedBytes'
          value: string(maxDecompressedBytes)
        }
        {
          name: 'ClaimsFn__MaxDequeueCount'
          value: string(maxDequeueCount)
        }
        {
          name: 'AzureFunctionsJobHost__extensions__queues__maxDequeueCount'
          value: string(maxDequeueCount)
        }
        {
          name: 'ClaimsFn__SubmissionConnector'
          value: submissionConnector
        }
        {
          name: 'ClaimsFn__MaxResubmissions'
          value: string(maxResubmissions)
        }
        {
          name: 'SubmitWindowSchedule'
          value: submitWindowSchedule
        }
        {
          name: 'ClaimsFn__Clearinghouse__Endpoint'
          value: clearinghouseEndpoint
        }
        {
          name: 'ClaimsFn__X12__SenderId'
          value: x12.senderId
        }
        {
          name: 'ClaimsFn__X12__ReceiverId'
          value: x12.receiverId
        }
        {
          name: 'ClaimsFn__X12__UsageIndicator'
          value: x12.usageIndicator
        }
        {
          name: 'ClaimsFn__X12__SubmitterName'
          value: x12.submitterName
        }
        {
          name: 'ClaimsFn__X12__SubmitterId'
          value: x12.submitterId
        }
        {
          name: 'ClaimsFn__X12__SubmitterContactName'
          value: x12.submitterContactName
        }
        {
          name: 'ClaimsFn__X12__SubmitterContactPhone'
          value: x12.submitterContactPhone
        }
        {
          name: 'ClaimsFn__X12__ReceiverName'
          value: x12.receiverName
        }
        // Resolved by the platform with keyVaultReferenceIdentity; see keyvault.bicep for when the secret exists.
        {
          name: 'ClaimsFn__Clearinghouse__ApiKey'
          value: '@Microsoft.KeyVault(SecretUri=${clearinghouseSecretUri})'
        }
        {
          name: 'ClaimsFn__FingerprintKey'
          value: empty(fingerprintKeySecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${fingerprintKeySecretUri})'
        }
      ]
    }
  }
}

resource functionAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionApp
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

output name string = functionApp.name
output id string = functionApp.id
output uri string = 'https://${functionApp.properties.defaultHostName}'
