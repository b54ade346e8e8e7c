import { toSingleLine } from './toSingleLine.js';

// Entities for what HTML or a code span would swallow; backslashes for GFM syntax (table pipes, emphasis,
// links, strikethrough, math). A zero-width space after `@` keeps an untrusted title from mentioning people.
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '@': '@\u200b',
};

/** Untrusted text for a Markdown table cell or heading: one line, shown literally, never markup. */
export function escapeMarkdown(text: string, maxLength?: number): string {
  return toSingleLine(text, maxLength).replace(/[&<>`@\\|*_[\]~$#!]/g, (char) => REPLACEMENTS[char] ?? `\\${char}`);
}
