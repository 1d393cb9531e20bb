export { main } from './main';
export type { Terminal } from './io/terminal';
export { ExitCode } from './io/cliError';
