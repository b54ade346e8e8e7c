import type { CleanRepository } from './cleanRepository.js';

/** The newest commit on `ref` whose subject is the planner's claim for run `runId` (`waves: claim tasks for run N`), or undefined. */
export async function findClaimCommit(repository: CleanRepository, ref: string, runId: string): Promise<string | undefined> {
  const subject = `waves: claim tasks for run ${runId}`;
  const { stdout } = await repository.git(['log', '--format=%H %s', '--fixed-strings', `--grep=${subject}`, ref]);
  for (const line of stdout.toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    const text = line.slice(space + 1);
    // "run 42" must not match "run 421": the subject ends there or goes on with "; return ...".
    if (space > 0 && (text === subject || text.startsWith(`${subject};`))) return line.slice(0, space);
  }
  return undefined;
}
