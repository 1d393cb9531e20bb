import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cliError';

/**
 * Writes `data` to `target` atomically (a temporary file in the same folder, then a rename), so a
 * crash never leaves a half-written file. Refuses to overwrite any input, and refuses to overwrite
 * an existing file unless `force` is set.
 */
export function writeOutput(
  target: string,
  data: string | Uint8Array,
  options: { force: boolean; inputs: string[]; cwd: string },
): void {
  const path = resolve(options.cwd, target);
  const inputs = options.inputs.map((input) => canonical(resolve(options.cwd, input)));
  if (inputs.includes(canonical(path))) {
    throw new CliError(`Refusing to write over the input file "${target}". Choose another output name.`);
  }
  if (existsSync(path) && !options.force) {
    throw new CliError(`"${target}" already exists. Use --force to replace it.`);
  }
  if (!existsSync(dirname(path))) throw new CliError(`The folder "${dirname(target)}" does not exist.`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`Could not write "${target}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
