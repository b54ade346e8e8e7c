/** `waves help`. Keep in step with the README's CLI reference. */
export const USAGE = `waves: plan and run a backlog of agent tasks in dependency order

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
