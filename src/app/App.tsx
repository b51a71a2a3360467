import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StageHandle } from '../canvas/types';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createEditor, createScriptingHook } from '../store/create-editor';
import { EditorContext } from '../store/editor-context';
import { createAvatarLibrary } from '../store/persist/avatar-library';
import { createProjectSession } from '../store/persist/project-session';
import { appDialogs } from './AppDialogs';
import {
  koreanFontsRequested,
  loadKoreanFonts,
  prefetchKoreanFonts,
  uiIsKorean,
  watchForKorean,
} from './fonts';
import { createBatchStore } from '../store/batch-store';
import { useBatchRunner } from '../ui/batch/use-batch-runner';
import { mergeSession } from '../ui/data/merge-session';
import { EditorScreen } from '../ui/editor/EditorScreen';
import { SaveStatus } from '../ui/projects/SaveStatus';
import { TabNotice } from '../ui/projects/TabNotice';
import { ServicesContext, type Services } from '../ui/services';
import { AnnouncerContext, createAnnouncer } from '../ui/announcer/announcer';
import { announceEditor } from '../ui/announcer/editor-announcements';
import { LiveRegion } from '../ui/announcer/LiveRegion';

declare global {
  interface Window {
    scenewright?: ReturnType<typeof createScriptingHook>;
  }
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/** The mounted stage, for autosave thumbnails and the scripting hook. */
const stageRef: { current: StageHandle | null } = { current: null };

export function App() {
  const { t } = useTranslation();
  const [editor] = useState(() => {
    const created = createEditor();
    watchForKorean(created); // before the stage subscribes: fonts are registered before it measures
    return created;
  });
  const [services] = useState<Services>(() => ({
    library: createAvatarLibrary(),
    session: createProjectSession(editor, () => stageRef.current?.snapshot(0.12) ?? null),
  }));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const onLanguage = (lng: string) => void (lng === 'ko' && loadKoreanFonts());
    i18next.on('languageChanged', onLanguage);
    return () => i18next.off('languageChanged', onLanguage);
  }, []);
  useEffect(() => {
    window.scenewright = createScriptingHook(editor, () => stageRef.current);
    void services.session
      .restore()
      .then(() => (uiIsKorean() ? loadKoreanFonts() : koreanFontsRequested()))
      .finally(() => {
        setReady(true);
        prefetchKoreanFonts();
      });
  }, [editor, services]);

  if (!ready) return <p style={{ padding: 20 }}>{t('app.openingYourLastProject')}</p>;
  return (
    <QueryClientProvider client={queryClient}>
      <Workspace editor={editor} services={services} />
    </QueryClientProvider>
  );
}

const batch = createBatchStore();

/** Inside the query provider: the batch runner lives here so it runs with the dialog closed. */
function Workspace({
  editor,
  services,
}: {
  editor: ReturnType<typeof createEditor>;
  services: Services;
}) {
  const batchJobs = useBatchRunner(batch);
  const [announcer] = useState(createAnnouncer);
  useEffect(() => mergeSession.resume(), []);
  useEffect(() => announceEditor(editor, announcer.announce), [editor, announcer]);
  return (
    <AnnouncerContext.Provider value={announcer}>
      <LiveRegion announcer={announcer} />
      <ServicesContext.Provider value={services}>
        <EditorContext.Provider value={editor}>
          <EditorScreen
            dialogs={appDialogs(batch, batchJobs)}
            saveStatus={<SaveStatus />}
            onStage={(stage) => (stageRef.current = stage)}
          />
          <TabNotice />
        </EditorContext.Provider>
      </ServicesContext.Provider>
    </AnnouncerContext.Provider>
  );
}
