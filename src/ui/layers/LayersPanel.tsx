import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { messageText } from '../common/issue-text';
import { memo, useDeferredValue } from 'react';
import { isLocked } from '../../domain/clip-edits';
import type { MessageRef } from '../../domain/messages/message';
import type { Clip } from '../../domain/schema/clips';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectLayerList } from '../../store/selectors';
import { SortableList, useSortableItem } from '../common/Sortable';
import { clipKind, clipLabel } from './clip-label';

const say = (key: string) => i18next.t(`layers.${key}`);
const TEXT = {
  get empty() {
    return say('empty');
  },
  get list() {
    return say('list');
  },
  get notLoading() {
    return say('notLoading');
  },
  get notLoadingLabel() {
    return say('notLoadingLabel');
  },
  lock: (name: string) => i18next.t('layers.lock', { name }),
  unlock: (name: string) => i18next.t('layers.unlock', { name }),
  get locked() {
    return say('locked');
  },
  get lockButton() {
    return say('lockButton');
  },
};

/** The picture URL a clip shows on the stage, if any. */
const mediaUrlOf = (clip: Clip): string | undefined =>
  clip.type === 'image' || clip.type === 'videoImage'
    ? clip.source_url
    : clip.type === 'aiModel'
      ? clip.model.source_url
      : undefined;

const problemOf = (clip: Clip, problems: Readonly<Record<string, MessageRef>>) => {
  const url = mediaUrlOf(clip);
  return url ? problems[url] : undefined;
};

// Memoised on its props: an edit re-renders only the row whose clip changed, a selection change
// only the rows whose `selected` flips. A scene switch builds every row, so a row subscribes to
// nothing itself (the list passes its media problem and language down).
const LayerRow = memo(function LayerRow({
  clip,
  selected,
  problem,
}: {
  clip: Clip;
  selected: boolean;
  problem: MessageRef | undefined;
  /** Only compared: a memoised row still re-renders on a language switch. */
  language: string;
}) {
  const { commands, store } = useEditor();
  const { item, handle, isDragging } = useSortableItem(clip.id);
  const locked = isLocked(clip);
  return (
    <li
      {...item}
      data-clip-id={clip.id}
      className={[selected ? 'selected' : '', isDragging ? 'sortable-dragging' : ''].join(' ')}
      onClick={(e) => {
        const selection = store.getState().selection;
        commands.clips.select(
          e.shiftKey
            ? selected
              ? selection.filter((id) => id !== clip.id)
              : [...selection, clip.id]
            : [clip.id],
        );
      }}
    >
      <button className="layer-name" {...handle} aria-current={selected || undefined}>
        <span className="kind">{clipKind(clip)}</span>
        <span className="name">{clipLabel(clip)}</span>
      </button>
      {problem && (
        <span
          className="media-problem"
          role="img"
          aria-label={TEXT.notLoadingLabel}
          title={messageText(problem)}
        >
          {TEXT.notLoading}
        </span>
      )}
      <button
        aria-label={locked ? TEXT.unlock(clipLabel(clip)) : TEXT.lock(clipLabel(clip))}
        aria-pressed={locked}
        onClick={(e) => {
          e.stopPropagation();
          commands.clips.setLocked(clip.id, !locked);
        }}
      >
        {locked ? TEXT.locked : TEXT.lockButton}
      </button>
    </li>
  );
});

/** Top of the stack first. A reorder (pointer or keyboard) rewrites `layer` for the scene in one step. */
export function LayersPanel() {
  const { i18n } = useTranslation(); // re-renders on a language switch: TEXT reads the catalog
  const { commands } = useEditor();
  const problems = useEditorState((s) => s.mediaProblems);
  // Deferred: on a scene switch the stage paints first; the new scene's rows (each a sortable)
  // are built in an interruptible render after it.
  const layers = useDeferredValue(useEditorState(selectLayerList));
  const selection = useEditorState((s) => s.selection);
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
  return (
    <SortableList ids={ids} nameOf={nameOf} onMove={onMove} direction="vertical">
      <ul className="layers" aria-label={TEXT.list}>
        {layers.map((clip) => (
          <LayerRow
            key={clip.id}
            clip={clip}
            selected={selection.includes(clip.id)}
            problem={problemOf(clip, problems)}
            language={i18n.language}
          />
        ))}
      </ul>
    </SortableList>
  );
}
