// Fast checks for every `npm test`: each example's `uses:` resolves to action metadata the runner
// holds, every `with:` key is an input of that action and every required input is given; each
// snapshot names the tag and the 40-hex commit it was read from. (Running the examples is
// `npm run examples`.)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadActionMetadata } from './loadActionMetadata.js';
import { readWorkflow } from './readWorkflow.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/workflows/', import.meta.url));
const SNAPSHOTS = fileURLToPath(new URL('./actionSnapshots/', import.meta.url));

describe('action metadata', () => {
  for (const file of readdirSync(EXAMPLES).filter((name) => /\.ya?ml$/.test(name))) {
    it(`${file}: every uses: is known, every with: key exists, every required input is given`, () => {
      const workflow = readWorkflow(`${EXAMPLES}${file}`);
      const faults: string[] = [];
      for (const [jobId, job] of Object.entries(workflow.jobs)) {
        (job.steps ?? []).forEach((step, index) => {
          if (step.uses === undefined) return;
          const metadata = loadActionMetadata(step.uses);
          for (const key of Object.keys(step.with ?? {})) if (!(key in metadata.inputs)) faults.push(`${workflow.where(['jobs', jobId, 'steps', index, 'with', key])}: ${key}`);
          for (const [name, input] of Object.entries(metadata.inputs)) if (input.required && input.default === undefined && !(name in (step.with ?? {}))) faults.push(`${workflow.where(['jobs', jobId, 'steps', index])}: missing ${name}`);
        });
      }
      expect(faults).toEqual([]);
    });
  }

  it('snapshots record where they were read from', () => {
    const files = readdirSync(SNAPSHOTS);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const snapshot = JSON.parse(readFileSync(`${SNAPSHOTS}${name}`, 'utf8')) as { action: string; tag: string; commit: string; inputs: Record<string, { required: boolean }> };
      expect(name).toBe(`${snapshot.action.replace('/', '__')}@${snapshot.tag}.json`);
      expect(snapshot.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(Object.keys(snapshot.inputs).length).toBeGreaterThan(0);
    }
  });

  it('ours is read from action.yml; a third-party key it lacks or an unknown action is named', () => {
    expect(loadActionMetadata('your-org/wave-orchestrator@v0').outputs).toContain('matrix');
    expect(loadActionMetadata('./').inputs.token?.default).toBe('${{ github.token }}');
    expect(loadActionMetadata('actions/checkout@v5.0.1').source).toMatch(/^actions\/checkout@v5 action\.yml \(commit [0-9a-f]{12}\)$/);
    expect(() => loadActionMetadata('actions/checkout@v1')).toThrow('no snapshot of actions/checkout');
    expect(() => loadActionMetadata('someone/else@v1')).toThrow('the test runner has no stand-in for someone/else');
  });
});
