import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { useDeferredValue } from 'react';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectLayerList } from '../../store/selectors';
import { SortableList } from '../common/Sortable';
import { clipKind, clipLabel } from './clip-label';
import { LayerRows } from './LayerRows';

const TEXT = {
  get empty() {
    return i18next.t('layers.empty');
  },
};

/** Top of the stack first. A reorder (pointer or keyboard) rewrites `layer` for the scene in one step. */
export function LayersPanel() {
  const { i18n } = useTranslation(); // re-renders on a language switch: TEXT reads the catalog
  const { commands } = useEditor();
  // Deferred: on a scene switch the stage paints first; the new scene's rows (each a sortable)
  // are built in an interruptible render after it.
  const layers = useDeferredValue(useEditorState(selectLayerList));
  const ids = layers.map((c) => c.id);
  const onMove = (id: string, toIndex: number) => {
    const order = ids.filter((x) => x !== id);
    order.splice(toIndex, 0, id);
    commands.clips.setLayerOrder([...order].reverse());
  };
  const nameOf = (id: string) => {
    const clip = layers.find((c) => c.id === id);
    return clip ? `${clipKind(clip)} '${clipLabel(clip)}'` : id;
  };

  if (layers.length === 0) return <p className="hint">{TEXT.empty}</p>;
  // The sortable context holds every id; only the rows scrolled into view are mounted.
  return (
    <SortableList ids={ids} nameOf={nameOf} onMove={onMove} direction="vertical">
      <LayerRows layers={layers} language={i18n.language} />
    </SortableList>
  );
}
