import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileUpdateError, updateFileLocked } from '../../src/write/writeFileLocked.js';
import { makeTempDir } from '../helpers/tempDir.js';

const directory = makeTempDir();

describe('updateFileLocked', () => {
  it('re-reads inside the lock, so parallel updates all land', async () => {
    const file = join(directory, 'counter.txt');
    writeFileSync(file, 'start\n');
    await Promise.all(Array.from({ length: 20 }, (_, index) => updateFileLocked(file, (text) => `${text}line ${index}\n`)));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('start');
    expect(lines.slice(1).sort()).toEqual(Array.from({ length: 20 }, (_, index) => `line ${index}`).sort());
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('writes nothing and releases the lock when the update throws', async () => {
    const file = join(directory, 'throws.txt');
    writeFileSync(file, 'keep me');
    await expect(updateFileLocked(file, () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(existsSync(`${file}.lock`)).toBe(false);
    await updateFileLocked(file, (text) => text + '!');
    expect(readFileSync(file, 'utf8')).toBe('keep me!');
  });

  it('does not write an unchanged text, keeps the mode, and leaves no temp files', async () => {
    const file = join(directory, 'mode.txt');
    writeFileSync(file, 'a');
    chmodSync(file, 0o640);
    const before = statSync(file);
    expect(await updateFileLocked(file, (text) => text)).toBe(false);
    expect(statSync(file).ino).toBe(before.ino);
    expect(await updateFileLocked(file, () => 'b')).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(directory).filter((name) => name.startsWith('mode.txt'))).toEqual(['mode.txt']);
  });

  it('keeps a BOM and CRLF exactly', async () => {
    const file = join(directory, 'bom.json');
    const text = '\uFEFF{\r\n  "a": 1\r\n}\r\n';
    writeFileSync(file, text);
    await updateFileLocked(file, (current) => current.replace('1', '2'));
    expect(readFileSync(file).equals(Buffer.from(text.replace('1', '2'), 'utf8'))).toBe(true);
  });

  it('says so when the file is missing or not UTF-8', async () => {
    await expect(updateFileLocked(join(directory, 'missing.json'), (text) => text)).rejects.toThrow(/does not exist/);
    const file = join(directory, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await expect(updateFileLocked(file, (text) => text + 'x')).rejects.toThrow(FileUpdateError);
    expect(readFileSync(file).equals(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe(true);
  });
});
