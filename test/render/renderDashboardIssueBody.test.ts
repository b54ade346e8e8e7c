import { describe, expect, it } from 'vitest';
import { DASHBOARD_MARKER, ISSUE_BODY_LIMIT, isDashboardBody, readRunEntries, renderDashboardIssueBody, type RunEntry } from '../../src/render/renderDashboardIssueBody.js';

const run = (index: number): RunEntry => ({ at: `2026-11-26T0${index % 10}:00:00Z`, runUrl: `https://github.com/o/r/actions/runs/${index}`, command: 'plan', summary: `dispatched ${index}` });

describe('renderDashboardIssueBody', () => {
  it('starts with the marker, shows the last runs, and reads them back from the body', () => {
    const runs = [run(3), run(2), run(1)];
    const body = renderDashboardIssueBody((_, appendix) => `## Dashboard\n\n${appendix}`, runs);
    expect(body.startsWith(DASHBOARD_MARKER)).toBe(true);
    expect(isDashboardBody(body)).toBe(true);
    expect(body).toMatch(/\| 2026-11-26T03:00:00Z \| \[3\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/3\) \| plan \| dispatched 3 \|/);
    expect(readRunEntries(body)).toEqual(runs);
  });

  it('keeps the last ten runs', () => {
    const body = renderDashboardIssueBody(() => '', Array.from({ length: 15 }, (_, index) => run(index)));
    expect(readRunEntries(body).map((entry) => entry.summary)).toEqual(Array.from({ length: 10 }, (_, index) => `dispatched ${index}`));
  });

  it('renders smaller until it fits GitHub\'s 65,536-character limit', () => {
    const seen: number[] = [];
    const body = renderDashboardIssueBody((limits) => {
      seen.push(limits.maxRows);
      return 'x'.repeat(limits.maxRows * 500);
    }, [run(1)]);
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(seen).toEqual([300, 100]);
    const huge = renderDashboardIssueBody(() => 'y'.repeat(200_000), [run(1)]);
    expect(huge.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(readRunEntries(huge)).toHaveLength(1);
  });

  it('reads a hand-edited or hostile body as no runs, and escapes what it shows', () => {
    expect(readRunEntries(`${DASHBOARD_MARKER}\n<!-- waves:runs not-base64!! -->`)).toEqual([]);
    expect(readRunEntries(`<!-- waves:runs ${Buffer.from('{"a":1}').toString('base64')} -->`)).toEqual([]);
    const body = renderDashboardIssueBody((_, appendix) => appendix, [{ at: 'now', runUrl: 'javascript:alert(1)', command: 'plan', summary: '| <img src=x> |' }]);
    expect(body).not.toContain('](javascript:');
    expect(body).not.toContain('<img');
  });
});
