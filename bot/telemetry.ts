/**
 * OpenTelemetry export to Application Insights, on when APPLICATIONINSIGHTS_CONNECTION_STRING is set: traces of
 * every incoming and outgoing HTTP call (webhooks, Bot Connector, platforms, Table Storage), with their timing and
 * status. Bodies are never recorded and incoming query strings are left out (a test checks that Meta's verify
 * token does not leave with a handshake). Must run before the HTTP modules are loaded: `start.ts` loads the app
 * after it.
 */
export async function startTelemetry(connectionString: string | undefined): Promise<() => Promise<void>> {
  if (!connectionString) return async () => undefined;
  // Loaded only when configured: the SDK and its instrumentations weigh about 30 MB of memory.
  const { shutdownAzureMonitor, useAzureMonitor } = await import('@azure/monitor-opentelemetry');
  // The SDK's own usage reporting to Microsoft is off unless the operator turns it on.
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED_ALL ??= 'true';
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    // Every trace: a city's comment volume is small, and the default rate-limited sampler drops the first ones.
    samplingRatio: 1,
    tracesPerSecond: 0,
    instrumentationOptions: { http: { enabled: true }, azureSdk: { enabled: true } },
  });
  return () => shutdownAzureMonitor();
}
