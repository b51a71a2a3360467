import i18next from 'i18next';
import { QueryClient } from '@tanstack/react-query';
import { exportChromaKey } from '../api/exports';
import { createImageCache } from '../canvas/image-cache';
import { createBatchRunner } from '../store/batch-runner';
import { createBatchStore } from '../store/batch-store';
import { createEditor } from '../store/create-editor';
import { createIdSource } from '../store/id-source';
import { createAvatarLibrary } from '../store/persist/avatar-library';
import { createProjectSession } from '../store/persist/project-session';
import { describeError } from '../ui/common/describe-error';
import { describeIssue } from '../ui/common/describe-issue';
import { createLazyMergeSession } from '../ui/data/lazy-merge-session';
import type { Services } from '../ui/services';
import { createStageHolder } from '../ui/stage/stage-holder';
import { createKoreanFonts } from './fonts';

/**
 * The composition root: every long-lived object of the app is made here, once, and handed to
 * whoever needs it. Nothing else in src makes a singleton; tests make their own.
 */
export function composeApp() {
  const newId = createIdSource();
  const editor = createEditor({ newId });
  const koreanFonts = createKoreanFonts();
  koreanFonts.watch(editor); // before the stage subscribes: fonts are registered before it measures
  const stage = createStageHolder();
  const services: Services = {
    newId,
    images: createImageCache(),
    library: createAvatarLibrary(),
    session: createProjectSession(editor, () => stage.current()?.snapshot(0.1) ?? null, newId),
  };
  const batch = createBatchStore({ newId });
  const batchRunner = createBatchRunner(batch, {
    send: (body, key) => exportChromaKey(body, key),
    describeInvalid: describeIssue,
    describeFailure: describeError,
    describeInterrupted: () => i18next.t('batch.closedWhileSending'),
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
  return {
    editor,
    koreanFonts,
    stage,
    services,
    batch,
    batchRunner,
    mergeSession: createLazyMergeSession(),
    queryClient,
  };
}

export type AppParts = ReturnType<typeof composeApp>;
