import { useTranslation } from 'react-i18next';
import { ANIMATION_TYPES } from '../../domain/schema/common';
import type { Animation, Shadow } from '../../domain/schema/common';
import { ColorField } from '../common/ColorField';
import { NumberField } from '../common/NumberField';
import { useClipEdit } from './use-clip-field';

export function ShadowFields({ clipId, shadow }: { clipId: string; shadow: Shadow | undefined }) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clipId);
  const s: Shadow = {
    color: '#00000060',
    blur: 0,
    offsetX: 5,
    offsetY: 5,
    enabled: false,
    ...shadow,
  };
  const put = (field: string, patch: Partial<Shadow>) =>
    set(`shadow.${field}`, { shadow: { ...s, ...patch } });
  return (
    <>
      <h2>{t('inspector.shadow')}</h2>
      <label className="row">
        <input
          type="checkbox"
          checked={s.enabled ?? false}
          onChange={(e) => put('enabled', { enabled: e.target.checked })}
        />
        {t('inspector.shadowOn')}
      </label>
      {s.enabled && (
        <div className="fields">
          <ColorField
            label={t('inspector.shadowColour')}
            value={s.color}
            onChange={(color) => put('color', { color })}
            onCommit={commit}
          />
          <NumberField
            label={t('inspector.blur')}
            value={s.blur}
            min={0}
            max={10}
            onChange={(blur) => put('blur', { blur })}
            onCommit={commit}
          />
          <NumberField
            label={t('inspector.offsetX')}
            value={s.offsetX}
            min={0.1}
            max={10}
            step={0.1}
            onChange={(offsetX) => put('x', { offsetX })}
            onCommit={commit}
          />
          <NumberField
            label={t('inspector.offsetY')}
            value={s.offsetY}
            min={0.1}
            max={10}
            step={0.1}
            onChange={(offsetY) => put('y', { offsetY })}
            onCommit={commit}
          />
        </div>
      )}
    </>
  );
}

export function AnimationFields({
  clipId,
  animation,
}: {
  clipId: string;
  animation: Animation | undefined;
}) {
  const { t } = useTranslation();
  const { set, commit } = useClipEdit(clipId);
  return (
    <>
      <h2>{t('inspector.animation')}</h2>
      <div className="fields">
        <label style={{ gridColumn: '1 / -1' }}>
          {t('inspector.type')}
          <select
            aria-label={t('inspector.animation')}
            value={animation?.type ?? ''}
            onChange={(e) =>
              set('animation.type', {
                animation: e.target.value
                  ? {
                      duration: 1,
                      delay: 0,
                      ...animation,
                      type: e.target.value as Animation['type'],
                    }
                  : undefined,
              })
            }
          >
            <option value="">{t('inspector.none')}</option>
            {ANIMATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`animation.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {animation && (
          <>
            <NumberField
              label={t('inspector.duration')}
              value={animation.duration}
              min={1}
              max={30}
              digits={0}
              onChange={(duration) =>
                set('animation.duration', { animation: { ...animation, duration } })
              }
              onCommit={commit}
            />
            <NumberField
              label={t('inspector.delay')}
              value={animation.delay}
              min={0}
              max={30}
              digits={0}
              onChange={(delay) => set('animation.delay', { animation: { ...animation, delay } })}
              onCommit={commit}
            />
          </>
        )}
      </div>
    </>
  );
}
