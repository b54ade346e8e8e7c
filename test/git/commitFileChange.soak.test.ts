import { beforeAll, describe, it } from 'vitest';
import { buildLegScript, raceAsProcesses, raceInOneProcess } from '../helpers/commitRace.js';
import { makeTempDir } from '../helpers/tempDir.js';

// A soak test (npm run test:soak, also run by .ci/run): 16 writers racing for one file, twice.

let scratch = '';
beforeAll(() => void (scratch = makeTempDir()));

describe('commitFileChange: 16 writers race to push one tasks file', () => {
  it('in one process (Promise.all): every change lands, no working tree is touched', () => raceInOneProcess(scratch, 16));
  it('as 16 processes: every change lands, no working tree is touched', async () => raceAsProcesses(scratch, await buildLegScript(scratch), 16));
});
