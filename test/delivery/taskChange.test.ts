import { describe, expect, it } from 'vitest';
import { parsePackedChange, serializePackedChange, type PackedChange } from '../../src/delivery/packedChange.js';
import { isSafePath, refusalReason, screenChange, type FileChange } from '../../src/delivery/taskChange.js';

const BASE = 'a'.repeat(40);
const text = (path: string, content: string, mode: '100644' | '100755' | '120000' = '100644'): FileChange => ({ path, kind: 'write', mode, content: Buffer.from(content) });

describe('screenChange', () => {
  it('drops the tasks file, refuses workflows, keeps the rest sorted', () => {
    const screened = screenChange({ base: BASE, files: [text('z.txt', 'z'), text('tasks.json', '{}'), text('.github/workflows/ci.yml', 'on: push'), { path: 'a.txt', kind: 'delete' }] }, { tasksFile: './tasks.json', allowWorkflowChanges: false });
    expect(screened.change.files.map((file) => file.path)).toEqual(['a.txt', 'z.txt']);
    expect(screened.dropped.map((entry) => entry.path)).toEqual(['tasks.json']);
    expect(screened.refused).toEqual([expect.objectContaining({ path: '.github/workflows/ci.yml' })]);
    expect(refusalReason(screened.refused)).toMatch(/^the change was refused: \.github\/workflows\/ci\.yml changes a workflow/);
  });

  it('holds a hand-off to its caps: files, bytes, binary, .github/', () => {
    const rules = { tasksFile: 't.json', allowWorkflowChanges: false, refuseGithubDirectory: true, maxFiles: 2, maxFileBytes: 4, allowBinary: false };
    const screened = screenChange({ base: BASE, files: [text('big', '12345'), text('bin', 'a\0b'), text('.github/CODEOWNERS', '*'), text('a', '1'), text('b', '2'), text('c', '3'), text('link', '../../../../etc/passwd-long-target', '120000')] }, rules);
    // The link's target text is over 4 bytes too; then three files are left, one over the cap of two.
    expect(screened.refused.map((entry) => entry.path)).toEqual(['.github/CODEOWNERS', 'big', 'bin', 'link', 'c']);
    const capped = screenChange({ base: BASE, files: [text('a', '1'), text('b', '2'), text('c', '3')] }, rules);
    expect(capped.refused).toEqual([{ path: 'c', reason: 'the change has 3 files, over the limit of 2 (max-files)' }]);
  });

  it('accepts only plain paths inside the repository', () => {
    for (const bad of ['', '/etc/passwd', '../x', 'a/../b', 'a//b', './a', 'a\\b', '.git/config', 'sub/.GIT/hooks/pre-commit']) expect(isSafePath(bad), bad).toBe(false);
    for (const good of ['a', 'a/b.txt', '.github/x', '.gitignore', 'dir/.gitkeep']) expect(isSafePath(good), good).toBe(true);
  });
});

describe('packed changes', () => {
  const packed: PackedChange = { runId: '100', task: '7', result: 'success', change: { base: BASE, files: [text('bin', '\0\x01\xff'), { path: 'gone', kind: 'delete' }, text('run.sh', 'echo', '100755')] }, refused: [], dropped: [{ path: 'tasks.json', reason: 'dropped' }] };

  it('round-trips bytes, modes and deletions', () => {
    const read = parsePackedChange(serializePackedChange(packed), 'change.json', { runId: '100', task: '7' });
    expect(read.change.files.map((file) => (file.kind === 'write' ? [file.path, file.mode, Buffer.from(file.content).toString('hex')] : [file.path, 'delete']))).toEqual([
      ['bin', '100644', Buffer.from('\0\x01\xff').toString('hex')],
      ['gone', 'delete'],
      ['run.sh', '100755', Buffer.from('echo').toString('hex')],
    ]);
    expect(read.dropped).toEqual(packed.dropped);
  });

  it('refuses another run, another task, unsafe paths, duplicates and bad fields, naming the field', () => {
    const serialized = serializePackedChange(packed);
    expect(() => parsePackedChange(serialized, 'f', { runId: '101', task: '7' })).toThrow(/f: runId is "100": this hand-off names run 101/);
    expect(() => parsePackedChange(serialized, 'f', { runId: '100', task: '8' })).toThrow(/task is "7": this hand-off is for task 8/);
    const edit = (change: (raw: Record<string, unknown> & { files: Record<string, unknown>[] }) => void) => {
      const raw = JSON.parse(serialized);
      change(raw);
      return () => parsePackedChange(JSON.stringify(raw), 'f', { runId: '100', task: '7' });
    };
    expect(edit((raw) => (raw.files[0]!.path = '../outside'))).toThrow(/files\[0\]\.path '\.\.\/outside' is not a plain path/);
    expect(edit((raw) => (raw.files[1]!.path = 'bin'))).toThrow(/'bin' appears twice/);
    expect(edit((raw) => (raw.files[0]!.mode = '160000'))).toThrow(/files\[0\]\.mode is "160000"/);
    expect(edit((raw) => (raw.base = 'HEAD'))).toThrow(/base is "HEAD", expected a full commit id/);
    expect(edit((raw) => (raw.format = 'other'))).toThrow(/format is "other"/);
    expect(() => parsePackedChange('not json', 'f', { runId: '100', task: '7' })).toThrow(/f is not a packed change/);
  });
});
