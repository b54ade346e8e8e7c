import { runGit } from './runGit.js';

/**
 * The environment for git commands the runner makes on the user's repository: messages in English
 * (we read them), no password prompts, and an identity for the commits it writes (leftovers,
 * rebases) when the user has none configured, so a fresh machine or CI still works.
 */
export async function gitEnv(repository: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined };
  const hasIdentity = await runGit(['var', 'GIT_COMMITTER_IDENT'], repository, env).then(
    () => true,
    () => false,
  );
  if (hasIdentity) return env;
  return { ...env, GIT_AUTHOR_NAME: 'waves run', GIT_AUTHOR_EMAIL: 'waves-run@localhost', GIT_COMMITTER_NAME: 'waves run', GIT_COMMITTER_EMAIL: 'waves-run@localhost' };
}
