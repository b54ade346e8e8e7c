import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkLandingScenario, landingScenario } from '../helpers/landingProperty.js';

// The long variant of runIsolation.property.test.ts: many more plans and interleavings.
describe('waves run lands work exactly once, and only verified trees (soak)', () => {
  it('holds over many generated plans', () => {
    fc.assert(fc.property(landingScenario, (scenario) => checkLandingScenario(scenario, 'runIsolation.soak')), { numRuns: 40 });
  }, 1_800_000);
});
