import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { StepContext, StepResult } from './stepContext.js';

/**
 * actions/checkout, for real: fetches the test's origin at `ref` (default: the event's commit on
 * its branch, as the action does) into the workspace, and with persist-credentials (the default)
 * leaves the token in the clone's config so later git pushes carry it (here through
 * remote.origin.receivepack, which the origin's pre-receive hook reads).
 */
export function runCheckout(context: StepContext): StepResult {
  const { inputs } = context;
  const repository = inputs.repository ?? '';
  const own = context.env.GITHUB_REPOSITORY as string;
  if (repository !== '' && repository.toLowerCase() !== own.toLowerCase()) return { outcome: 'failure', outputs: {}, log: `checkout stand-in: only the workflow's own repository (${own}) can be checked out, not ${repository}` };
  const target = inputs.path ? join(context.workspace, inputs.path) : context.workspace;
  if (relative(context.workspace, target).startsWith('..') || isAbsolute(inputs.path ?? '') ) return { outcome: 'failure', outputs: {}, log: `Repository path '${target}' is not under '${context.workspace}'` };
  mkdirSync(target, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: target, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: context.env.PATH as string, HOME: context.env.HOME as string } });
  const depth = Number(inputs['fetch-depth'] ?? '1');
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  const ref = inputs.ref ?? '';
  const log: string[] = [];
  try {
    git('init', '--quiet');
    git('remote', 'add', 'origin', context.origin.path);
    let branch: string | undefined;
    let sha: string;
    if (ref === '') {
      // The event's commit, on the event's branch.
      branch = (context.env.GITHUB_REF as string).replace(/^refs\/heads\//, '');
      sha = context.env.GITHUB_SHA as string;
      git('fetch', '--quiet', '--no-tags', ...depthArgs, 'origin', `+${sha}:refs/remotes/origin/${branch}`);
    } else if (/^[0-9a-f]{40}$/.test(ref)) {
      git('fetch', '--quiet', '--no-tags', ...depthArgs, 'origin', ref);
      sha = ref;
    } else {
      branch = ref.replace(/^refs\/heads\//, '');
      git('fetch', '--quiet', '--no-tags', ...depthArgs, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
      sha = git('rev-parse', `refs/remotes/origin/${branch}`).trim();
    }
    if (branch) git('checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`);
    else git('checkout', '--quiet', '--force', '--detach', sha);
    if ((inputs['persist-credentials'] ?? 'true') !== 'false') git('config', '--local', 'remote.origin.receivepack', `WAVES_PUSH_TOKEN=${inputs.token ?? ''} git-receive-pack`);
    log.push(`checked out ${branch ?? sha} at ${sha}`);
    return { outcome: 'success', outputs: { ref: branch ? `refs/heads/${branch}` : sha, commit: sha }, log: log.join('\n') };
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    return { outcome: 'failure', outputs: {}, log: `checkout failed: ${failure.stderr || failure.message}` };
  }
}
