import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import { clipKind } from '../layers/clip-label';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectSelectedClips } from '../../store/selectors';
import { AvatarFields } from '../avatars/AvatarFields';
import { BackgroundFields } from './BackgroundFields';
import { GeometryFields } from './GeometryFields';
import { sameButPlace } from './same-but-place';
import { TypeFields } from './TypeFields';
import { useClipEdit } from './use-clip-field';

const TypeFieldsBelowPlace = memo(TypeFields, sameButPlace);
const AvatarFieldsBelowPlace = memo(AvatarFields, sameButPlace);

// Memoised (no props): an edit of the selected clip leaves the alignment buttons alone.
const AlignBar = memo(function AlignBar() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const count = useEditorState((s) => s.selection.length);
  const align = ['left', 'hcenter', 'right', 'top', 'vmiddle', 'bottom'] as const;
  return (
    <>
      <h2>{count > 1 ? t('inspector.arrangeClips', { count }) : t('inspector.arrangeOnStage')}</h2>
      <div className="tabs">
        {align.map((kind) => (
          <button
            key={kind}
            onClick={() => commands.clips.align(kind)}
            title={t(`inspector.alignTo.${kind}`)}
          >
            {t(`inspector.alignShort.${kind}`)}
          </button>
        ))}
        <button disabled={count < 3} onClick={() => commands.clips.distribute('horizontal')}>
          {t('inspector.distribute')}
        </button>
        <button disabled={count < 3} onClick={() => commands.clips.distribute('vertical')}>
          {t('inspector.distribute2')}
        </button>
      </div>
    </>
  );
});

const TagField = memo(function TagField({
  clipId,
  tag,
}: {
  clipId: string;
  tag: string | undefined;
}) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const { commit } = useClipEdit(clipId);
  return (
    <label className="row">
      <label>{t('inspector.nameTag')}</label>
      <input
        aria-label={t('inspector.nameTag')}
        value={tag ?? ''}
        placeholder={t('inspector.usedToFindTheClip')}
        onChange={(e) => commands.clips.rename(clipId, e.target.value)}
        onBlur={commit}
      />
    </label>
  );
});

export function Inspector() {
  const { t } = useTranslation();
  const clips = useEditorState(selectSelectedClips);
  const [only] = clips;
  if (clips.length === 0) return <BackgroundFields />;
  if (clips.length > 1 || !only) return <AlignBar />;
  return (
    <div aria-label={t('inspector.inspector')}>
      <h2>{only.type === 'aiModel' ? t('inspector.avatar') : clipKind(only)}</h2>
      <TagField clipId={only.id} tag={only.tag} />
      {only.type !== 'audio' && <GeometryFields clip={only} />}
      {only.type === 'aiModel' ? (
        <AvatarFieldsBelowPlace clip={only} />
      ) : (
        <TypeFieldsBelowPlace clip={only} />
      )}
      <AlignBar />
    </div>
  );
}
