import { closestMatch, foldText } from '../match/similarity';
import type { Person } from '../model/plan';

/** How one lead abbreviation or name was resolved against the role key. */
export interface LeadResolution {
  /** As written: `Des. Nurse`. */
  raw: string;
  /** The role key entry it stands for (`Des Nurse`), or null when it is not in the key. */
  key: string | null;
  /** `exact`, `alias` (close but not the same: `DD DWD` for `DD CWD`), or `unknown`. */
  match: 'exact' | 'alias' | 'unknown';
}

const SEPARATORS = /\s*(?:\/|,|&|;|\n|\band\b)\s*/;
// Names of services and groups that hold an `and` of their own (seed 001).
const SERVICE_NAMES = /\bchildren(?:'s)?\s+(?:&|and)\s+(?:young people|families)\b/gi;

/**
 * Splits a lead cell into leads on `/`, `,`, `&`, `;`, `and` and line breaks (`RG/JF`,
 * `DD TS/ SM Place. / SM CLA`), dropping empty parts.
 *
 * @example
 * splitLeads('SK/RdP'); // ['SK', 'RdP']
 * splitLeads('Debbie Haith (Chair QA Sub Group)'); // ['Debbie Haith (Chair QA Sub Group)']
 * splitLeads("Director Children & Young People's Service"); // ["Director Children & Young People's Service"]
 */
export function splitLeads(text: string): string[] {
  // `&` inside an abbreviation (`LSCB L&D SG`, `ACE PPP&C`) is part of it, not a separator, and so
  // is `and` or `&` inside a service's name (`Director Children & Young People's Service`).
  const guarded = text.replace(/(\S)&(\S)/g, '$1\uE000$2').replace(SERVICE_NAMES, (name) => name.replace(/&/g, '\uE000').replace(/\band\b/g, '\uE001'));
  return guarded
    .split(SEPARATORS)
    .map((part) => part.replace(/\uE000/g, '&').replace(/\uE001/g, 'and').trim())
    .filter((part) => part !== '');
}

/**
 * Resolves a lead against the role key: the same abbreviation after folding (`QA MGR.` →
 * `QA Mgr.`), or a close one (`DD DWD` → `DD CWD`, `SM Per` → `SM Perf.`).
 *
 * @example
 * resolveLead('Des. Nurse', people); // { raw: 'Des. Nurse', key: 'Des Nurse', match: 'exact' }
 */
export function resolveLead(raw: string, people: readonly Person[]): LeadResolution {
  const folded = foldText(raw);
  const exact = people.find((person) => [person.key, ...person.aliases].some((name) => foldText(name) === folded));
  if (exact) return { raw, key: exact.key, match: 'exact' };
  // A high bar: short abbreviations are easily alike (`DD TS` / `DD EI` score 0.6).
  const close = closestMatch(raw, people, { key: (person) => person.key, threshold: 0.8 });
  if (close) return { raw, key: close.candidate.key, match: 'alias' };
  return { raw, key: null, match: 'unknown' };
}

/**
 * Splits a packed lead cell (several actions' leads run together with spaces:
 * `SM QA SM QA Imp. Board members SM QA DD TS`) into one group per action, reading the longest
 * role-key abbreviations first; words in no abbreviation stay together (`Imp. Board members`),
 * and `/`-joined leads stay in one group (`DD TS / SM Place. / SM CLA`).
 *
 * @example
 * splitLeadGroups('SM QA SM QA Imp. Board members SM QA DD TS', people); // [['SM QA'], ['SM QA'], ['Imp. Board members'], ['SM QA'], ['DD TS']]
 * splitLeadGroups('QA Mgr. SM QA LSCB SP', people); // [['QA Mgr.'], ['SM QA'], ['LSCB SP']]
 */
export function splitLeadGroups(text: string, people: readonly Person[]): string[][] {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length > 1) return lines.flatMap((line) => splitLeadGroups(line, people));
  const keys = new Set(people.flatMap((person) => [person.key, ...person.aliases]).map(foldText));
  const longest = Math.max(1, ...[...keys].map((key) => key.split(' ').length));
  const tokens = text.replace(/\s*\/\s*/g, ' / ').split(/\s+/).filter(Boolean);
  const groups: string[][] = [];
  let unknown: string[] = [];
  let joinNext = false;
  const place = (lead: string): void => {
    const last = groups.at(-1);
    if (joinNext && last) last.push(lead);
    else groups.push([lead]);
    joinNext = false;
  };
  const flushUnknown = (): void => {
    if (unknown.length > 0) place(unknown.join(' '));
    unknown = [];
  };
  for (let at = 0; at < tokens.length; ) {
    if (tokens[at] === '/') {
      flushUnknown();
      joinNext = groups.length > 0;
      at++;
      continue;
    }
    let taken = 0;
    for (let span = Math.min(longest, tokens.length - at); span >= 1 && taken === 0; span--) {
      const words = tokens.slice(at, at + span);
      if (words.includes('/')) continue;
      if (keys.has(foldText(words.join(' '))) || (span > 1 && resolveLead(words.join(' '), people).match === 'alias')) taken = span;
    }
    if (taken === 0) {
      unknown.push(tokens[at] ?? '');
      at++;
      continue;
    }
    flushUnknown();
    place(tokens.slice(at, at + taken).join(' '));
    at += taken;
  }
  flushUnknown();
  return groups;
}
