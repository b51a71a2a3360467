import { describe, expect, it } from 'vitest';
import { build } from '../build';
import { mergeRows } from './report';
import { designedProject, designedSpec, row } from './test-support';

describe('each row’s job has a name that says the row', () => {
  it('a design named without a variable: the name, the row and its first value', () => {
    const project = { ...designedProject(), name: 'Spring campaign' };
    const reports = mergeRows(project, designedSpec(), [
      row(1, { name: 'Ann', logo: 'https://cdn.example.com/a.png' }),
      row(7, { name: 'Maximilian Alexander von Humboldt-Strasse' }),
      row(8, { name: '', logo: 'https://cdn.example.com/b.png' }),
    ]);
    expect(reports.map((r) => r.request?.name)).toEqual([
      'Spring campaign · row 1 · Ann',
      'Spring campaign · row 7 · Maximilian Alexander vo…',
      'Spring campaign · row 8 · https://cdn.example.com…',
    ]);
  });

  it('a design without a name gets one; a name with a variable is left as the user wrote it', () => {
    const unnamed = { ...designedProject(), name: undefined };
    expect(mergeRows(unnamed, designedSpec(), [row(3, { name: 'Bo' })])[0]!.request?.name).toBe(
      'Untitled project · row 3 · Bo',
    );
    const named = designedProject();
    expect(build(named).name).toBe('Welcome {{name}}');
    expect(mergeRows(named, designedSpec(), [row(3, { name: 'Bo' })])[0]!.request?.name).toBe(
      'Welcome Bo',
    );
  });
});
