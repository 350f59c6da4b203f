import autocannon from 'autocannon';

/**
 * The load generator of `pnpm bench:gateways`, in a process of its own so that it shares no event loop (and no
 * CPU account) with a gateway or a subgraph. Reads one job as JSON from argv[2], runs autocannon, prints the
 * result as one JSON line. Each request takes the next variables of the list in turn (a different person each
 * request), or the same body every time when the list has one entry.
 */
interface Job {
  url: string;
  token: string;
  query: string;
  variables: Array<Record<string, unknown> | null>;
  connections: number;
  seconds: number;
}

const job = JSON.parse(process.argv[2]!) as Job;
const bodies = job.variables.map((variables) =>
  JSON.stringify(variables ? { query: job.query, variables } : { query: job.query }),
);
let next = 0;
const result = await autocannon({
  url: job.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
  connections: job.connections,
  duration: job.seconds,
  requests: [
    {
      setupRequest: (request) => {
        request.body = bodies[next++ % bodies.length]!;
        return request;
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  })}\n`,
);
