import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README says the core has no clock and an ESLint rule enforces it: every way of reading the clock is refused there.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the no-clock rule in src/core', () => {
  it('refuses Date.now(), new Date(), Date() and performance.now(), and allows new Date(value)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (code: string) => (await eslint.lintText(code, { filePath: `${ROOT}src/core/clockProbe.ts` }))[0]?.messages.filter((message) => message.ruleId === 'no-restricted-syntax').length ?? 0;
    expect(await lint('export const now = (): number => Date.now();\n')).toBe(1);
    expect(await lint('export const now = (): Date => new Date();\n')).toBe(1);
    expect(await lint('export const now = (): string => Date();\n')).toBe(1);
    expect(await lint('export const now = (): number => performance.now();\n')).toBe(1);
    expect(await lint('export const at = (iso: string): Date => new Date(iso);\n')).toBe(0);
  }, 60_000);
});
