import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/core/compareIds.js';
import { normalizePriority } from '../../src/core/normalizePriority.js';
import { normalizeStatus } from '../../src/core/normalizeStatus.js';
import { parseEstimate } from '../../src/core/parseEstimate.js';

describe('parseEstimate', () => {
  it.each([
    ['90m', 1.5],
    ['3h', 3],
    ['2d', 16],
    ['1w', 40],
    ['2-3h', 2.5],
    ['2 - 3 hours', 2.5],
    ['4', 4],
    [6, 6],
    ['45s', 45 / 3600],
    ['1.5h', 1.5],
  ])('%s is %d hours', (text, hours) => expect(parseEstimate(text)).toBeCloseTo(hours));

  it.each(['soon', '3x', '3-2h', '', '-1h', null, -2])('%s is not an estimate', (text) => expect(parseEstimate(text)).toBeUndefined());
});

describe('compareIds', () => {
  it('orders ids naturally and totally', () => {
    const ids = ['10', '2', '267.10', '267.2', 'b', 'a-2', 'a-10', '1', '01', 'rust-cli', '267'];
    expect([...ids].sort(compareIds)).toEqual(['1', '01', '2', '10', '267', '267.2', '267.10', 'a-2', 'a-10', 'b', 'rust-cli']);
    for (const a of ids) for (const b of ids) expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
  });
});

describe('status and priority spellings', () => {
  it('maps clean aliases and says so', () => {
    expect(normalizeStatus('completed')).toEqual({ value: 'done', mapped: true });
    expect(normalizeStatus('In Progress')).toEqual({ value: 'in-progress', mapped: true });
    expect(normalizeStatus('todo')).toEqual({ value: 'pending', mapped: true });
    expect(normalizeStatus('done')).toEqual({ value: 'done', mapped: false });
    expect(normalizeStatus('waiting')).toEqual({ value: undefined, mapped: false });
    expect(normalizePriority('HIGH')).toEqual({ value: 'high', mapped: true });
    expect(normalizePriority('p0')).toEqual({ value: 'critical', mapped: true });
    expect(normalizePriority('asap')).toEqual({ value: undefined, mapped: false });
  });
});
