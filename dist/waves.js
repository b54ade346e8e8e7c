import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  EXIT,
  TasksFileError,
  UsageError
} from "./chunks/chunk-UQBKCWIS.js";
import "./chunks/chunk-MMZRYQYA.js";

// src/cli/usage.ts
var USAGE = `waves: plan and run a backlog of agent tasks in dependency order

Usage:
  waves validate [FILE] [--tag T] [--json]
  waves plan     [FILE] [--tag T] [--max-parallel N] [--pool C=N] [--granularity task|subtask] [--json]
  waves explain  [FILE] ID [--tag T] [--max-parallel N] [--pool C=N] [--granularity G] [--max-dispatches-per-day N] [--json]
  waves next     [FILE] [--tag T] [--granularity task|subtask] [--json]
  waves status   [FILE] [--tag T] [--format text|markdown] [--max-parallel N] [--pool C=N] [--granularity G]
  waves graph    [FILE] [--tag T] [--format mermaid|dot] [--granularity G]
  waves labels   --repo OWNER/NAME [--label L] [--status-label-prefix P] [--dashboard-label L] [--dry-run]
  waves prompt   FILE ID [--tag T] [--template PATH]
  waves set-status FILE ID STATUS [--tag T]
  waves pause    [FILE] [--reason TEXT] [--tag T]
  waves resume   [FILE] [--tag T]
  waves run      [FILE] --agent "CMD" [--max-parallel N] [--pool C=N] [--timeout 30m] [--max-attempts 2]
                 [--verify "CMD"] [--base BRANCH] [--allow-empty] [--isolation worktree|none]
                 [--restart-in-progress] [--logs DIR] [--granularity G]
                 [--max-dispatches-per-day N] [--pause-after-failures N]
  waves simulate [FILE] [--max-parallel N] [--policy ready-queue|waves|sequential] [--pool C=N] [--json] [--gantt]
  waves demo

plan and explain also take --max-dispatches-per-day N (the daily budget, counted from recorded claims).
plan, explain, next, status and graph read GitHub issues instead of FILE with
  --source issues --repo OWNER/NAME [--label wave-task]   (token in GITHUB_TOKEN)

FILE defaults to the first of .taskmaster/tasks/tasks.json, tasks/tasks.json, waves.yml,
waves.yaml, waves.json in the current directory.

Exit codes: 0 fine, 1 problems in the tasks file, 2 a wrong command line.
Add --debug to any command to see a stack trace when something unexpected fails.
`;

// src/cli/main.ts
var COMMANDS = {
  validate: async () => (await import("./chunks/validateCommand-2WNCLDUG.js")).validateCommand,
  plan: async () => (await import("./chunks/planCommand-6ZRBXXP6.js")).planCommand,
  explain: async () => (await import("./chunks/explainCommand-KJCPSMMF.js")).explainCommand,
  pause: async () => (await import("./chunks/pauseCommand-UUADV5UH.js")).pauseCommand,
  resume: async () => (await import("./chunks/pauseCommand-UUADV5UH.js")).resumeCommand,
  next: async () => (await import("./chunks/nextCommand-E3YLQGQA.js")).nextCommand,
  status: async () => (await import("./chunks/statusCommand-VNUSXBMJ.js")).statusCommand,
  graph: async () => (await import("./chunks/graphCommand-IL4TL5XP.js")).graphCommand,
  prompt: async () => (await import("./chunks/promptCommand-EZWHY3JA.js")).promptCommand,
  "set-status": async () => (await import("./chunks/setStatusCommand-W2K4RUNJ.js")).setStatusCommand,
  run: async () => (await import("./chunks/runCommand-SEOE4TVE.js")).runCommand,
  simulate: async () => (await import("./chunks/simulateCommand-IJYQKYEX.js")).simulateCommand,
  demo: async () => (await import("./chunks/demoCommand-3AK7O27Z.js")).demoCommand,
  labels: async () => (await import("./chunks/labelsCommand-CEVUTOCL.js")).labelsCommand
};
async function runCli(argv, io) {
  const [name, ...args] = argv;
  const debug = argv.includes("--debug");
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    const { packageVersion } = await import("./chunks/packageRoot-D4TM4ECK.js");
    io.stdout(`${packageVersion()}
`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`waves: unknown command "${name}". Run "waves help" for the list.
`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`waves ${name}: ${error.message}
Run "waves help" for usage.
`);
      return EXIT.usage;
    }
    if (error instanceof TasksFileError) return EXIT.problems;
    io.stderr(`waves ${name}: ${error.message}
`);
    if (debug) io.stderr(`${error.stack ?? ""}
`);
    return EXIT.problems;
  }
}

// src/cli/index.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
var code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  columns: process.stdout.columns || void 0,
  // 0 on a terminal that does not say its size
  onInterrupt: (handler) => {
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
    return () => {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    };
  }
});
process.exitCode = code;
