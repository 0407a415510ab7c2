// Svarsvakten on Azure: one or more stateless instances in Azure Container Apps, Azure Table Storage as the shared
// store, Key Vault for every secret, Application Insights for telemetry, the Azure Bot registration on the app's
// managed identity with its Teams channel, and alerts by e-mail (monitoring.bicep). Deploy into a resource group of
// the city's subscription:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.parameters.json
// docs/deployment.md walks through the steps before and after.

targetScope = 'resourceGroup'

@description('Azure region for every resource except the bot registration (always global).')
param location string = resourceGroup().location

@description('Short name put in front of every resource name: letters and digits.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'svarsvakten'

@description('The container image to run, built from the Dockerfile, e.g. malmoacr.azurecr.io/svarsvakten:1.0.0.')
param containerImage string

@description('Login server of a container registry the image is pulled from with the app\'s managed identity (give that identity AcrPull on the registry); empty for a public image.')
param registryServer string = ''

@description('Application (client) id of the single-tenant Entra app registration of the overview tab\'s single sign-on (TAB_APP_ID). It has no client secret: the bot signs in as its managed identity, and checks the tab\'s tokens against Entra ID\'s published keys.')
param tabAppId string

@description('The Teams app\'s id (TEAMS_APP_ID): the GUID the app package was built with (`npm run package`) and the city installed; cards link into its overview tab by it.')
@minLength(36)
@maxLength(36)
param teamsAppId string

@description('The city\'s Entra tenant id: the bot\'s tenant and the only one allowed to act.')
param tenantId string = subscription().tenantId

@description('E-mail addresses that get every alert: the bot unreachable, no card posted, nothing coming in, Teams refusing cards. At least one, read by someone who does not rely on Teams.')
@minLength(1)
param alertEmails array

@description('Hours without a card posted to Teams before an e-mail goes out. Comments come by day and nights are quiet: a little more than a day (26) lets a quiet night or evening pass and still tells of a silent day; at most 48 (the longest a log alert looks back).')
@minValue(2)
@maxValue(48)
param quietCardHours int = 26

@description('Hours with nothing coming in from any platform (no webhook delivery, no poll that found a comment) before an e-mail goes out. 26 for the same reason as quietCardHours; at most 48.')
@minValue(2)
@maxValue(48)
param quietIntakeHours int = 26

@description('Entra object ids of the admins, comma-separated (ADMIN_IDS).')
param adminIds string

@description('Entra object ids of trained staff, comma-separated (STAFF_IDS); more are added in Teams with "behörighet lägg till".')
param staffIds string = ''

@description('Entra object ids of the contact centre\'s people, comma-separated (CONTACT_CENTRE_IDS): the only ones the overview tab shows Messenger items to.')
param contactCentreIds string = ''

@description('The records plan (RETENTION_DAYS): days before a handled comment loses the resident\'s text and details; 0 keeps them, otherwise at least 30.')
@minValue(0)
param retentionDays int

@description('The records plan\'s key (RETENTION_KEY): at least 32 characters of random text, for the keyed hashes that replace a purged comment\'s ids; stored in Key Vault. Keep the same one for the life of the data.')
@secure()
param retentionKey string

@description('The accounts file: a JSON array of the accounts Svarsvakten serves (see docs/configuration.md); mounted as a file.')
param accountsJson string

@description('The Meta app secret (verifies Meta webhooks); stored in Key Vault.')
@secure()
param metaAppSecret string

@description('The token Meta\'s subscription handshake must present; stored in Key Vault.')
@secure()
param metaVerifyToken string

@description('The LinkedIn app\'s client secret, when a LinkedIn account is served; stored in Key Vault.')
@secure()
param linkedinClientSecret string = ''

@description('The X app\'s consumer secret, when X\'s Account Activity webhook is used (it opens /api/webhooks/x); stored in Key Vault. Polled X accounts need none.')
@secure()
param xConsumerSecret string = ''

@description('TOKEN_KEY: the key renewed platform tokens are sealed with in the Credentials table, 32 random bytes in base64 (openssl rand -base64 32); stored in Key Vault. Needed when an OAuth client id below is given. Keep the same one from deployment to deployment: tokens sealed under another key no longer open.')
@secure()
param tokenKey string = ''

@description('TOKEN_KEY_PREVIOUS: while the token key is changed, the key tokenKey replaced; stored in Key Vault. Leave it out once every token has been renewed under the new key (docs/deployment.md).')
@secure()
param tokenKeyPrevious string = ''

@description('GOOGLE_CLIENT_ID: the Google OAuth client that renews YouTube channels\' tokens, with googleClientSecret.')
param googleClientId string = ''

@description('GOOGLE_CLIENT_SECRET: the Google OAuth client\'s secret; stored in Key Vault.')
@secure()
param googleClientSecret string = ''

@description('X_CLIENT_ID: the X app\'s OAuth 2.0 client id, which renews the tokens of accounts connected with offline.access; with xClientSecret.')
param xClientId string = ''

@description('X_CLIENT_SECRET: the X app\'s OAuth 2.0 client secret; stored in Key Vault.')
@secure()
param xClientSecret string = ''

@description('LINKEDIN_CLIENT_ID: the LinkedIn app\'s client id, when the app is approved for refresh tokens; its secret is linkedinClientSecret.')
param linkedinClientId string = ''

@description('Account tokens, one entry per setting: access tokens such as [{ "setting": "META_PAGE_TOKEN_180001234567890", "secretName": "meta-page-token-180001234567890" }] and refresh tokens the same way, e.g. { "setting": "YOUTUBE_REFRESH_TOKEN_<channel id>", "secretName": "youtube-refresh-token-<channel id>" } (also X_REFRESH_TOKEN_<user id>, LINKEDIN_REFRESH_TOKEN_<org id>). In a setting, characters of the id other than letters and digits become _; a secret name has only letters, digits and dashes. Each secret is put in Key Vault by the operator (az keyvault secret set) before deploying.')
param tokenSecrets array = []

@description('Other settings from the configuration table (docs/configuration.md), as [{ "name": "OFFICE_HOURS", "value": "08:00-17:00" }].')
param extraSettings array = []

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Instances always running (at least one: reminders and polling run in the app).')
@minValue(1)
param minReplicas int = 1

@description('Most instances under load (several are safe: every write is ETag-guarded).')
@minValue(1)
@maxValue(10)
param maxReplicas int = 3

@description('Storage redundancy for the comments and their history.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_ZRS'

var suffix = uniqueString(resourceGroup().id)
var compactPrefix = toLower(replace(namePrefix, '-', ''))
var appName = '${namePrefix}-app'
var port = 3978

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${compactPrefix}${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: storageSku }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Reached only through Entra ID with the app's managed identity: no account key can leak or need rotating.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${compactPrefix}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

// Key Vault Secrets User: the app reads its secrets with its managed identity, nothing else.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, '4633458b-17de-408a-b874-0445c86b69e6')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor and Storage Blob Data Contributor on the account: the app reads and writes its
// tables and media copies as itself, and nothing else holds a key to them.
resource tableData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

var givenSecrets = concat(
  [
    { name: 'meta-app-secret', value: metaAppSecret }
    { name: 'meta-verify-token', value: metaVerifyToken }
    { name: 'retention-key', value: retentionKey }
  ],
  empty(linkedinClientSecret) ? [] : [{ name: 'linkedin-client-secret', value: linkedinClientSecret }],
  empty(xConsumerSecret) ? [] : [{ name: 'x-consumer-secret', value: xConsumerSecret }],
  empty(tokenKey) ? [] : [{ name: 'token-key', value: tokenKey }],
  empty(tokenKeyPrevious) ? [] : [{ name: 'token-key-previous', value: tokenKeyPrevious }],
  empty(googleClientSecret) ? [] : [{ name: 'google-client-secret', value: googleClientSecret }],
  empty(xClientSecret) ? [] : [{ name: 'x-client-secret', value: xClientSecret }]
)

resource secrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for secret in givenSecrets: {
  parent: vault
  name: secret.name
  properties: { value: secret.value }
}]

resource containerEnv 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var publicHost = '${appName}.${containerEnv.properties.defaultDomain}'

// Settings that refer to a Key Vault secret: [setting name, secret name].
var vaultSettings = concat(
  [
    { setting: 'META_APP_SECRET', secretName: 'meta-app-secret' }
    { setting: 'META_VERIFY_TOKEN', secretName: 'meta-verify-token' }
    { setting: 'RETENTION_KEY', secretName: 'retention-key' }
  ],
  empty(linkedinClientSecret) ? [] : [{ setting: 'LINKEDIN_CLIENT_SECRET', secretName: 'linkedin-client-secret' }],
  empty(xConsumerSecret) ? [] : [{ setting: 'X_CONSUMER_SECRET', secretName: 'x-consumer-secret' }],
  empty(tokenKey) ? [] : [{ setting: 'TOKEN_KEY', secretName: 'token-key' }],
  empty(tokenKeyPrevious) ? [] : [{ setting: 'TOKEN_KEY_PREVIOUS', secretName: 'token-key-previous' }],
  empty(googleClientSecret) ? [] : [{ setting: 'GOOGLE_CLIENT_SECRET', secretName: 'google-client-secret' }],
  empty(xClientSecret) ? [] : [{ setting: 'X_CLIENT_SECRET', secretName: 'x-client-secret' }],
  tokenSecrets
)

// Container Apps reads each of them from Key Vault with the app's identity.
var vaultSecretRefs = [for item in vaultSettings: {
  name: item.secretName
  keyVaultUrl: 'https://${vault.name}${environment().suffixes.keyvaultDns}/secrets/${item.secretName}'
  identity: identity.id
}]
var vaultEnv = [for item in vaultSettings: { name: item.setting, secretRef: item.secretName }]

// The OAuth clients' ids are not secret: plain settings, each only when given.
var oauthClientEnv = concat(
  empty(googleClientId) ? [] : [{ name: 'GOOGLE_CLIENT_ID', value: googleClientId }],
  empty(xClientId) ? [] : [{ name: 'X_CLIENT_ID', value: xClientId }],
  empty(linkedinClientId) ? [] : [{ name: 'LINKEDIN_CLIENT_ID', value: linkedinClientId }]
)

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [secretsUser, secrets, tableData, blobData, tableService]
  properties: {
    managedEnvironmentId: containerEnv.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [{ server: registryServer, identity: identity.id }]
      secrets: concat(vaultSecretRefs, [{ name: 'accounts-json', value: accountsJson }])
    }
    template: {
      containers: [
        {
          name: 'svarsvakten'
          image: containerImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat(
            [
              { name: 'PORT', value: string(port) }
              // The bot signs in as the app's managed identity: no client secret to keep or renew.
              { name: 'MicrosoftAppId', value: identity.properties.clientId }
              { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
              { name: 'MicrosoftAppTenantId', value: tenantId }
              // Storage through Entra ID: the account's Table endpoint, reached as the managed identity below.
              { name: 'TABLES_CONNECTION_STRING', value: 'https://${storage.name}.table.${environment().suffixes.storage}' }
              { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
              { name: 'TAB_APP_ID', value: tabAppId }
              { name: 'TEAMS_APP_ID', value: teamsAppId }
              { name: 'ADMIN_IDS', value: adminIds }
              { name: 'STAFF_IDS', value: staffIds }
              { name: 'CONTACT_CENTRE_IDS', value: contactCentreIds }
              { name: 'RETENTION_DAYS', value: string(retentionDays) }
              { name: 'ACCOUNTS_FILE', value: '/config/accounts.json' }
              { name: 'PUBLIC_URL', value: 'https://${publicHost}' }
              { name: 'X_WEBHOOK', value: empty(xConsumerSecret) ? 'off' : 'on' }
              // Container Apps' ingress is the one proxy in front: it appends the client's address to X-Forwarded-For.
              { name: 'WEBHOOK_TRUSTED_PROXIES', value: '1' }
              { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
            ],
            vaultEnv,
            oauthClientEnv,
            extraSettings
          )
          volumeMounts: [{ volumeName: 'config', mountPath: '/config' }]
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: port }, periodSeconds: 30 }
            { type: 'Readiness', httpGet: { path: '/readyz', port: port }, periodSeconds: 10, failureThreshold: 3 }
          ]
        }
      ]
      volumes: [
        {
          name: 'config'
          storageType: 'Secret'
          secrets: [{ secretRef: 'accounts-json', path: 'accounts.json' }]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [{ name: 'http', http: { metadata: { concurrentRequests: '50' } } }]
      }
    }
  }
}

// The Azure Bot registration on the app's managed identity (new multi-tenant bots can no longer be created), messages
// to the app.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Svarsvakten'
    endpoint: 'https://${publicHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Outside watch: an availability test on /readyz and the bot's own heartbeats in its logs, e-mailed to alertEmails.
module monitoring 'monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: namePrefix
    location: location
    alertEmails: alertEmails
    publicUrl: 'https://${publicHost}'
    insightsName: insights.name
    workspaceName: logs.name
    appName: app.name
    quietCardHours: quietCardHours
    quietIntakeHours: quietIntakeHours
  }
}

@description('Give this to npm run package as PUBLIC_URL, and use its host in the tab app registration\'s Application ID URI.')
output publicUrl string = 'https://${publicHost}'
@description('Meta, LinkedIn and X webhooks point here: <publicUrl>/api/webhooks/meta (linkedin, x).')
output webhookBaseUrl string = 'https://${publicHost}/api/webhooks'
output keyVaultName string = vault.name
output storageAccountName string = storage.name
output applicationInsightsName string = insights.name
output managedIdentityPrincipalId string = identity.properties.principalId
@description('The bot\'s Microsoft App Id (the managed identity\'s client id): give it to npm run package as MicrosoftAppId.')
output botAppId string = identity.properties.clientId
