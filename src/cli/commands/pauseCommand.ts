import { readLoopRecord, withLoopField, type PauseRecord } from '../../core/loopRecord.js';
import { LoopRecordError, updateLoopRecord } from '../../write/updateLoopRecord.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { resolveTasksFile } from '../loadForCommand.js';
import { COMMON_OPTIONS, parseCommandLine } from '../parseOptions.js';

const PAUSE_OPTIONS = { ...COMMON_OPTIONS, reason: { type: 'string' } } as const;

/**
 * `waves pause [FILE] [--reason TEXT]`: records a pause under the tag's `metadata.waves` (under the
 * file's lock, changing nothing else), so no planner run or `waves run` starts new work.
 */
export async function pauseCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, PAUSE_OPTIONS);
  if (values.help) {
    io.stdout('Usage: waves pause [FILE] [--reason TEXT] [--tag T] [--json]\n');
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; usage: waves pause [FILE] [--reason TEXT] (quote a reason with spaces)`);
  const { path, file } = resolveTasksFile(positionals[0], io);
  const pause: PauseRecord = { reason: values.reason ?? '', since: new Date().toISOString(), by: io.env.GITHUB_ACTOR || io.env.USER || 'waves pause' };
  return withErrors(io, 'pause', async () => {
    let already: PauseRecord | undefined;
    const { plan } = await updateLoopRecord(path, (fresh) => {
      already = readLoopRecord(fresh).paused;
      return already ? undefined : withLoopField(fresh, 'paused', pause);
    }, { ...(values.tag === undefined ? {} : { tag: values.tag }), shown: file });
    const where = `${file}${plan.tag !== undefined ? ` [${plan.tag}]` : ''}`;
    if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, paused: already ?? pause, changed: !already }) + '\n');
    else io.stdout(already ? `${where}: already paused since ${already.since || '(unknown)'}${already.by ? ` by ${already.by}` : ''}${already.reason ? `: ${already.reason}` : ''} (unchanged)\n` : `${where}: paused; no new work starts until "waves resume"\n`);
    return EXIT.ok;
  });
}

/** `waves resume [FILE]`: removes the pause record (and the record itself when nothing else is in it). */
export async function resumeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout('Usage: waves resume [FILE] [--tag T] [--json]\n');
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"; usage: waves resume [FILE]`);
  const { path, file } = resolveTasksFile(positionals[0], io);
  return withErrors(io, 'resume', async () => {
    let was: PauseRecord | undefined;
    const { plan } = await updateLoopRecord(path, (fresh) => {
      was = readLoopRecord(fresh).paused;
      return was ? withLoopField(fresh, 'paused', undefined) : undefined;
    }, { ...(values.tag === undefined ? {} : { tag: values.tag }), shown: file });
    const where = `${file}${plan.tag !== undefined ? ` [${plan.tag}]` : ''}`;
    if (values.json) io.stdout(JSON.stringify({ file, tag: plan.tag ?? null, was: was ?? null, changed: was !== undefined }) + '\n');
    else io.stdout(was ? `${where}: resumed (was paused since ${was.since || '(unknown)'}${was.reason ? `: ${was.reason}` : ''})\n` : `${where}: not paused (unchanged)\n`);
    return EXIT.ok;
  });
}

async function withErrors(io: CliIO, name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof LoopRecordError)) throw error;
    io.stderr(`waves ${name}: ${error.message}\n`);
    return EXIT.problems;
  }
}
