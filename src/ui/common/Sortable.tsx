import i18next from 'i18next';
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, type ReactNode } from 'react';
import { PromptKeyboardSensor } from './prompt-keyboard-sensor';

const TEXT = {
  get instructions() {
    return i18next.t('sortable.instructions');
  },
  pickedUp: (name: string, at: number, of: number) =>
    i18next.t('sortable.pickedUp', { name, at, of }),
  over: (name: string, at: number, of: number) => i18next.t('sortable.over', { name, at, of }),
  dropped: (name: string, at: number, of: number) =>
    i18next.t('sortable.dropped', { name, at, of }),
  cancelled: (name: string) => i18next.t('sortable.cancelled', { name }),
};

// Constant so the sensors stay the same across renders (a selection change mid-drag re-renders).
/** A click selects; only a pointer that travels starts a drag. */
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

interface Props {
  ids: string[];
  /** What a screen reader calls an item ("Scene 2", "Text 'Acme'"). */
  nameOf: (id: string) => string;
  onMove: (id: string, toIndex: number) => void;
  direction: 'vertical' | 'horizontal';
  children: ReactNode;
}

/**
 * A list reordered by pointer or keyboard (dnd-kit's sensors), with its moves spoken. Enter is
 * left to the item (it selects); Space picks up and drops.
 */
/** The same array as last render while the ids are the same: SortableContext's value (and so
 * every item's render) changes with the array's identity. */
function useSameIds(ids: string[]) {
  const last = useRef(ids);
  if (last.current.length !== ids.length || last.current.some((id, i) => id !== ids[i]))
    last.current = ids;
  return last.current;
}

export function SortableList({ ids: fresh, nameOf, onMove, direction, children }: Props) {
  const ids = useSameIds(fresh);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(PromptKeyboardSensor, KEYBOARD_OPTIONS),
  );
  // dnd-kit reports the item over itself as soon as it is picked up: that is not a move yet.
  const moved = useRef(false);
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const name = (id: UniqueIdentifier) => nameOf(String(id));
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      moved.current = false;
      return TEXT.pickedUp(name(active.id), position(active.id), ids.length);
    },
    onDragOver: ({ active, over }) => {
      if (!over || (!moved.current && over.id === active.id)) return undefined;
      moved.current = true;
      return TEXT.over(name(active.id), position(over.id), ids.length);
    },
    onDragEnd: ({ active, over }) =>
      over ? TEXT.dropped(name(active.id), position(over.id), ids.length) : undefined,
    onDragCancel: ({ active }) => TEXT.cancelled(name(active.id)),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: TEXT.instructions } }}
    >
      <SortableContext
        items={ids}
        strategy={
          direction === 'vertical' ? verticalListSortingStrategy : horizontalListSortingStrategy
        }
      >
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** One object per language: a list of a hundred items looks it up once, not once per item. */
let roles: { language: string; attributes: { roleDescription: string } } | undefined;
function roleAttributes() {
  if (!roles || roles.language !== i18next.language)
    roles = {
      language: i18next.language,
      attributes: { roleDescription: i18next.t('sortable.roleDescription') },
    };
  return roles.attributes;
}

/** Props for one item: `item` on the element that moves, `handle` on the one that takes keys. */
export function useSortableItem(id: string) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, attributes: roleAttributes() });
  return {
    item: {
      ref: setNodeRef,
      style: { transform: CSS.Translate.toString(transform), transition },
    },
    handle: { ref: setActivatorNodeRef, ...attributes, ...listeners },
    isDragging,
  };
}
