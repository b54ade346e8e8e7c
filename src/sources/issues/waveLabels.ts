/** A label the issues source uses, as `waves labels` creates it. */
export interface WaveLabel {
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

/** Label names for a configuration. */
export interface LabelNames {
  /** The task label (default `wave-task`). */
  label: string;
  /** Status prefix (default `status:`). */
  statusPrefix: string;
  /** The dashboard issue's label (default `wave-dashboard`). */
  dashboardLabel: string;
}

export const DEFAULT_LABEL_NAMES: LabelNames = { label: 'wave-task', statusPrefix: 'status:', dashboardLabel: 'wave-dashboard' };

/** The statuses an open issue can carry as a label; closed issues are done or cancelled by their close reason. */
export const STATUS_LABEL_VALUES = ['in-progress', 'review', 'blocked', 'deferred', 'done'] as const;

/** Every label the issues source reads or writes. Pure. */
export function waveLabels(names: LabelNames = DEFAULT_LABEL_NAMES): WaveLabel[] {
  const status = (value: string, color: string, description: string): WaveLabel => ({ name: `${names.statusPrefix}${value}`, color, description });
  return [
    { name: names.label, color: '5319e7', description: 'A task for wave-orchestrator: agents may pick it up' },
    { name: names.dashboardLabel, color: 'c5def5', description: 'The wave-orchestrator dashboard issue' },
    status('in-progress', 'fbca04', 'Claimed by a wave-orchestrator run'),
    status('review', '0e8a16', 'Done by an agent, waiting for review'),
    status('blocked', 'b60205', 'Out of attempts or stuck: needs a person'),
    status('deferred', 'cccccc', 'Put off: never dispatched'),
    status('done', '0e8a16', 'Done (when issues are left open on completion)'),
    { name: 'priority:critical', color: 'b60205', description: 'Dispatched before everything else' },
    { name: 'priority:high', color: 'd93f0b', description: 'Dispatched before medium and low' },
    { name: 'priority:medium', color: 'fbca04', description: 'The default priority' },
    { name: 'priority:low', color: 'c2e0c6', description: 'Dispatched last' },
  ];
}
