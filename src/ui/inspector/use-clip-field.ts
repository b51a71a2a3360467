import type { ClipPatch } from '../../domain/clip-edits';
import { useEditor } from '../../store/editor-context';

/** Field edits coalesce per clip and field, so a typing burst or a slider drag is one undo step. */
export function useClipEdit(clipId: string) {
  const { commands } = useEditor();
  return {
    set: (field: string, patch: ClipPatch) =>
      commands.clips.update(clipId, patch, `${clipId}:${field}`),
    commit: commands.endBurst,
  };
}
