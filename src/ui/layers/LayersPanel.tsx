import { useStore } from 'zustand';
import { isLocked } from '../../domain/clip-edits';
import { clipTypeOf, isOpaqueClip, type Clip, type KnownClip } from '../../domain/schema/clips';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectLayerList } from '../../store/selectors';
import { useDragReorder } from '../common/use-drag-reorder';

const KIND: Record<KnownClip['type'], string> = {
  aiModel: 'Avatar',
  image: 'Image',
  textImage: 'Text',
  shape: 'Shape',
  videoImage: 'Video',
  audio: 'Audio',
};

/** Known kinds by name; a clip of another type shows its own type name. */
const kindOf = (clip: Clip): string =>
  isOpaqueClip(clip) ? clipTypeOf(clip) : KIND[clip.type as KnownClip['type']];

export function clipLabel(clip: Clip): string {
  if (clip.tag) return clip.tag;
  if (isOpaqueClip(clip)) return `${clipTypeOf(clip)} (kept as is)`;
  if (clip.type === 'textImage') return clip.text.slice(0, 24) || 'Text';
  if (clip.type === 'shape') return clip.shapeName;
  if (clip.type === 'aiModel') return `${clip.model.ai_name} · ${clip.model.emotion}`;
  return kindOf(clip);
}

/** The picture URL a clip shows on the stage, if any. */
const mediaUrlOf = (clip: Clip): string | undefined =>
  clip.type === 'image' || clip.type === 'videoImage'
    ? clip.source_url
    : clip.type === 'aiModel'
      ? clip.model.source_url
      : undefined;

/** Top of the stack first. Dragging rewrites `layer` for the whole scene in one step. */
export function LayersPanel() {
  const { commands } = useEditor();
  const layers = useEditorState(selectLayerList);
  const selection = useEditorState((s) => s.selection);
  const problems = useStore(useEditor().store, (s) => s.mediaProblems);
  const ids = layers.map((c) => c.id);
  const { itemProps, dropIndex } = useDragReorder(ids, (id, toIndex) => {
    const order = ids.filter((x) => x !== id);
    order.splice(toIndex, 0, id);
    commands.clips.setLayerOrder([...order].reverse());
  });

  const problem = (clip: Clip) => {
    const url = mediaUrlOf(clip);
    return url ? problems[url] : undefined;
  };

  if (layers.length === 0)
    return <p className="hint">No clips in this scene yet. Add one from the left panel.</p>;
  return (
    <ul className="layers" aria-label="Layers">
      {layers.map((clip, index) => {
        const locked = isLocked(clip);
        return (
          <li
            key={clip.id}
            data-clip-id={clip.id}
            className={[
              selection.includes(clip.id) ? 'selected' : '',
              dropIndex === index ? 'drop-before' : '',
            ].join(' ')}
            onClick={(e) =>
              commands.clips.select(
                e.shiftKey
                  ? selection.includes(clip.id)
                    ? selection.filter((id) => id !== clip.id)
                    : [...selection, clip.id]
                  : [clip.id],
              )
            }
            {...itemProps(clip.id, index)}
          >
            <span className="kind">{kindOf(clip)}</span>
            <span className="name">{clipLabel(clip)}</span>
            {problem(clip) && (
              <span
                className="media-problem"
                role="img"
                aria-label="Does not load"
                title={problem(clip)}
              >
                ⚠ Not loading
              </span>
            )}
            <button
              aria-label={locked ? `Unlock ${clipLabel(clip)}` : `Lock ${clipLabel(clip)}`}
              aria-pressed={locked}
              onClick={(e) => {
                e.stopPropagation();
                commands.clips.setLocked(clip.id, !locked);
              }}
            >
              {locked ? 'Locked' : 'Lock'}
            </button>
          </li>
        );
      })}
      {dropIndex === layers.length && <li className="drop-before" aria-hidden />}
    </ul>
  );
}
