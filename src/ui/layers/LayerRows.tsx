import i18next from 'i18next';
import { lazy, memo, Suspense, useDeferredValue } from 'react';
import type { Clip } from '../../domain/schema/clips';
import { useEditorState } from '../../store/editor-context';
import { selectLayerList } from '../../store/selectors';
import { LayerRow, problemOf, useRowState } from './LayerRow';
import { useAvatarNamesVersion } from '../avatars/avatar-names';

/** From this many rows on, only the rows in view are mounted. */
export const VIRTUAL_FROM = 40;

// The virtualiser (~9 KiB compressed) is fetched when a scene first has a long list.
// Memoised: the urgent render of an edit hands them the deferred (unchanged) list, and they skip it.
const VirtualLayerRows = memo(
  lazy(() => import('./VirtualLayerRows').then((m) => ({ default: m.VirtualLayerRows }))),
);

/** A short list: every row mounted, in the flow. */
const AllLayerRows = memo(function AllLayerRows({
  layers,
  language,
}: {
  layers: readonly Clip[];
  language: string;
}) {
  const { problems, selection } = useRowState();
  return (
    <div className="layers-scroll">
      <ul className="layers" aria-label={i18next.t('layers.list')}>
        {layers.map((clip, index) => (
          <LayerRow
            key={clip.id}
            clip={clip}
            index={index}
            count={layers.length}
            selected={selection.includes(clip.id)}
            problem={problemOf(clip, problems)}
            language={language}
          />
        ))}
      </ul>
    </div>
  );
});

/** The Layers rows, top of the stack first; a long list virtualised (every row until it loads). */
export function LayerRows({ language: uiLanguage }: { language: string }) {
  // Rows are memoised: what they say changes with the UI's language and the avatar catalog's names.
  const language = `${uiLanguage}/${useAvatarNamesVersion()}`;
  // Deferred: on a scene switch the stage paints first; the new scene's rows (each a sortable)
  // are built in an interruptible render after it.
  const layers = useDeferredValue(useEditorState(selectLayerList));
  const all = <AllLayerRows layers={layers} language={language} />;
  if (layers.length < VIRTUAL_FROM) return all;
  return (
    <Suspense fallback={all}>
      <VirtualLayerRows layers={layers} language={language} />
    </Suspense>
  );
}
