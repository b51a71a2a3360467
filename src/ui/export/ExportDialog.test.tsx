import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../domain/fixtures/seed-000-request.json';
import { renderWithEditor } from '../../testing/render-ui';
import { createTestEditor } from '../../testing/test-editor';
import { ExportDialog } from './ExportDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const open = () => {
  const editor = createTestEditor({ request: { ...seed, webhookUrl: undefined } });
  renderWithEditor(<ExportDialog onClose={() => undefined} onStarted={() => undefined} />, {
    editor,
  });
  return editor;
};

describe('Export dialog: renders preflight, holds no rule of its own', () => {
  it('shows preflight’s webhook error under the field and blocks the export', () => {
    const editor = open();
    const exportButton = screen.getByRole('button', { name: 'Export' });
    expect(exportButton).toHaveProperty('disabled', false);
    fireEvent.change(screen.getByLabelText('Webhook URL'), { target: { value: 'ftp://x/hook' } });
    expect(editor.request().webhookUrl).toBe('ftp://x/hook');
    const shown = screen.getAllByText(/The webhook URL cannot be called by AI Studios/);
    expect(shown.length).toBeGreaterThanOrEqual(2); // under the field and in the preflight list
    expect(exportButton).toHaveProperty('disabled', true);
  });

  it('lets an https webhook through and clears the field to no webhook at all', () => {
    const editor = open();
    const field = screen.getByLabelText('Webhook URL');
    fireEvent.change(field, { target: { value: 'https://hooks.example.com/x' } });
    expect(screen.queryAllByText(/webhook URL cannot be called/)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', false);
    fireEvent.change(field, { target: { value: '' } });
    expect(editor.request()).not.toHaveProperty('webhookUrl');
  });
});
