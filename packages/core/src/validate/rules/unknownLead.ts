import type { Person } from '../../model/index';
import { closestMatch } from '../../match/index';
import { collect } from '../collect';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/**
 * A lead the plan's role key does not list, with the nearest entry when one is close (seed 004 writes
 * `Des. Nurse` where its key says `Des Nurse`). Exact spelling counts: a board that keeps a key
 * wants it used as written. Plans without a key (000 names people) are not checked.
 */
export const unknownLead = defineRule({
  code: 'unknown-lead',
  defaultSeverity: 'warning',
  description: 'A lead officer is not in the plan\'s lead officer key (with the nearest entry when one is close).',
  check: ({ plan }) => {
    if (plan.people.length === 0) return [];
    const spellings = plan.people.flatMap((person) => [person.key, ...person.aliases].map((text) => ({ text, person })));
    const known = new Set(spellings.map(({ text }) => tidy(text)));
    // The same unknown lead recurs on many rows: look for its nearest spelling once.
    const messages = new Map<string, string>();
    const messageFor = (lead: string): string => {
      let message = messages.get(lead);
      if (message === undefined) {
        const near = closestMatch(lead, spellings, { key: ({ text }) => text })?.candidate.person;
        message = `"${lead.trim()}" is not in the lead officer key.${near === undefined ? '' : ` Did you mean ${describePerson(near)}?`}`;
        messages.set(lead, message);
      }
      return message;
    };
    return collect(plan.actions, (action, index) =>
      action.leads.flatMap((lead, leadIndex) =>
        lead.trim() === '' || known.has(tidy(lead)) ? [] : [actionFinding(action, index, 'leads', messageFor(lead), [leadIndex])],
      ),
    );
  },
});

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describePerson(person: Person): string {
  return person.name.trim() === '' ? `"${person.key}"` : `"${person.key}" (${person.name})`;
}
