/**
 * The branch a task works on: `waves/<id>`, with characters git refuses in a branch name (or that a
 * path would trip on) replaced; such ids get a short hash so two of them never share a branch.
 */
export function taskBranchName(id: string): string {
  let slug = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[.-]+/, '').replace(/(\.lock)+$/i, '').replace(/\.+$/, '');
  if (slug !== id) slug = `${slug || 'task'}-${hash(id)}`;
  return `waves/${slug}`;
}

/** FNV-1a, 32 bits, in hex: short and stable. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
