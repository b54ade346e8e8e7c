/**
 * Ids as text, with one string per whole-number id: a task's id and every dependency on it share
 * it. Task Master writes ids as numbers, and a 100k-task file would otherwise make a fresh string
 * for each of its hundreds of thousands of references (and compare them character by character).
 */
export class IdTexts {
  private readonly byNumber: (string | undefined)[] = [];

  /** The id as text: `"42"` for 42, a string id as it is. */
  of(id: string | number): string {
    if (typeof id === 'string') return id;
    if (!Number.isInteger(id) || id < 0 || id >= 10_000_000) return String(id);
    return (this.byNumber[id] ??= String(id));
  }

  /** A list of ids as text, in an array of its own. */
  list(ids: readonly (string | number)[]): string[] {
    const texts: string[] = new Array(ids.length);
    for (let index = 0; index < ids.length; index++) texts[index] = this.of(ids[index] as string | number);
    return texts;
  }
}
