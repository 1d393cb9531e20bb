declare module 'virtual:example-workbooks' {
  import type { Grid } from '@actionplan/core';
  /** The example workbooks of examples/legacy/, read into Grids at build time. */
  const workbooks: Array<{ id: string; title: string; grid: Grid }>;
  export default workbooks;
}
