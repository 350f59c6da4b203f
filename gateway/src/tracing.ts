import type { Logger } from '@graphql-hive/logger';
import { trace } from '@opentelemetry/api';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';

export const tracingEnabled = (env: NodeJS.ProcessEnv) => Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT']);

/**
 * Hive Gateway's OpenTelemetry plugin: spans for the HTTP request, the GraphQL phases and each subgraph call, with
 * W3C trace context sent to the subgraphs (and taken from the caller's traceparent). Only when tracing is on: off,
 * no plugin is installed at all.
 */
export function gatewayTracingPlugins(env: NodeJS.ProcessEnv, log: Logger) {
  if (!tracingEnabled(env)) return [];
  return [
    useOpenTelemetry({ log, traces: true, useContextManager: true, inheritContext: true, propagateContext: true }),
  ];
}

/**
 * The gateway process's OpenTelemetry SDK, through the plugin's own setup: an OTLP/HTTP exporter (it reads
 * OTEL_EXPORTER_OTLP_ENDPOINT and the other OTEL_* variables) and an AsyncLocalStorage context manager. Called by
 * the entry point before the gateway is created; does nothing when tracing is off.
 */
export async function startGatewayTracing(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!tracingEnabled(env)) return;
  const [{ openTelemetrySetup }, { AsyncLocalStorageContextManager }, { OTLPTraceExporter }] = await Promise.all([
    import('@graphql-hive/plugin-opentelemetry/setup'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: env['OTEL_SERVICE_NAME'] ?? 'gateway' },
    traces: { exporter: new OTLPTraceExporter() },
  });
}

/** The active trace's id for the gateway's log lines. */
export function traceIdMixin(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? { traceId: span.traceId } : {};
}
