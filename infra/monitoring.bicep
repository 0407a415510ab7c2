// Svarsvakten watched from outside, so that a dead Teams path still reaches a person: every alert here is an e-mail
// to the city's addresses. An availability test asks /readyz from several places; alert rules read the bot's own
// log lines (pino JSON, which Container Apps sends to the Log Analytics workspace) and fire when a heartbeat goes
// quiet or Teams keeps refusing. Deployed by main.bicep.

targetScope = 'resourceGroup'

@description('Put before every resource name, as in main.bicep.')
param namePrefix string

param location string

@description('Who gets the e-mails.')
@minLength(1)
param alertEmails array

@description('Where the bot is reached from outside, e.g. https://svarsvakten-app.<environment domain>.')
param publicUrl string

param insightsName string

@description('The Log Analytics workspace the container logs go to.')
param workspaceName string

@description('The container app, whose console lines the rules read.')
param appName string

@minValue(2)
@maxValue(48)
param quietCardHours int

@minValue(2)
@maxValue(48)
param quietIntakeHours int

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource alerts 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-alerts'
  location: 'global'
  properties: {
    groupShortName: take(namePrefix, 12)
    enabled: true
    emailReceivers: [for (address, i) in alertEmails: {
      name: 'email-${i + 1}'
      emailAddress: address
      useCommonAlertSchema: true
    }]
  }
}

// Every five minutes from five places in Europe. /readyz answers 503 while storage cannot be reached or the intake
// is overloaded; a host that does not answer at all fails too.
resource readyTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${namePrefix}-readyz'
  location: location
  // Azure shows a test only with a link to its Application Insights.
  tags: { 'hidden-link:${insights.id}': 'Resource' }
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${namePrefix}-readyz'
    Name: 'Svarsvakten /readyz'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'emea-se-sto-edge' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-fr-pra-edge' }
      { Id: 'emea-ch-zrh-edge' }
    ]
    Request: {
      RequestUrl: '${publicUrl}/readyz'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

resource unreachable 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-unreachable'
  location: 'global'
  properties: {
    description: 'Svarsvakten does not answer /readyz from two or more places: the platforms\' webhooks and Teams cannot reach it.'
    severity: 1
    enabled: true
    scopes: [readyTest.id, insights.id]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: readyTest.id
      componentId: insights.id
      failedLocationCount: 2
    }
    actions: [{ actionGroupId: alerts.id }]
  }
}

// The bot's log lines, one JSON object each, with the event name in `event`.
var botEvents = 'ContainerAppConsoleLogs_CL | where ContainerAppName_s == \'${appName}\' | extend line = parse_json(Log_s) | extend logEvent = tostring(line.event)'

// Failures on the way to Teams counted as one: three in an hour is more than the odd retry.
var teamsFailureEvents = '\'card.post.failed\', \'card.dead_letter\', \'card.update.failed\', \'reminder.failed\', \'admin.notice.failed\''
var teamsFailuresPerHour = 3

// Each rule's query returns a row when it should fire. A heartbeat counts what it saw in its hours: a count of
// nothing is the row. The rules look back up to two days (the most a log alert may), each by its own hours.
var rules = [
  {
    name: '${namePrefix}-no-card-posted'
    displayName: 'Svarsvakten: no card posted in ${quietCardHours} hours'
    description: 'No comment card has reached Teams for ${quietCardHours} hours. Either nothing came in (see the intake alert) or cards are not getting to Teams.'
    severity: 2
    frequency: 'PT1H'
    query: '${botEvents} | where TimeGenerated > ago(${quietCardHours}h) | where logEvent == \'card.posted\' | summarize seen = count() | where seen == 0'
  }
  {
    name: '${namePrefix}-nothing-coming-in'
    displayName: 'Svarsvakten: nothing came in for ${quietIntakeHours} hours'
    description: 'For ${quietIntakeHours} hours no platform delivered a webhook and no poll found a comment: a lapsed token, an ended webhook subscription or a blocked address.'
    severity: 2
    frequency: 'PT1H'
    query: '${botEvents} | where TimeGenerated > ago(${quietIntakeHours}h) | where logEvent == \'webhook.accepted\' or (logEvent == \'poller.polled\' and (toint(line.stored) > 0 or toint(line.changed) > 0)) | summarize seen = count() | where seen == 0'
  }
  {
    name: '${namePrefix}-teams-refusing'
    displayName: 'Svarsvakten: Teams refuses cards and messages'
    description: 'Cards, card updates, reminders or admin notices failed to reach Teams ${teamsFailuresPerHour} or more times in an hour. Those who work in Teams may not see it: this e-mail is how they hear.'
    severity: 1
    frequency: 'PT15M'
    query: '${botEvents} | where TimeGenerated > ago(1h) | where logEvent in (${teamsFailureEvents}) | summarize failures = count() | where failures >= ${teamsFailuresPerHour}'
  }
  {
    name: '${namePrefix}-credential-refused'
    displayName: 'Svarsvakten: a platform refused an account\'s credential'
    description: 'A platform refused an account\'s token for good (revoked, expired, password changed): the account is "Behöver anslutas igen", is not polled and cannot publish. The admins are told in Teams too; docs/deployment.md says how to connect it again.'
    severity: 2
    frequency: 'PT15M'
    query: '${botEvents} | where TimeGenerated > ago(15m) | where logEvent == \'credential.refused\' | summarize refusals = count() | where refusals > 0'
  }
]

resource logAlerts 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = [for rule in rules: {
  name: rule.name
  location: location
  kind: 'LogAlert'
  properties: {
    displayName: rule.displayName
    description: rule.description
    severity: rule.severity
    enabled: true
    scopes: [logs.id]
    evaluationFrequency: rule.frequency
    windowSize: rule.frequency
    overrideQueryTimeRange: 'P2D'
    // The console log table exists only once the app has written to it, which is after this deployment.
    skipQueryValidation: true
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: rule.query
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [alerts.id] }
  }
}]
