import { indexTasks } from '../core/indexTasks.js';
import type { Plan, Task } from '../core/model.js';
import { DEFAULT_PROMPT_TEMPLATE } from './defaultPromptTemplate.js';

/** A placeholder the template uses that no value exists for. */
export interface UnknownPlaceholder {
  name: string;
  /** 1-based line of the template it is on. */
  line: number;
}

/** A template that cannot be filled in: it names placeholders that do not exist. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly unknown: UnknownPlaceholder[];
  readonly known: string[];

  constructor(unknown: UnknownPlaceholder[], known: string[]) {
    const listed = unknown.map((placeholder) => `{{${placeholder.name}}} on line ${placeholder.line}`).join(', ');
    super(`unknown placeholder${unknown.length === 1 ? '' : 's'} ${listed}; known placeholders: ${known.map((name) => `{{${name}}}`).join(', ')}`);
    this.unknown = unknown;
    this.known = known;
  }
}

/** Every placeholder a template may use, in the order the error message lists them. */
export const PROMPT_PLACEHOLDERS = [
  'task.id',
  'task.title',
  'task.agent',
  'task.priority',
  'task.complexity',
  'task.status',
  'task.estimate',
  'task.description',
  'task.details',
  'task.text',
  'task.deliverables',
  'task.successCriteria',
  'task.dependencies',
  'task.paths',
  'task.subtasks',
  'plan.file',
  'plan.tag',
] as const;

/** A name a template may use between `{{` and `}}`. */
export type PromptPlaceholder = (typeof PROMPT_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Fills a template in with one task's values. Substitution only: each `{{name}}` is replaced once by a
 * value inserted verbatim (a value that itself contains `{{x}}` stays as written), and nothing runs.
 * Throws TemplateError listing every unknown placeholder before anything is rendered.
 */
export function renderPrompt(task: Task, plan: Plan, template: string = DEFAULT_PROMPT_TEMPLATE): string {
  const known = new Set<string>(PROMPT_PLACEHOLDERS);
  const unknown: UnknownPlaceholder[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!known.has(name)) unknown.push({ name, line: lineAt(template, match.index) });
  }
  if (unknown.length > 0) throw new TemplateError(unknown, [...PROMPT_PLACEHOLDERS]);
  const values = promptValues(task, plan);
  // One String.replace pass: replacement text is never scanned again, so values cannot expand.
  return template.replace(PLACEHOLDER, (_, name: string) => values[name as PromptPlaceholder]);
}

function promptValues(task: Task, plan: Plan): Record<PromptPlaceholder, string> {
  const parent = task.parentId === undefined ? undefined : indexTasks(plan.tasks).byId.get(task.parentId);
  // A subtask works inside its parent: the parent's role and paths apply unless it names its own.
  const agent = task.agent ?? parent?.agent;
  const paths = task.paths.length > 0 ? task.paths : (parent?.paths ?? []);
  const text = [
    parent ? `Part of task ${parent.id}: ${parent.title}` : undefined,
    task.description,
    task.details,
  ].filter((part): part is string => part !== undefined && part.trim() !== '');
  return {
    'task.id': task.id,
    'task.title': task.title,
    'task.agent': agent ?? 'general-purpose agent',
    'task.priority': task.priority.toUpperCase(),
    'task.complexity': task.complexity === undefined ? 'n/a' : `${task.complexity}/10`,
    'task.status': task.status,
    'task.estimate': task.estimate ?? 'not estimated',
    'task.description': task.description ?? 'no description',
    'task.details': task.details ?? 'no details',
    'task.text': text.length > 0 ? text.join('\n\n') : 'no description',
    'task.deliverables': task.deliverables.length > 0 ? bullets(task.deliverables) : '- none listed',
    'task.successCriteria': bullets(successCriteria(task)),
    'task.dependencies': task.dependencies.length > 0 ? task.dependencies.join(', ') : 'none',
    'task.paths': paths.length > 0 ? paths.join(', ') : 'not listed; keep changes to what the task needs',
    'task.subtasks': task.subtasks.length > 0 ? bullets(task.subtasks.map((subtask) => `${subtask.id} ${subtask.title} (${subtask.status})`)) : '- none',
    'plan.file': plan.file,
    'plan.tag': plan.tag ?? 'none',
  };
}

/** Deliverables, else the subtasks (phases) to finish, else the description, else the title itself. */
function successCriteria(task: Task): string[] {
  if (task.deliverables.length > 0) return task.deliverables;
  if (task.subtasks.length > 0) return task.subtasks.map((subtask) => subtask.title);
  const description = task.description?.trim();
  if (description) return [description];
  return [`${task.title}: implemented, tested and verified`];
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
