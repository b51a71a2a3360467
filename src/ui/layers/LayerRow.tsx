import i18next from 'i18next';
import { messageText } from '../common/issue-text';
import { memo } from 'react';
import { isLocked } from '../../domain/clip-edits';
import type { MessageRef } from '../../domain/messages/message';
import type { Clip } from '../../domain/schema/clips';
import { useEditor, useEditorState } from '../../store/editor-context';
import { useSortableItem } from '../common/Sortable';
import { CLIP_FOCUS_ATTR } from '../keyboard/shortcuts';
import { clipKind, clipLabel } from './clip-label';

const say = (key: string) => i18next.t(`layers.${key}`);
const TEXT = {
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

/** What every row shows beside its clip: the selection and the media that did not load. */
export function useRowState() {
  const problems = useEditorState((s) => s.mediaProblems);
  const selection = useEditorState((s) => s.selection);
  return { problems, selection };
}

export const problemOf = (clip: Clip, problems: Readonly<Record<string, MessageRef>>) => {
  const url = mediaUrlOf(clip);
  return url ? problems[url] : undefined;
};

// Memoised on its props: an edit re-renders only the row whose clip changed, a selection change
// only the rows whose `selected` flips. A row subscribes to nothing itself (the list passes its
// media problem and language down), so mounting the rows scrolled into view stays cheap.
export const LayerRow = memo(function LayerRow({
  clip,
  index,
  count,
  top,
  selected,
  problem,
}: {
  clip: Clip;
  /** Position in the whole list (most rows are not mounted: screen readers learn it here). */
  index: number;
  count: number;
  /** Offset from the top of a virtualised list (its rows are placed, not in the flow). */
  top?: number;
  selected: boolean;
  problem: MessageRef | undefined;
  /** Only compared: a memoised row still re-renders on a language switch (or new avatar names). */
  language: string;
}) {
  const { commands, store } = useEditor();
  const { item, handle, isDragging } = useSortableItem(clip.id);
  const locked = isLocked(clip);
  const label = clipLabel(clip);
  return (
    <li
      ref={item.ref}
      style={{ ...item.style, top }}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-clip-id={clip.id}
      {...{ [CLIP_FOCUS_ATTR]: '' }}
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
        <span className="name">{label}</span>
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
        aria-label={locked ? TEXT.unlock(label) : TEXT.lock(label)}
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
