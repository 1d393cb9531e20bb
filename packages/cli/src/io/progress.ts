import type { Terminal } from './terminal';

/** A progress indicator on stderr; silent unless stderr is a terminal, so pipes and logs stay clean. */
export interface Progress {
  update(label: string, done?: number, total?: number): void;
  done(): void;
}

export function createProgress(terminal: Terminal): Progress {
  const stream = terminal.stderr;
  if (!stream.isTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(label, done, total) {
      const width = 24;
      const bar =
        done !== undefined && total !== undefined && total > 0
          ? ` [${'#'.repeat(Math.round((done / total) * width)).padEnd(width, '.')}] ${done}/${total}`
          : done !== undefined
            ? ` ${done.toLocaleString('en-GB')}`
            : '';
      stream.write(`\r\x1b[K${label}${bar}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
