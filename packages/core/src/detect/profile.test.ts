import { describe, expect, it } from 'vitest';
import { detectTables } from './detectTables';
import { mapColumns } from './mapColumns';
import { MappingProfileSchema, applyProfile, profileFromColumns } from './profile';

const seed004 = ['Recommendations', 'Outcomes required', 'Lead Officer/ Executive Head', 'Actions (what needs to happen to achieve the outcomes required)', 'By When', 'Progress Update'];

describe('mapping profiles', () => {
  const profile = MappingProfileSchema.parse(JSON.parse(JSON.stringify(profileFromColumns('harrow-improvement-2012', 'Plan', mapColumns(seed004)))));

  it('round-trips through JSON', () => {
    expect(profile.columns[4]).toEqual({ column: 'E', header: 'By When', field: 'due' });
  });

  it('says which columns moved, vanished or are new when the template changes', () => {
    const changed = ['Recommendations', 'Lead Officer/ Executive Head', 'Actions (what needs to happen to achieve the outcomes required)', 'RAG', 'By When', 'Progress Update'];
    const { columns, issues } = applyProfile(profile, changed, 'Plan', 3);
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['column-vanished', '"Outcomes required" (column B in profile "harrow-improvement-2012") is no longer in the header row.'],
      ['column-moved', '"Lead Officer/ Executive Head" moved from column C to B.'],
      ['column-moved', '"Actions (what needs to happen to achieve the outcomes required)" moved from column D to C.'],
      ['column-new', 'Column D "RAG" is not in profile "harrow-improvement-2012"; read as status.'],
    ]);
    expect(columns.map((column) => column.field)).toEqual(['recommendation', 'lead', 'action', 'status', 'due', 'progress']);
  });

  it('finds the header row of a known template with the profile', () => {
    const sheet = { name: 'Plan', merges: [], rows: [[{ text: 'Improvement Plan' }], [], seed004.map((text) => ({ text }))] };
    const [table] = detectTables(sheet, { profile });
    expect(table?.headerRow).toBe(2);
    expect(table?.issues).toEqual([]);
  });
});
