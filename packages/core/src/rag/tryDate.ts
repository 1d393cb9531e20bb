/**
 * Runs a date function from `../dates` and gives undefined where it rejects a date that only
 * looks real (`2011-02-30` passes the model's pattern): the validator reports such dates, and
 * a rating must not throw on them.
 *
 * @example
 * tryDate(() => lastDay('2011-02-30')); // undefined
 */
export function tryDate<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
