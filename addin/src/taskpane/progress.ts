import { h } from './dom';

/** What long work gets from the pane: ways to show how far it is, and the officer's Cancel. */
export interface WorkReport {
  /** Rows read so far of all. */
  rows(done: number, total: number): void;
  /** A named step, `done` of `total` steps. */
  step(text: string, done: number, total: number): void;
  /** Aborted when the officer presses Cancel. */
  signal: AbortSignal;
}

/** The pane's busy state: a status line, a progress bar and a Cancel button. */
export interface Progress {
  element: HTMLElement;
  /**
   * Runs long work with the pane's action buttons disabled (tabs stay usable) and the bar and
   * Cancel shown. A failure or a cancel is shown in the status line and gives false.
   */
  run(label: string, work: (report: WorkReport) => Promise<void>): Promise<boolean>;
  say(text: string): void;
}

/**
 * Lets the browser paint and handle input between steps of long work.
 *
 * @example
 * await yieldToBrowser();
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A status line with a progress bar and a Cancel button. While work runs, the buttons and inputs in
 * `scope` are disabled so a second click cannot start the same work twice — except the tabs, so
 * the officer can look at other results meanwhile, and Cancel, which aborts the work's signal.
 *
 * @example
 * const progress = createProgress(root);
 * await progress.run('Reading the sheet', async ({ rows }) => { rows(5000, 10001); });
 */
export function createProgress(scope: HTMLElement): Progress {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { max: 1, value: 0, hidden: true });
  let controller: AbortController | null = null;
  const cancel = h('button', { type: 'button', id: 'cancel', class: 'cancel', hidden: true, onclick: () => controller?.abort(new Error('Cancelled.')) }, 'Cancel');
  const element = h('div', { class: 'progress' }, status, h('div', { class: 'progress-row' }, bar, cancel));
  const say = (text: string): void => {
    status.textContent = text;
  };
  return {
    element,
    say,
    async run(label, work) {
      const buttons = [...scope.querySelectorAll('button:not(.tab):not(#cancel), input, select')] as Array<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>;
      const wasDisabled = buttons.map((b) => b.disabled);
      buttons.forEach((b) => (b.disabled = true));
      const current = new AbortController();
      controller = current;
      scope.setAttribute('aria-busy', 'true');
      say(`${label}…`);
      bar.hidden = false;
      cancel.hidden = false;
      bar.removeAttribute('value');
      const show = (text: string, done: number, total: number): void => {
        bar.max = Math.max(1, total);
        bar.value = done;
        say(text);
      };
      try {
        await work({
          rows: (done, total) => show(`${label}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows`, done, total),
          step: (text, done, total) => show(text, done, total),
          signal: current.signal,
        });
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // An AbortError without the officer's Cancel is work superseded by newer work: not a failure.
        const stopped = current.signal.aborted || (error instanceof Error && error.name === 'AbortError');
        say(current.signal.aborted ? `${label}: cancelled.` : stopped ? `${label}: ${message}` : `${label} failed: ${message}`);
        return false;
      } finally {
        controller = null;
        bar.hidden = true;
        cancel.hidden = true;
        scope.removeAttribute('aria-busy');
        buttons.forEach((b, i) => (b.disabled = wasDisabled[i] ?? false));
      }
    },
  };
}
