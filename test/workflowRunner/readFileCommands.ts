import { readFileSync } from 'node:fs';

/** Reads a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIMITER` blocks. Throws on a block left open. */
export function readFileCommands(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8');
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === '') continue;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const value: string[] = [];
      for (index++; index < lines.length && lines[index] !== block[2]; index++) value.push(lines[index] as string);
      if (index >= lines.length) throw new Error(`${path}: the value of '${block[1]}' has no closing delimiter ${block[2]}`);
      values[block[1] as string] = value.join('\n');
      continue;
    }
    const pair = /^([^=]+)=(.*)$/.exec(line);
    if (!pair) throw new Error(`${path}: cannot read the line ${JSON.stringify(line)} (expected name=value or name<<DELIMITER)`);
    values[pair[1] as string] = pair[2] as string;
  }
  return values;
}
