import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { manifestCsv, videoFileName } from './manifest';

describe('manifest', () => {
  it('one line per data row with its values and what became of it', () => {
    const csv = manifestCsv(
      ['name', 'logo'],
      [
        {
          row: { number: 1, values: { name: 'Ann, "A"', logo: 'x' } },
          run: { rowNumber: 1, status: 'done', jobId: 'j1', projectId: 'p1', credits: 3 },
          seconds: 12.5,
          file: 'row-0001-ann-a.mp4',
        },
        { row: { number: 2, values: { name: '', logo: 'y' } }, skipped: '{{name}} has no value' },
        {
          row: { number: 3, values: { name: 'Cy', logo: 'z' } },
          run: { rowNumber: 3, status: 'failed', jobId: 'j3', error: 'render error' },
          file: 'row-0003-cy.mp4',
        },
      ],
    );
    expect(Papa.parse(csv).data).toEqual([
      [
        'row',
        'name',
        'logo',
        'jobId',
        'projectId',
        'status',
        'error',
        'duration',
        'credits',
        'file',
      ],
      ['1', 'Ann, "A"', 'x', 'j1', 'p1', 'done', '', '12.5', '3', 'row-0001-ann-a.mp4'],
      ['2', '', 'y', '', '', 'skipped', '{{name}} has no value', '', '', ''],
      ['3', 'Cy', 'z', 'j3', '', 'failed', 'render error', '', '', ''],
    ]);
  });

  it('file names sort by row and keep Korean', () => {
    expect(videoFileName(17, 'Welcome 김민지!')).toBe('row-0017-welcome-김민지.mp4');
    expect(videoFileName(3, '../..')).toBe('row-0003.mp4');
  });
});
