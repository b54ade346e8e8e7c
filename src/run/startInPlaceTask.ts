import { toSingleLine } from '../render/toSingleLine.js';
import { runVerify } from './runVerify.js';
import { startAgent, type AgentExit, type AgentHandle, type AgentSpec } from './startAgent.js';

/**
 * Runs one attempt without isolation, as `waves run` always did: the agent in the working
 * directory itself; then `--verify CMD` there when given, failing the attempt if it fails.
 */
export function startInPlaceTask(spec: AgentSpec, verify: string | undefined): AgentHandle {
  let current = startAgent(spec);
  let stopping = false;
  const exited = current.exited.then(async (agent): Promise<AgentExit> => {
    if (verify === undefined || stopping || agent.stopped || agent.code !== 0 || agent.timedOut || agent.error !== undefined) return agent;
    const run = await runVerify(verify, spec.cwd, spec.env, spec.logFile, 'in place');
    current = run.handle;
    const result = await run.result;
    if (result.exit.stopped) return { ...agent, stopped: true, code: null };
    if (result.ok) return { ...agent, verify: 'passed' };
    return { ...agent, verify: 'failed', failure: `verify failed${result.exit.timedOut ? ' (timed out)' : ''}: ${toSingleLine(result.tail.at(-1) ?? `exit code ${result.exit.code}`, 200)}` };
  });
  return {
    pid: current.pid,
    exited,
    async stop() {
      stopping = true;
      await current.stop();
      return exited;
    },
  };
}
