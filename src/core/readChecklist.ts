const CHECKLIST_ITEM = /^\s*[-*+]\s+\[[ xX]\]\s+(.+?)\s*$/gm;

/** The checklist items (`- [ ] tests pass`, ticked or not) of a Markdown body such as an issue's: a task's success criteria. Pure. */
export function readChecklist(body: string): string[] {
  return [...body.matchAll(CHECKLIST_ITEM)].map((match) => match[1] as string);
}
