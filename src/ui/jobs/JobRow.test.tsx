import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../domain/schema/job';
import { JobRow } from './JobRow';

afterEach(cleanup);

const job = (over: Partial<Job>): Job => ({
  id: 'j1',
  kind: 'chromakey',
  name: 'Hello',
  status: 'rendering',
  progress: 40,
  projectId: 'p1',
  createdAt: 1000,
  updatedAt: 2000,
  ...over,
});
const row = (j: Job) =>
  render(
    <table>
      <tbody>
        <JobRow job={j} now={5000} onShowRequest={() => undefined} />
      </tbody>
    </table>,
  );

describe('JobRow', () => {
  it('explains an unknown outcome and offers no way to send it again', () => {
    row(job({ status: 'unknown' }));
    expect(screen.getByRole('note').textContent).toMatch(
      /did not confirm this export.*not sent again/s,
    );
    expect(screen.queryByRole('button', { name: /Retry|Send again/ })).toBeNull();
    expect(screen.getByText(/outcome unknown/)).toBeTruthy();
  });

  it('explains a stall and offers "Send again…" (with a confirmation), not Retry', () => {
    row(job({ status: 'stalled', lastProgressAt: 3000 }));
    expect(screen.getByRole('note').textContent).toMatch(/may still finish it/);
    expect(screen.getByRole('button', { name: 'Send again…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers Retry for a failed job only', () => {
    row(job({ status: 'failed', error: 'nothing was exported or charged' }));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    cleanup();
    row(job({ status: 'rendering' }));
    expect(screen.queryByRole('button', { name: /Retry|Send again/ })).toBeNull();
  });
});
