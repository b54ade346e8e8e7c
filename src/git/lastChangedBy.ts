import { runGit } from './runGit.js';
import { TASK_TRAILER } from './recordTaskChange.js';

/**
 * For each file, the task (by its `Waves-Task` trailer) whose commit in `since..until` last
 * changed it, or the commit's short id and subject when that commit has no trailer.
 */
export async function lastChangedBy(repository: string, files: string[], since: string, until: string, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const file of files) {
    const { stdout } = await runGit(['--literal-pathspecs', 'log', '-1', `--format=%h%x00%s%x00%(trailers:key=${TASK_TRAILER},valueonly,separator=%x2C )`, `${since}..${until}`, '--', file], repository, env).catch(() => ({ stdout: '' }));
    if (stdout.trim() === '') continue;
    const [short = '', subject = '', tasks = ''] = stdout.trim().split('\0');
    result.set(file, tasks.trim() !== '' ? `task ${tasks.trim()}` : `${short} "${subject}"`);
  }
  return result;
}
