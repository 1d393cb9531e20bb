import type { HostSettings } from '../office/hostTypes';

/**
 * Document settings in memory, like `Office.context.document.settings`: `set` changes the working
 * copy, `saveAsync` commits it to `saved` (what would travel with the workbook).
 *
 * @example
 * const settings = new FakeSettings();
 * settings.set('k', 1); settings.saveAsync(); settings.saved.get('k'); // 1
 */
export class FakeSettings implements HostSettings {
  private readonly working = new Map<string, unknown>();
  readonly saved = new Map<string, unknown>();
  saves = 0;

  get(name: string): unknown {
    return structuredClone(this.working.get(name) ?? null);
  }

  set(name: string, value: unknown): void {
    this.working.set(name, structuredClone(value));
  }

  saveAsync(callback?: (result: { status: string }) => void): void {
    for (const [name, value] of this.working) this.saved.set(name, structuredClone(value));
    this.saves += 1;
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  }
}
