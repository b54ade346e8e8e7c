import type { StatusKey } from './statusEmoji.js';

/** Fill, border and text colour of a status in graphs. */
export interface StatusColor {
  fill: string;
  stroke: string;
  text: string;
}

/** One palette for Mermaid and DOT, GitHub's Primer tones: done green, running blue, ready yellow, waiting grey, blocked red. */
export const STATUS_COLORS: Record<StatusKey, StatusColor> = {
  done: { fill: '#dafbe1', stroke: '#1a7f37', text: '#0f3d1d' },
  'in-progress': { fill: '#ddf4ff', stroke: '#0969da', text: '#0a3069' },
  review: { fill: '#fbefff', stroke: '#8250df', text: '#3e1f79' },
  ready: { fill: '#fff8c5', stroke: '#9a6700', text: '#4d2d00' },
  waiting: { fill: '#eaeef2', stroke: '#6e7781', text: '#24292f' },
  stalled: { fill: '#fff1e5', stroke: '#bc4c00', text: '#762c00' },
  blocked: { fill: '#ffebe9', stroke: '#cf222e', text: '#82071e' },
  deferred: { fill: '#f6f8fa', stroke: '#8c959f', text: '#57606a' },
  cancelled: { fill: '#f6f8fa', stroke: '#afb8c1', text: '#8c959f' },
};
