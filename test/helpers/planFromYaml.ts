import type { Plan, Problem } from '../../src/core/model.js';
import { parseTasksText } from '../../src/sources/parseTasksText.js';

/** Parses a literal plan (YAML) and fails the test on any error, so stories stay short. */
export function planFromYaml(text: string): Plan {
  const { plan, problems } = parseTasksText(text, 'waves.yml');
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!plan || errors.length > 0) throw new Error(`unexpected problems:\n${errors.map((problem) => problem.message).join('\n')}`);
  return plan;
}

/** Problems of a literal file, errors first. */
export function problemsOf(text: string, file = 'waves.yml'): Problem[] {
  return parseTasksText(text, file).problems;
}
