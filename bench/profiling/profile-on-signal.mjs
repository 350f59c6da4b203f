import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * Preloaded into a service process by `pnpm bench:subgraphs` (NODE_OPTIONS="--import <this file>") when
 * BENCH_PROFILE_DIR is set: SIGUSR2 starts V8's CPU profiler, the next SIGUSR2 stops it and writes
 * `<pid>-<n>.cpuprofile` into that folder, so a profile covers one measured run and nothing else (start-up,
 * the demo load and the other cases stay out). Nothing happens without the signal.
 */
const folder = process.env.BENCH_PROFILE_DIR;
if (folder) {
  const session = new Session();
  session.connect();
  let running = false;
  let count = 0;
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      void post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 500 }))
        .then(() => post('Profiler.start'));
      return;
    }
    running = false;
    void post('Profiler.stop').then(({ profile }) => {
      const file = join(folder, `${process.pid}-${++count}.cpuprofile`);
      // Written aside, then renamed: the bench reads a file only once it is whole.
      writeFileSync(`${file}.tmp`, JSON.stringify(profile));
      renameSync(`${file}.tmp`, file);
    });
  });
}
