import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Binding } from '../../domain/merge/spec';
import type { Project } from '../../domain/project';
import { clipKind } from '../layers/clip-label';

interface Target {
  key: string;
  label: string;
  sceneId: string;
  clipId?: string;
}

/** Media a column can replace: image, video and audio clips, and each scene's background. */
function mediaTargets(project: Project): Target[] {
  return project.scenes.flatMap((scene, i) => [
    ...scene.clips.flatMap((c) =>
      c.type === 'image' || c.type === 'videoImage' || c.type === 'audio'
        ? [
            {
              key: `${scene.id}|${c.id}`,
              label: i18next.t('data.mediaTarget', {
                scene: i + 1,
                kind: clipKind(c),
                name: c.tag || c.name || c.id,
              }),
              sceneId: scene.id,
              clipId: c.id,
            },
          ]
        : [],
    ),
    {
      key: `${scene.id}|`,
      label: i18next.t('data.sceneBackground', { scene: i + 1 }),
      sceneId: scene.id,
    },
  ]);
}

export function describeBinding(b: Binding, project: Project): string {
  if (b.kind !== 'media')
    return b.sceneId
      ? i18next.t('data.binding.scene', {
          kind: i18next.t(`data.kind.${b.kind}`),
          scene: project.scenes.findIndex((s) => s.id === b.sceneId) + 1,
        })
      : i18next.t('data.binding.every', { kind: i18next.t(`data.kind.${b.kind}`) });
  const target = mediaTargets(project).find(
    (t) => t.sceneId === b.sceneId && t.clipId === b.clipId,
  );
  return target
    ? target.label
    : i18next.t('data.binding.gone', { id: b.clipId ?? i18next.t('data.binding.background') });
}

export function BindingForm({
  project,
  onAdd,
  onCancel,
}: {
  project: Project;
  onAdd: (b: Binding) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const targets = mediaTargets(project);
  const [kind, setKind] = useState<Binding['kind']>('media');
  const [target, setTarget] = useState(targets[0]?.key ?? '');
  const [column, setColumn] = useState('');
  const add = () => {
    if (!column.trim()) return;
    if (kind !== 'media') return onAdd({ kind, column: column.trim() });
    const t = targets.find((x) => x.key === target);
    if (t)
      onAdd({
        kind,
        column: column.trim(),
        sceneId: t.sceneId,
        ...(t.clipId ? { clipId: t.clipId } : {}),
      });
  };
  return (
    <div className="row" role="group" aria-label={t('data.newBinding')}>
      <select
        aria-label={t('data.bindingKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Binding['kind'])}
      >
        <option value="media">{t('data.mediaUrlPerRow')}</option>
        <option value="avatar">{t('data.avatarModelIdPerRow')}</option>
        <option value="outfit">{t('data.outfitClothIdPerRow')}</option>
        <option value="voice">{t('data.voiceVoiceIdPerRow')}</option>
      </select>
      {kind === 'media' && (
        <select
          aria-label={t('data.bindingTarget')}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      )}
      <input
        aria-label={t('data.bindingColumn')}
        placeholder={t('data.column')}
        value={column}
        onChange={(e) => setColumn(e.target.value)}
      />
      <button onClick={add} disabled={!column.trim()}>
        {t('data.add')}
      </button>
      <button onClick={onCancel}>{t('data.cancel')}</button>
    </div>
  );
}
