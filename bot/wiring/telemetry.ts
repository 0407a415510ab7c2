/**
 * OpenTelemetry export to Application Insights, on when APPLICATIONINSIGHTS_CONNECTION_STRING is set: traces of
 * every incoming and outgoing HTTP call (webhooks, Bot Connector, platforms, Table Storage), with their timing and
 * status. Bodies are never recorded, incoming query strings are left out (a test checks that Meta's verify
 * token does not leave with a handshake), and table keys and filters are cut from every URL before export: they
 * carry platforms' ids, which the records plan does not reach once they are in Application Insights. Must run before the HTTP modules are loaded: `start.ts` loads the app
 * after it.
 */
/** A Table Storage URL without the keys and filters in it: row keys carry platforms' ids of comments and people. */
export function withoutKeys(value: string): string {
  return (
    value
      // Keys in an entity's address (`(PartitionKey='…',RowKey='…')`) and in paging tokens (`NextRowKey=…`).
      .replace(/((?:Next)?(?:PartitionKey|RowKey))=[^&,)]*/gi, '$1=redacted')
      .replace(/(\$filter|%24filter)=[^&]*/gi, '$1=redacted')
  );
}

/** Rewrites every exported span attribute that holds a table key or filter before it leaves the process. */
const scrubKeys = {
  onStart: () => undefined,
  onEnd: (span: { attributes: Record<string, unknown> }) => {
    for (const [name, value] of Object.entries(span.attributes)) {
      if (typeof value === 'string' && /Key=|filter=/i.test(value))
        span.attributes[name] = withoutKeys(value);
    }
  },
  shutdown: () => Promise.resolve(),
  forceFlush: () => Promise.resolve(),
};

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
    spanProcessors: [scrubKeys as never],
  });
  return () => shutdownAzureMonitor();
}
