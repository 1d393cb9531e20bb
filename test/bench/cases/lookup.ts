/**
 * A function a package exports, looked up by name at run time so the bench builds and runs (saying
 * what is missing) while colleagues are still adding that export.
 *
 * @example
 * const importWorkbook = exportedFunction<ImportWorkbook>(await import('@actionplan/xlsx'), 'importWorkbook');
 */
export function exportedFunction<F>(module: object, name: string): F | null {
  const candidate: unknown = (module as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as F) : null;
}
