import i18next from 'i18next';
import { useDndMonitor } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type FocusEvent } from 'react';
import type { Clip } from '../../domain/schema/clips';
import { LayerRow, problemOf, useRowState } from './LayerRow';

/** Fixed in styles/finishing.css (`.layers.virtual li`): rows are placed without measuring them. */
const ROW_HEIGHT = 28;
// Rows mounted beyond each edge: Tab moves focus into them, the browser scrolls the focused row
// into view, and the rows after it mount before the next Tab.
const OVERSCAN = 6;

const idOfRow = (node: EventTarget | null) =>
  node instanceof Element
    ? (node.closest('li[data-clip-id]')?.getAttribute('data-clip-id') ?? undefined)
    : undefined;

/**
 * A long Layers list, virtualised: a scene switch or an edit mounts only the rows in view. The
 * rows holding focus or being dragged stay mounted when scrolled away, so Tab, a keyboard move and
 * a pointer drag carry on past the visible window. Its own chunk (with the virtualiser): short
 * lists, the first screen's, do without it.
 */
export function VirtualLayerRows({
  layers,
  language,
}: {
  layers: readonly Clip[];
  language: string;
}) {
  const { problems, selection } = useRowState();
  const scroller = useRef<HTMLDivElement>(null);
  const kept = useRef<{ focused?: string; dragged?: string }>({});
  const current = useRef(layers);
  current.current = layers;

  useDndMonitor({
    onDragStart: ({ active }) => (kept.current.dragged = String(active.id)),
    onDragEnd: () => (kept.current.dragged = undefined),
    onDragCancel: () => (kept.current.dragged = undefined),
  });

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const { focused, dragged } = kept.current;
    for (const id of [focused, dragged]) {
      const index = id ? current.current.findIndex((c) => c.id === id) : -1;
      if (index >= 0 && !indexes.includes(index)) indexes.push(index);
    }
    return indexes.sort((a, b) => a - b);
  }, []);

  const virtualizer = useVirtualizer({
    count: layers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => layers[index]?.id ?? index,
    overscan: OVERSCAN,
    rangeExtractor,
    useFlushSync: false,
  });

  // A clip selected elsewhere (the stage, undo) comes into view in the list.
  const only = selection.length === 1 ? selection[0] : undefined;
  useEffect(() => {
    const index = only ? current.current.findIndex((c) => c.id === only) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [only, virtualizer]);

  const onFocus = (e: FocusEvent) => (kept.current.focused = idOfRow(e.target));
  const onBlur = (e: FocusEvent) => {
    if (!scroller.current?.contains(e.relatedTarget as Node | null))
      kept.current.focused = undefined;
  };

  return (
    <div ref={scroller} className="layers-scroll" onFocus={onFocus} onBlur={onBlur}>
      <ul
        className="layers virtual"
        aria-label={i18next.t('layers.list')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const clip = layers[row.index]!;
          return (
            <LayerRow
              key={clip.id}
              clip={clip}
              index={row.index}
              count={layers.length}
              top={row.start}
              selected={selection.includes(clip.id)}
              problem={problemOf(clip, problems)}
              language={language}
            />
          );
        })}
      </ul>
    </div>
  );
}
