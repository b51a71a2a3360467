import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useEditor } from '../../store/editor-context';
import { Inspector } from '../inspector/Inspector';
import { InsertPanel } from '../insert/InsertPanel';
import { installEditorInput } from './editor-input';
import { LayersPanel } from '../layers/LayersPanel';
import { PlaybackBar } from '../preview/PlaybackBar';
import { ScenesStrip } from '../scenes/ScenesStrip';
import { ScriptPanel } from '../script/ScriptPanel';
import { Stage } from '../stage/Stage';
import { Toolbar, type Panel } from '../toolbar/Toolbar';
import { useAnnounce } from '../announcer/announcer';

// Not on the first screen: its chunk (and the dialog library's) is fetched when first opened.
const CheatSheet = lazy(() =>
  import('../keyboard/CheatSheet').then((m) => ({ default: m.CheatSheet })),
);

interface Props {
  /** Dialogs provided by the composition root, keyed by panel. */
  dialogs: Partial<Record<Panel, (close: () => void, open: (panel: Panel) => void) => ReactNode>>;
  saveStatus?: ReactNode;
}

export function EditorScreen({ dialogs, saveStatus }: Props) {
  const { t } = useTranslation();
  const editor = useEditor();
  const announce = useAnnounce();
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = useCallback(() => setPanel(null), []);

  useEffect(() => installEditorInput({ editor, open: setPanel, announce }), [editor, announce]);

  const render =
    panel === 'help' ? (
      <Suspense fallback={null}>
        <CheatSheet onClose={close} />
      </Suspense>
    ) : panel ? (
      dialogs[panel]?.(close, setPanel)
    ) : null;
  return (
    <>
      <div className="app">
        <Toolbar open={setPanel} saveStatus={saveStatus} />
        <InsertPanel />
        <main className="centre">
          <Stage />
          <PlaybackBar />
        </main>
        <aside className="right" aria-label={t('editor.properties')}>
          <h2>{t('editor.layers')}</h2>
          <LayersPanel />
          <Inspector />
          <ScriptPanel />
        </aside>
        <ScenesStrip />
      </div>
      {render}
    </>
  );
}
