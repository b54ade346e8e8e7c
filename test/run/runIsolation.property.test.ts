import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkLandingScenario, landingScenario } from '../helpers/landingProperty.js';

// One interleaving here, a smoke check; test/run/runIsolation.soak.test.ts runs many more (npm run test:soak).
describe('waves run lands work exactly once, and only verified trees', () => {
  it('whatever the plan and the interleaving: every done task is on main once, after its dependencies, and every commit on main passes verify', () => {
    fc.assert(fc.property(landingScenario, (scenario) => checkLandingScenario(scenario, 'runIsolation.property')), { numRuns: 1, endOnFailure: true });
  }, 240_000);
});
