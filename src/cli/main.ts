import { TasksFileError, UsageError, EXIT, type CliIO } from './io.js';
import { USAGE } from './usage.js';

/** A command: parses its own arguments, writes through io, returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number> | number;

// Each command is loaded when it is asked for: `waves next` need not load the run loop, the
// file lock or the simulator (the bundle is split along these lines, and start-up is most of
// a small command's time).
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validateCommand.js')).validateCommand,
  plan: async () => (await import('./commands/planCommand.js')).planCommand,
  explain: async () => (await import('./commands/explainCommand.js')).explainCommand,
  pause: async () => (await import('./commands/pauseCommand.js')).pauseCommand,
  resume: async () => (await import('./commands/pauseCommand.js')).resumeCommand,
  next: async () => (await import('./commands/nextCommand.js')).nextCommand,
  status: async () => (await import('./commands/statusCommand.js')).statusCommand,
  graph: async () => (await import('./commands/graphCommand.js')).graphCommand,
  prompt: async () => (await import('./commands/promptCommand.js')).promptCommand,
  'set-status': async () => (await import('./commands/setStatusCommand.js')).setStatusCommand,
  run: async () => (await import('./commands/runCommand.js')).runCommand,
  simulate: async () => (await import('./commands/simulateCommand.js')).simulateCommand,
  demo: async () => (await import('./commands/demoCommand.js')).demoCommand,
  labels: async () => (await import('./commands/labelsCommand.js')).labelsCommand,
};

/** Runs the `waves` CLI: 0 fine, 1 problems in the tasks file, 2 a wrong command line. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const debug = argv.includes('--debug');
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    // The installed package's own version, not a number written into the code.
    const { packageVersion } = await import('./packageRoot.js');
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`waves: unknown command "${name}". Run "waves help" for the list.\n`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`waves ${name}: ${error.message}\nRun "waves help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof TasksFileError) return EXIT.problems;
    io.stderr(`waves ${name}: ${(error as Error).message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.problems;
  }
}
