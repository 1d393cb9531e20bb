import { expect, it } from 'vitest';

// The vitest projects run the core under several zones; prove the zone really took effect.
it('runs under the zone the project asked for', () => {
  const zone = process.env['TZ'];
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === 'UTC' ? 'UTC' : zone);
});
