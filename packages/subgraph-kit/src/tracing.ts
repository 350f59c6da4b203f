import { createRequire } from 'node:module';
import { context, propagation, trace } from '@opentelemetry/api';

/**
 * W3C trace context (traceparent) of the active span, for a call to another subgraph: that subgraph's server
 * span becomes a child of this one. Without an SDK started the API is a no-op and this is empty.
 */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The active trace's id, for log lines; undefined when tracing is off or outside a traced request. */
export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? span.traceId : undefined;
}

/**
 * Starts the OpenTelemetry Node SDK for one subgraph process when OTEL_EXPORTER_OTLP_ENDPOINT is set (the OTLP
 * exporter reads it and the other OTEL_* variables itself): incoming and outgoing HTTP spans through the http
 * instrumentation, W3C propagation, SQL spans from @reg/db on PostgreSQL. Unset, nothing is loaded and the
 * OpenTelemetry API stays a no-op. Call it first in the entry point, before the server is created.
 */
export async function startTracing(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<() => Promise<void>> {
  if (!env['OTEL_EXPORTER_OTLP_ENDPOINT']) return async () => {};
  const [{ NodeSDK }, { HttpInstrumentation }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const sdk = new NodeSDK({
    serviceName: env['OTEL_SERVICE_NAME'] ?? serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)/.test(req.url ?? ''),
      }),
    ],
  });
  sdk.start();
  patchHttp();
  return () => sdk.shutdown();
}

/**
 * The http instrumentation patches `http` when it is required; an ES module imported it before, so it is
 * required once more here, which applies the patch to the one shared module (Server.prototype.emit included).
 */
export function patchHttp(): void {
  createRequire(import.meta.url)('http');
}
