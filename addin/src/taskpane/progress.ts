import { h } from './dom';

/** The pane's busy state: a status line, a progress bar and the buttons to disable meanwhile. */
export interface Progress {
  element: HTMLElement;
  /** Runs long work with the buttons disabled and the bar shown; a failure is shown in the status line and gives false. */
  run(label: string, work: (report: (done: number, total: number) => void) => Promise<void>): Promise<boolean>;
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
 * A status line with a progress bar. While work runs, every button in `scope` is disabled so a
 * second click cannot start the same work twice; the page itself stays responsive.
 *
 * @example
 * const progress = createProgress(root);
 * await progress.run('Reading the sheet', async (report) => { report(5000, 10001); });
 */
export function createProgress(scope: HTMLElement): Progress {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { max: 1, value: 0, hidden: true });
  const element = h('div', { class: 'progress' }, status, bar);
  const say = (text: string): void => {
    status.textContent = text;
  };
  return {
    element,
    say,
    async run(label, work) {
      const buttons = [...scope.querySelectorAll('button, input, select')] as Array<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>;
      const wasDisabled = buttons.map((b) => b.disabled);
      buttons.forEach((b) => (b.disabled = true));
      scope.setAttribute('aria-busy', 'true');
      say(`${label}…`);
      bar.hidden = false;
      bar.removeAttribute('value');
      try {
        await work((done, total) => {
          bar.max = Math.max(1, total);
          bar.value = done;
          say(`${label}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows`);
        });
        return true;
      } catch (error) {
        say(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      } finally {
        bar.hidden = true;
        scope.removeAttribute('aria-busy');
        buttons.forEach((b, i) => (b.disabled = wasDisabled[i] ?? false));
      }
    },
  };
}
