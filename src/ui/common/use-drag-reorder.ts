import { useState } from 'react';

/**
 * HTML5 drag-and-drop reordering for a list: returns props for each item and reports
 * (draggedId, targetIndex) on drop, where targetIndex is the position in the list as shown.
 */
export function useDragReorder(ids: string[], onMove: (id: string, toIndex: number) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const itemProps = (id: string, index: number) => ({
    draggable: true,
    onDragStart: (e: React.DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', id);
      setDragged(id);
    },
    onDragOver: (e: React.DragEvent) => {
      if (!dragged) return;
      e.preventDefault();
      const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const vertical = rect.height > rect.width * 0.6 ? false : true;
      const after = vertical
        ? e.clientY > rect.top + rect.height / 2
        : e.clientX > rect.left + rect.width / 2;
      setOver(index + (after ? 1 : 0));
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      if (dragged && over !== null) {
        const from = ids.indexOf(dragged);
        onMove(dragged, over > from ? over - 1 : over);
      }
      setDragged(null);
      setOver(null);
    },
    onDragEnd: () => {
      setDragged(null);
      setOver(null);
    },
  });
  return { itemProps, dropIndex: over, dragging: dragged };
}
