/** Runs steps one at a time, in the order they were queued. */
export interface SerialQueue {
  run<T>(step: () => Promise<T>): Promise<T>;
}

/** A one-at-a-time lock: the merge queue's integration step, so the base branch moves by one task at a time. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(step: () => Promise<T>): Promise<T> {
      const result = tail.then(step);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
