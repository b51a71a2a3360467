import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { createImageCache } from '../canvas/image-cache';
import { EditorContext } from '../store/editor-context';
import type { Services } from '../ui/services';
import { ServicesContext } from '../ui/services';
import { createTestEditor } from './test-editor';

// Waits for the UI to settle are bounded, not timed: a slow shared machine must not fail them.
configure({ asyncUtilTimeout: 10_000 });

/**
 * Renders UI the way the app does (editor, query client, services) around a headless test
 * editor. Our server's answers come from `answers` by path; any other path is a 404 envelope.
 */
export function renderWithEditor(
  ui: ReactNode,
  options: {
    editor?: ReturnType<typeof createTestEditor>;
    services?: Partial<Services>;
    answers?: Record<string, unknown>;
  } = {},
) {
  const editor = options.editor ?? createTestEditor();
  const answers: Record<string, unknown> = {
    '/api/config': { simulator: true },
    ...options.answers,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) =>
      path in answers
        ? Response.json({ success: true, data: answers[path] })
        : Response.json(
            { success: false, error: { code: 'NOT_FOUND', msg: path } },
            { status: 404 },
          ),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const services = {
    newId: (p: string) => `${p}-test`,
    images: createImageCache(),
    ...options.services,
  } as Services;
  const view = render(
    <QueryClientProvider client={client}>
      <ServicesContext.Provider value={services}>
        <EditorContext.Provider value={editor}>{ui}</EditorContext.Provider>
      </ServicesContext.Provider>
    </QueryClientProvider>,
  );
  return { ...view, editor };
}
