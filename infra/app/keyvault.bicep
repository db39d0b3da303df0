// Key Vault for the clearinghouse credential. RBAC authorization (no access policies), soft delete and
// purge protection. The app reads the secret through a Key Vault reference app setting resolved with
// its user-assigned identity (Key Vault Secrets User, see rbac.bicep).
//
// The secret is written only when clearinghouseApiKey is non-empty: re-provisioning with the default
// (empty) value must not overwrite a value an operator set with `az keyvault secret set`.

param name string
param location string
param tags object

@description('Name of the secret that holds the clearinghouse API key.')
param clearinghouseSecretName string

@secure()
@description('Clearinghouse API key. Empty (the default) leaves the secret as it is (or absent).')
param clearinghouseApiKey string = ''

@description('Name of the secret that holds the duplicate-claim fingerprint key.')
param fingerprintKeySecretName string

@secure()
@description('Duplicate-claim fingerprint key (base64, at least 32 bytes). Empty (the default) leaves the secret as it is (or absent).')
param fingerprintKey string = ''

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource clearinghouseSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(clearinghouseApiKey)) {
  parent: vault
  name: clearinghouseSecretName
  properties: {
    value: clearinghouseApiKey
    contentType: 'text/plain'
  }
}

// Written only when given, like the clearinghouse key: re-provisioning must not replace the key, or every
// fingerprint recorded so far would stop matching (duplicates across the change would go undetected).
resource fingerprintKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(fingerprintKey)) {
  parent: vault
  name: fingerprintKeySecretName
  properties: {
    value: fingerprintKey
    contentType: 'text/plain'
  }
}

output name string = vault.name
output id string = vault.id
output vaultUri string = vault.properties.vaultUri
// Versionless: the app follows new versions of the secret (see docs/deploy.md, "Rotating keys").
output clearinghouseSecretUri string = '${vault.properties.vaultUri}secrets/${clearinghouseSecretName}'
output fingerprintKeySecretUri string = '${vault.properties.vaultUri}secrets/${fingerprintKeySecretName}'
