import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createScriptingHook } from '../store/create-editor';
import { EditorContext } from '../store/editor-context';
import { appDialogs } from './AppDialogs';
import type { AppParts } from './composition';
import type { Opening } from './start-app';
import { uiIsKorean } from './fonts';
import { useBatchRunner } from '../ui/batch/use-batch-runner';
import { useBatchAnnouncements } from '../ui/batch/batch-announcements';
import { useAvatarNamesFeed } from '../ui/avatars/avatar-names';
import { EditorScreen } from '../ui/editor/EditorScreen';
import { SaveStatus } from '../ui/projects/SaveStatus';
import { TabNotice } from '../ui/projects/TabNotice';
import { ServicesContext } from '../ui/services';
import { StageContext } from '../ui/stage/stage-context';
import { AnnouncerContext, createAnnouncer } from '../ui/announcer/announcer';
import { announceEditor } from '../ui/announcer/editor-announcements';
import { LiveRegion } from '../ui/announcer/LiveRegion';

declare global {
  interface Window {
    scenewright?: ReturnType<typeof createScriptingHook>;
  }
}

export function App({ app, opening }: { app: AppParts; opening: Opening }) {
  const { t } = useTranslation();
  // Rendered at once when nothing is left to wait for: no "opening" message flashes first.
  const [ready, setReady] = useState(
    () => opening.isDone() && !uiIsKorean() && !app.koreanFonts.requested(),
  );
  useEffect(() => {
    const onLanguage = (lng: string) => void (lng === 'ko' && app.koreanFonts.load());
    i18next.on('languageChanged', onLanguage);
    return () => i18next.off('languageChanged', onLanguage);
  }, [app]);
  useEffect(() => {
    void opening.done
      .then(() => (uiIsKorean() ? app.koreanFonts.load() : app.koreanFonts.requested()))
      .finally(() => {
        // Scripts (and tests) see the editor once the last project is in it, never the blank
        // project it starts with.
        window.scenewright = createScriptingHook(app.editor, app.stage.current);
        setReady(true);
        app.koreanFonts.prefetch();
      });
  }, [app, opening]);

  if (!ready) return <p style={{ padding: 20 }}>{t('app.openingYourLastProject')}</p>;
  return (
    <QueryClientProvider client={app.queryClient}>
      <Workspace app={app} />
    </QueryClientProvider>
  );
}

/** Inside the query provider: the batch runner lives here so it runs with the dialog closed. */
function Workspace({ app }: { app: AppParts }) {
  const batchJobs = useBatchRunner(app.batch, app.batchRunner);
  const [announcer] = useState(createAnnouncer);
  useBatchAnnouncements(app.batch, batchJobs, announcer.announce);
  useAvatarNamesFeed();
  useEffect(() => app.mergeSession.resumeIfSaved(), [app]);
  useEffect(() => announceEditor(app.editor, announcer.announce), [app, announcer]);
  return (
    <AnnouncerContext.Provider value={announcer}>
      <LiveRegion announcer={announcer} />
      <ServicesContext.Provider value={app.services}>
        <EditorContext.Provider value={app.editor}>
          <StageContext.Provider value={app.stage}>
            <EditorScreen dialogs={appDialogs({ ...app, batchJobs })} saveStatus={<SaveStatus />} />
            <TabNotice />
          </StageContext.Provider>
        </EditorContext.Provider>
      </ServicesContext.Provider>
    </AnnouncerContext.Provider>
  );
}
