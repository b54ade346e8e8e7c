type Row = Record<string, unknown>;

/**
 * strategy.matrix as GitHub expands it: the product of its vectors, then `exclude`, then each
 * `include` entry added to every row it does not contradict (or as a row of its own).
 * Throws an Error with GitHub's reason for an empty or oversized matrix.
 */
export function expandMatrix(matrix: unknown): Row[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error(`the matrix is not a mapping: ${JSON.stringify(matrix)}`);
  const { include, exclude, ...vectors } = matrix as Record<string, unknown>;
  let rows: Row[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`matrix vector '${key}' is not a list`);
    if (values.length === 0) throw new Error(`Matrix vector '${key}' does not contain any values`);
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [key]: value })));
  }
  const original = Object.keys(vectors);
  if (original.length === 0) rows = [];
  if (exclude !== undefined) {
    if (!Array.isArray(exclude)) throw new Error('matrix exclude is not a list');
    rows = rows.filter((row) => !exclude.some((rule: Row) => Object.entries(rule).every(([key, value]) => JSON.stringify(row[key]) === JSON.stringify(value))));
  }
  if (include !== undefined) {
    if (!Array.isArray(include)) throw new Error('matrix include is not a list');
    const base = rows.length;
    for (const entry of include as Row[]) {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`matrix include entry is not a mapping: ${JSON.stringify(entry)}`);
      let matched = false;
      for (let index = 0; index < base; index++) {
        const row = rows[index] as Row;
        if (original.every((key) => !(key in entry) || JSON.stringify(entry[key]) === JSON.stringify(row[key]))) {
          rows[index] = { ...row, ...entry };
          matched = true;
        }
      }
      if (!matched) rows.push({ ...entry });
    }
  }
  if (rows.length === 0) throw new Error('Matrix must define at least one vector (the matrix expands to no job)');
  if (rows.length > 256) throw new Error(`Strategy produced more than 256 jobs (${rows.length})`);
  return rows;
}
