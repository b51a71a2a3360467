import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import four from '../../domain/fixtures/four-clip-landscape-request.json';
import type { Job } from '../../domain/schema/job';
import { createTestEditor } from '../../testing/test-editor';
import { createAnnouncer } from './announcer';
import { announceEditor } from './editor-announcements';
import { LiveRegion } from './LiveRegion';
import { jobMilestone } from './use-announce-on-change';

function setup() {
  const ed = createTestEditor({ request: four });
  const announcer = createAnnouncer();
  announceEditor(ed, announcer.announce);
  render(<LiveRegion announcer={announcer} />);
  const region = () => screen.getByRole('status').textContent;
  const byType = (type: string) => ed.scene().clips.find((c) => c.type === type)!;
  return { ed, region, byType };
}

afterEach(cleanup);

describe('the live region', () => {
  it('names a selected clip, its place in the layers and its scene', () => {
    const { ed, region, byType } = setup();
    act(() => ed.commands.clips.select([byType('textImage').id]));
    expect(region()).toBe(
      "Text 'Spring sale: everything 30% off, this week only', 2 of 4 on scene 1",
    );
    act(() => ed.commands.clips.selectAll());
    expect(region()).toBe('4 clips selected');
    act(() => ed.commands.clips.clearSelection());
    expect(region()).toBe('Nothing selected');
  });

  it('says where a move or resize left the clip once it is written', () => {
    const { ed, region, byType } = setup();
    const shape = byType('shape');
    act(() => ed.commands.clips.select([shape.id]));
    act(() => ed.commands.clips.transform({ [shape.id]: { left: 1500, top: 800 } }));
    expect(region()).toBe('Moved to 1500, 800');
    act(() => ed.commands.clips.transform({ [shape.id]: { scaleX: 1.5, scaleY: 0.5 } }));
    expect(region()).toBe('Resized to 300 × 100');
    act(() => void ed.commands.clips.rotateBy(15));
    expect(region()).toBe('Rotated to 15°');
  });

  it('reports an export at its milestones', () => {
    const job = (status: Job['status'], progress?: number, error?: string) =>
      ({ id: '1', kind: 'project', status, progress, error, createdAt: 0, updatedAt: 0 }) as Job;
    expect(jobMilestone(job('queued'))).toBe('Export started');
    expect(jobMilestone(job('rendering', 10))).toBe('Export started');
    expect(jobMilestone(job('rendering', 60))).toBe('Export 50% done');
    expect(jobMilestone(job('done', 100))).toBe('Export finished: the video is ready');
    expect(jobMilestone(job('failed', 40, 'No credits left'))).toBe(
      'Export failed: No credits left',
    );
    expect(jobMilestone(undefined)).toBe('');
  });
});
