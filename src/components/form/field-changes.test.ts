import { describe, expect, it } from 'vitest';
import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  const fields = { title: { label: 'Title' }, kind: { label: 'Type', show: (kind: string) => kind.toUpperCase() }, groups: { label: 'Groups' } };

  it('lists only the fields that differ, as readers see them', () => {
    const changes = fieldChanges({ title: 'A', kind: 'workshop', groups: ['youth', 'women'] }, { title: 'B', kind: 'workshop', groups: ['women', 'youth'] }, fields);
    expect(changes).toEqual([{ field: 'title', label: 'Title', saved: 'A', yours: 'B' }]);
  });

  it('shows empty values as a dash and formats the rest with the field\'s own formatter', () => {
    const changes = fieldChanges({ title: '', kind: 'training', groups: [] as string[] }, { title: 'New', kind: 'workshop', groups: ['youth'] }, fields);
    expect(changes).toEqual([
      { field: 'title', label: 'Title', saved: '—', yours: 'New' },
      { field: 'kind', label: 'Type', saved: 'TRAINING', yours: 'WORKSHOP' },
      { field: 'groups', label: 'Groups', saved: '—', yours: 'youth' },
    ]);
  });
});
