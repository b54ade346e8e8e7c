import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus/taskmaster beside the repository: present in CI, absent in a user's clone. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/taskmaster/', import.meta.url));
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/** The corpus files SOURCES.md lists: their cases are registered (and counted as skipped) even when the corpus is absent. */
export const CORPUS_FILES = [
  '0xdesign__infinite-menu-everydays__legacy-completed.json',
  '5dlabs__taskmaster-sync__slug-ids.json',
  'Alivanroy__Typosentinel__float-subtask-ids.json',
  'AojdevStudio__dental-dashboard__legacy-small.json',
  'ChrisGVE__workspace-qdrant-mcp__seed-2025-09-02.json',
  'RBenhGit__financial_to_exel__221-tasks.json',
  'eyaltoledano__claude-task-master__legacy-2025-06.json',
  'eyaltoledano__claude-task-master__tagged-multitag.json',
];

/** describe() options of every corpus suite: skipped without the corpus, with the reason the closing line prints. */
export const CORPUS_SUITE = {
  skip: !HAS_CORPUS,
  meta: { skipReason: 'corpus cases: ../shared/corpus/taskmaster is not beside this clone (each of its quirks is still tested, on test/fixtures/taskmaster)' },
};

/** What SOURCES.md says about one corpus file. */
export interface CorpusEntry {
  file: string;
  /** Task count per tag; `undefined` key for a root-layout file. */
  tasksPerTag: Map<string | undefined, number>;
  totalTasks: number;
  totalSubtasks: number;
  subtasksPerTag: Map<string, number>;
}

/** The corpus entries from SOURCES.md, or, without the corpus, one empty entry per known file (their cases only skip). */
export function corpusEntries(): CorpusEntry[] {
  if (HAS_CORPUS) return readCorpusSources();
  return CORPUS_FILES.map((file) => ({ file, tasksPerTag: new Map(), totalTasks: 0, totalSubtasks: 0, subtasksPerTag: new Map() }));
}

/** Reads the table in SOURCES.md: task counts per tag and subtask totals, as documented there. */
export function readCorpusSources(): CorpusEntry[] {
  const text = readFileSync(CORPUS_DIR + 'SOURCES.md', 'utf8');
  const entries: CorpusEntry[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`([^`]+\.json)`$/.exec(cells[1] ?? '')?.[1];
    if (!file) continue;
    const tasksCell = cells[7] ?? '';
    const subtasksCell = cells[8] ?? '';
    const tasksPerTag = new Map<string | undefined, number>();
    const inner = /\(([^)]*)\)/.exec(tasksCell)?.[1];
    const totalTasks = Number(/\d+/.exec(tasksCell)?.[0]);
    if (inner) for (const match of inner.matchAll(/([\w-]+) (\d+)/g)) tasksPerTag.set(match[1], Number(match[2]));
    const realTags = /\d+ in real tags \(([^)]*)\)/.exec(tasksCell)?.[1];
    if (realTags) {
      tasksPerTag.clear();
      for (const match of realTags.matchAll(/([\w-]+) (\d+)/g)) tasksPerTag.set(match[1], Number(match[2]));
    }
    const subtasksPerTag = new Map<string, number>();
    const subInner = /\(([^)]*)\)/.exec(subtasksCell)?.[1];
    if (subInner) for (const match of subInner.matchAll(/([\w-]+) (\d+)/g)) subtasksPerTag.set(match[1] as string, Number(match[2]));
    entries.push({ file, tasksPerTag, totalTasks, totalSubtasks: Number(/\d+/.exec(subtasksCell)?.[0]), subtasksPerTag });
  }
  return entries;
}
