import type { IssueReference } from './issueSnapshot.js';

// A line that starts (after list markers, quotes or emphasis) with "Depends on" or "Blocked by".
const DEPENDENCY_LINE = /^[\s>*_-]*(?:depends\s+on|blocked\s+by)\s*:?\s*(.*)$/gim;
// #12, owner/repo#12, or a link to an issue on github.com (or an Enterprise host).
const REFERENCE = /(?:https?:\/\/[^\s/]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/issues\/(\d+))|(?:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+))?#(\d+)\b/g;

/**
 * The issues a body says this one waits for: `Depends on #12, #15`, `Blocked by owner/repo#7`,
 * one or more per line. Other mentions of issues are not dependencies. Pure; the text is untrusted
 * and only ever matched, never run.
 */
export function parseBodyDependencies(body: string, repository: string): IssueReference[] {
  const found = new Map<string, IssueReference>();
  // Fenced code is quoted text, not a statement about this issue.
  const text = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const line of text.matchAll(DEPENDENCY_LINE)) {
    for (const match of (line[1] ?? '').matchAll(REFERENCE)) {
      const reference = { repository: match[1] ?? match[3] ?? repository, number: Number(match[2] ?? match[4]) };
      if (!Number.isSafeInteger(reference.number) || reference.number <= 0) continue;
      found.set(`${reference.repository.toLowerCase()}#${reference.number}`, reference);
    }
  }
  return [...found.values()];
}
