import { clipTypeOf } from '../../domain/schema/clips';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectSelectedClips } from '../../store/selectors';
import { AvatarFields } from '../avatars/AvatarFields';
import { BackgroundFields } from './BackgroundFields';
import { GeometryFields } from './GeometryFields';
import { TypeFields } from './TypeFields';
import { useClipEdit } from './use-clip-field';

function AlignBar() {
  const { commands } = useEditor();
  const count = useEditorState((s) => s.selection.length);
  const align = [
    ['left', 'Align left'],
    ['hcenter', 'Align centre'],
    ['right', 'Align right'],
    ['top', 'Align top'],
    ['vmiddle', 'Align middle'],
    ['bottom', 'Align bottom'],
  ] as const;
  return (
    <>
      <h2>Arrange {count > 1 ? `${count} clips` : 'on stage'}</h2>
      <div className="tabs">
        {align.map(([kind, label]) => (
          <button key={kind} onClick={() => commands.clips.align(kind)} title={label}>
            {label.replace('Align ', '')}
          </button>
        ))}
        <button disabled={count < 3} onClick={() => commands.clips.distribute('horizontal')}>
          Distribute ↔
        </button>
        <button disabled={count < 3} onClick={() => commands.clips.distribute('vertical')}>
          Distribute ↕
        </button>
      </div>
    </>
  );
}

function TagField({ clipId, tag }: { clipId: string; tag: string | undefined }) {
  const { commands } = useEditor();
  const { commit } = useClipEdit(clipId);
  return (
    <label className="row">
      <label>Name (tag)</label>
      <input
        aria-label="Name (tag)"
        value={tag ?? ''}
        placeholder="used to find the clip later"
        onChange={(e) => commands.clips.rename(clipId, e.target.value)}
        onBlur={commit}
      />
    </label>
  );
}

export function Inspector() {
  const clips = useEditorState(selectSelectedClips);
  const [only] = clips;
  if (clips.length === 0) return <BackgroundFields />;
  if (clips.length > 1 || !only) return <AlignBar />;
  return (
    <div aria-label="Inspector">
      <h2>{only.type === 'aiModel' ? 'Avatar' : clipTypeOf(only)}</h2>
      <TagField clipId={only.id} tag={only.tag} />
      {only.type !== 'audio' && <GeometryFields clip={only} />}
      {only.type === 'aiModel' ? <AvatarFields clip={only} /> : <TypeFields clip={only} />}
      <AlignBar />
    </div>
  );
}
