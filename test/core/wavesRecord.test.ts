import { describe, expect, it } from 'vitest';
import { claimChange, completionChange, readWavesRecord, staleClaimChange } from '../../src/core/wavesRecord.js';
import { planFromYaml } from '../helpers/planFromYaml.js';

const plan = planFromYaml(`
tasks:
  - { id: 1, title: fresh }
  - id: 2
    title: claimed once, failed once
    status: in-progress
    metadata: { owner: ops, waves: { attempts: 1, claimedAt: "2026-11-25T10:00:00Z", runId: "41", runUrl: "https://github.com/o/r/actions/runs/41", lastError: "exit code 1" } }
  - { id: 3, title: junk record, metadata: { waves: "not an object" } }
`);
const [fresh, claimed, junk] = plan.tasks as [never, never, never];
const run = { runId: '42', runUrl: 'https://github.com/o/r/actions/runs/42' };
const now = '2026-11-25T12:00:00Z';

describe('the metadata.waves record', () => {
  it('reads what is there and ignores what is malformed', () => {
    expect(readWavesRecord(fresh)).toEqual({ attempts: 0 });
    expect(readWavesRecord(claimed)).toEqual({ attempts: 1, claimedAt: '2026-11-25T10:00:00Z', runId: '41', runUrl: 'https://github.com/o/r/actions/runs/41', lastError: 'exit code 1' });
    expect(readWavesRecord(junk)).toEqual({ attempts: 0 });
  });

  it('claims: in progress, with the run that took it, keeping the attempts so far', () => {
    expect(claimChange(fresh, run, now)).toEqual({ status: 'in-progress', waves: { attempts: 0, claimedAt: now, runId: '42', runUrl: run.runUrl } });
    expect(claimChange(claimed, run, now).waves).toMatchObject({ attempts: 1, runId: '42', lastError: 'exit code 1' });
  });

  it('completes: done on success, otherwise an attempt used, then blocked', () => {
    expect(completionChange(claimed, 'success', run, now, 2)).toEqual({ status: 'done', waves: { attempts: 1, lastRun: run.runUrl, lastResult: 'success', completedAt: now } });
    expect(completionChange(fresh, 'failure', run, now, 2)).toEqual({ status: 'pending', waves: { attempts: 1, lastRun: run.runUrl, lastResult: 'failure', completedAt: now, lastError: 'the agent job failed' } });
    expect(completionChange(claimed, 'failure', run, now, 2)).toMatchObject({ status: 'blocked', waves: { attempts: 2 } });
    expect(completionChange(fresh, 'cancelled', run, now, 1)).toMatchObject({ status: 'blocked', waves: { lastError: 'the job was cancelled' } });
  });

  it('returns a stale claim to pending with one attempt used', () => {
    expect(staleClaimChange(fresh, { runUrl: 'https://github.com/o/r/actions/runs/40', conclusion: 'cancelled' }, now, 3)).toMatchObject({
      status: 'pending',
      waves: { attempts: 1, lastRun: 'https://github.com/o/r/actions/runs/40', lastError: 'the run that claimed it ended (cancelled) without completing it' },
    });
  });
});
