/// <reference types="office-js" />
import type { AddinEnv, ExcelHost, HostSettings } from './hostTypes';

function documentSettings(settings: Office.Settings): HostSettings {
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    saveAsync: (callback) =>
      settings.saveAsync((result) =>
        callback?.(
          result.status === Office.AsyncResultStatus.Failed
            ? { status: 'failed', error: { message: result.error.message } }
            : { status: 'succeeded' },
        ),
      ),
  };
}

/**
 * The pane's environment inside Excel: `Excel.run`, the document's settings, the requirement-set
 * check. Office.js objects are richer than the structural types in `hostTypes.ts`; the cast is the
 * one place the two meet. Excel tells an add-in nothing about who is signed in, so `userName` is null.
 *
 * @example
 * Office.onReady(() => mountPane(root, createOfficeEnv(), { today: () => localToday() }));
 */
export function createOfficeEnv(): AddinEnv {
  return {
    host: { run: (batch) => Excel.run((context) => batch(context as never)) } as ExcelHost,
    settings: documentSettings(Office.context.document.settings),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    userName: null,
    now: () => new Date().toISOString(),
  };
}
