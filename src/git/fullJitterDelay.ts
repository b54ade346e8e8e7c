/** How long to wait before retry number `retry` (1 for the first): a random time up to base * 2^(retry-1), capped at `max` ("full jitter"). */
export function fullJitterDelay(retry: number, backoff: { base: number; max: number }, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(backoff.max, backoff.base * 2 ** (retry - 1)));
}
