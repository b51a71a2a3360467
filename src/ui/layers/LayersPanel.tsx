import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { useDeferredValue } from 'react';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectLayerIds, selectLayerList } from '../../store/selectors';
import { SortableList } from '../common/Sortable';
import { clipKind, clipLabel } from './clip-label';
import { LayerRows } from './LayerRows';
import { EMPTY_LAYERS_ATTR, useLayerFocus } from './use-layer-focus';

const TEXT = {
  get empty() {
    return i18next.t('layers.empty');
  },
};

/** Top of the stack first. A reorder (pointer or keyboard) rewrites `layer` for the scene in one step. */
export function LayersPanel() {
  const { i18n } = useTranslation(); // re-renders on a language switch: TEXT reads the catalog
  const { commands, store } = useEditor();
  const focusPanel = useLayerFocus();
  // Only the ids: an edit that moves or restyles a clip re-renders its row (LayerRows subscribes
  // to the clips), not the sortable context. Deferred like the rows (see LayerRows).
  const ids = useDeferredValue(useEditorState(selectLayerIds));
  const onMove = (id: string, toIndex: number) => {
    const order = ids.filter((x) => x !== id);
    order.splice(toIndex, 0, id);
    commands.clips.setLayerOrder([...order].reverse());
  };
  const nameOf = (id: string) => {
    const clip = selectLayerList(store.getState()).find((c) => c.id === id);
    return clip ? `${clipKind(clip)} '${clipLabel(clip)}'` : id;
  };

  // The sortable context holds every id; only the rows scrolled into view are mounted.
  return (
    <div ref={focusPanel}>
      {ids.length === 0 ? (
        <p className="hint" tabIndex={-1} {...{ [EMPTY_LAYERS_ATTR]: '' }}>
          {TEXT.empty}
        </p>
      ) : (
        <SortableList ids={ids} nameOf={nameOf} onMove={onMove} direction="vertical">
          <LayerRows language={i18n.language} />
        </SortableList>
      )}
    </div>
  );
}
