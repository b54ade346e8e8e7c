import { afterAll } from 'vitest';
import { stopChildrenStartedOutsideTests } from '../helpers/spawnForTest.js';
import { removeTempDirsMadeOutsideTests } from '../helpers/tempDir.js';

// vitest setupFiles entry: runs at the top of every test file, so these afterAll hooks belong to
// each file's root suite and, registered first, run after the file's own afterAll hooks (the last
// registered runs first: children are stopped before their directories are removed).
afterAll(removeTempDirsMadeOutsideTests);
afterAll(stopChildrenStartedOutsideTests);
