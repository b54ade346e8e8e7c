import type { Task } from '../core/model.js';

/** The hidden marker that says a pull request carries a task's work. */
export function pullRequestMarker(id: string): string {
  return `<!-- wave-orchestrator:task=${id} -->`;
}

/**
 * The title (`<id>: <title>`) and body of a task's pull request: the task's description, its
 * success criteria as a checklist, the run that did the work, `Closes #<n>` for an issue task (or
 * `Part of #<n>` when merging must not close it), and the hidden marker. Task text is someone's
 * writing, so it is quoted, never made into HTML.
 */
export function renderPullRequest(task: Pick<Task, 'id' | 'title' | 'description' | 'deliverables'>, options: { runUrl: string; closesIssue?: number; partOfIssue?: number }): { title: string; body: string } {
  const title = `${task.id}: ${task.title.replace(/\s+/g, ' ').trim()}`.slice(0, 250);
  // No HTML comments (they could fake our marker) and no @mentions from task text.
  const plain = (text: string) => text.replace(/<!--/g, '&lt;!--').replace(/@/g, '@\u200b');
  const quote = (text: string) => text.trim().split('\n').map((line) => `> ${plain(line)}`).join('\n');
  const lines = [`Task ${task.id}, delivered by wave-orchestrator from ${options.runUrl}.`, ''];
  if (task.description) lines.push(quote(task.description), '');
  if (task.deliverables.length > 0) lines.push('**Success criteria**', '', ...task.deliverables.map((criterion) => `- [ ] ${plain(criterion.replace(/\s+/g, ' ').trim())}`), '');
  if (options.closesIssue !== undefined) lines.push(`Closes #${options.closesIssue}`, '');
  else if (options.partOfIssue !== undefined) lines.push(`Part of #${options.partOfIssue}`, '');
  lines.push(pullRequestMarker(task.id));
  return { title, body: lines.join('\n') + '\n' };
}
