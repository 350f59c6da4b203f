import { afterAll, beforeAll } from 'vitest';
import { seedJourney } from './fixtures.ts';
import { startTestGraph, type TestGraph } from './graph.ts';

/** seedJourney's world with the graph it was built on. */
export type JourneyWorld = Awaited<ReturnType<typeof seedJourney>> & { graph: TestGraph };

/**
 * The set-up most end-to-end files share: the graph on fresh data with seedJourney's world, built before the
 * file's tests and stopped after them. The object answered is filled in by beforeAll, so read it inside hooks and
 * tests only.
 */
export function useJourneyGraph(): JourneyWorld {
  const world = {} as JourneyWorld;
  beforeAll(async () => {
    world.graph = await startTestGraph();
    Object.assign(world, await seedJourney(world.graph.gatewayUrl));
  });
  afterAll(() => world.graph?.[Symbol.asyncDispose]());
  return world;
}
