// Runs each shipped example end to end on the seed: real git, the bundled action, the fake GitHub
// behind a permissions gate, stand-in agents. Needs dist/ built (npm run build).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExample } from './runExample.js';
import { seedTaskIds } from './seedRepository.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/workflows/', import.meta.url));

describe('the shipped examples, run', () => {
  it('orchestrator-shell.yml reaches all-done on the seed with every task delivered', async () => {
    const outcome = await runExample(`${EXAMPLES}orchestrator-shell.yml`);
    expect(outcome.problems).toEqual([]);
    expect(outcome.failures).toEqual([]);
    expect(outcome.allDone).toBe(true);
    for (const id of seedTaskIds()) expect(outcome.statuses.get(id), `task ${id}`).toBe('done');
  }, 240_000);
});
