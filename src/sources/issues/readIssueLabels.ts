import { normalizePriority } from '../../core/normalizePriority.js';
import { normalizeStatus } from '../../core/normalizeStatus.js';
import type { Priority, TaskStatus } from '../../core/model.js';

/** What labels say about a task: `status:in-progress`, `priority:high`, `agent:backend`, ... */
export interface LabelFacts {
  status?: TaskStatus;
  priority?: Priority;
  agent?: string;
  resources?: string;
  complexity?: number;
  estimate?: string;
  /** One line per label that could not be read, for warnings. */
  problems: string[];
}

/** Which label prefixes mean what. */
export interface LabelPrefixes {
  /** Default `status:`. */
  status: string;
}

// When an issue carries more than one status label, the one furthest along the way wins.
const STATUS_RANK: TaskStatus[] = ['done', 'cancelled', 'review', 'in-progress', 'blocked', 'deferred', 'pending'];

/** Reads an issue's labels. Pure. Unknown values are problems, not errors: an issue is still a task. */
export function readIssueLabels(names: readonly string[], prefixes: LabelPrefixes): LabelFacts {
  const facts: LabelFacts = { problems: [] };
  const statuses: TaskStatus[] = [];
  for (const name of names) {
    const status = valueAfter(name, prefixes.status);
    if (status !== undefined) {
      const normalized = normalizeStatus(status);
      if (normalized.value !== undefined) statuses.push(normalized.value);
      else facts.problems.push(`label '${name}': unknown status '${status}'`);
      continue;
    }
    const [key, value] = splitLabel(name);
    if (value === undefined) continue;
    if (key === 'priority') {
      const priority = normalizePriority(value);
      if (priority.value !== undefined) facts.priority = priority.value;
      else facts.problems.push(`label '${name}': unknown priority '${value}' (critical, high, medium, low)`);
    } else if (key === 'agent') facts.agent = value;
    else if (key === 'resources') facts.resources = value;
    else if (key === 'complexity') {
      const complexity = Number(value);
      if (Number.isInteger(complexity) && complexity >= 1 && complexity <= 10) facts.complexity = complexity;
      else facts.problems.push(`label '${name}': complexity must be a whole number from 1 to 10`);
    } else if (key === 'estimate') facts.estimate = value;
  }
  if (statuses.length > 0) {
    facts.status = STATUS_RANK.find((status) => statuses.includes(status)) as TaskStatus;
    if (new Set(statuses).size > 1) facts.problems.push(`more than one status label (${statuses.join(', ')}); reading it as ${facts.status}`);
  }
  return facts;
}

function valueAfter(name: string, prefix: string): string | undefined {
  return name.toLowerCase().startsWith(prefix.toLowerCase()) ? name.slice(prefix.length).trim() : undefined;
}

function splitLabel(name: string): [string, string | undefined] {
  const colon = name.indexOf(':');
  if (colon < 0) return [name, undefined];
  const value = name.slice(colon + 1).trim();
  return [name.slice(0, colon).trim().toLowerCase(), value === '' ? undefined : value];
}
