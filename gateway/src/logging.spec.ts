import { describe, expect, it } from 'vitest';
import { createGatewayLogger } from './logging.ts';

describe('gateway logs', () => {
  it('are JSON lines with the service and trace id, without subrequest bodies, variables or headers', () => {
    const lines: string[] = [];
    const log = createGatewayLogger('info', () => ({ traceId: 'abc123' }), {
      write: (line: string) => void lines.push(line),
    });
    log.error({
      message: 'connect ECONNREFUSED 127.0.0.1:4004',
      path: ['person', 'deliveries'],
      extensions: {
        code: 'SUBREQUEST_HTTP_ERROR',
        serviceName: 'outcomes',
        request: { method: 'POST', body: '{"representations":[{"id":"person-1"}]}' },
      },
      variables: { fiscalCode: 'CLMMRT87E61F205X' },
      headers: { authorization: 'Bearer secret' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trim().split('\n')).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: 50,
      service: 'gateway',
      traceId: 'abc123',
      path: ['person', 'deliveries'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'outcomes', request: { method: 'POST' } },
    });
    expect(lines[0]).not.toMatch(/person-1|CLMMRT87E61F205X|secret|representations/);
  });
});
