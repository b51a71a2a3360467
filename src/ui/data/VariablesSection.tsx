import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { EMPTY_SPEC, type Binding, type MergeSpec } from '../../domain/merge/spec';
import { templateOf } from '../../domain/merge/template';
import { findVariableUses, type VariableSite } from '../../domain/merge/variables';
import type { Project } from '../../domain/project';
import { useEditor, useEditorState } from '../../store/editor-context';
import { saveJson } from '../common/save-file';
import { clipLabel } from '../layers/clip-label';
import { BindingForm, describeBinding } from './BindingForm';

const VARIABLE_EXAMPLE = '{{name}}';

const siteLabel = (site: VariableSite, project: Project): string => {
  switch (site.kind) {
    case 'name':
      return i18next.t('data.site.name');
    case 'webhook':
      return i18next.t('data.site.webhook');
    case 'script':
      return i18next.t('data.site.script', { scene: site.sceneIndex + 1 });
    case 'text': {
      const clip = project.scenes[site.sceneIndex]?.clips.find((c) => c.id === site.clipId);
      // Its tag, else its own words, as in Layers: a clip's name is usually its id, which says nothing.
      const tag = clip ? clipLabel(clip) : site.clipId;
      return i18next.t('data.site.text', { tag, scene: site.sceneIndex + 1 });
    }
  }
};

/** The variables the project uses (where, default, column) and its bindings; edits are undoable. */
export function VariablesSection({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const project = useEditorState((s) => s.project);
  const spec = project.merge ?? EMPTY_SPEC;
  const [adding, setAdding] = useState(false);
  const uses = findVariableUses(project);
  const names = [...new Map(uses.map((u) => [u.name.toLowerCase(), u.name])).values()];
  // Typing in one field is one undo step (coalesced by field), like the project name.
  const setSpec = (next: MergeSpec, coalesce?: string) =>
    commands.scenes.setSettings({ merge: next }, coalesce);
  const declOf = (name: string) =>
    spec.variables.find((v) => v.name.toLowerCase() === name.toLowerCase());
  const setDecl = (name: string, patch: { default?: string; column?: string }) => {
    const merged = { ...declOf(name), name, ...patch };
    for (const key of ['default', 'column'] as const)
      if (merged[key] === undefined) delete merged[key];
    setSpec(
      {
        ...spec,
        variables: [
          ...spec.variables.filter((v) => v.name.toLowerCase() !== name.toLowerCase()),
          merged,
        ],
      },
      `merge-${name}-${Object.keys(patch).join()}`,
    );
  };
  const goTo = (site: VariableSite) => {
    if (site.kind === 'text' || site.kind === 'script') commands.scenes.activate(site.sceneId);
    if (site.kind === 'text') commands.clips.select([site.clipId]);
    onClose();
  };

  return (
    <section aria-label={t('data.variables')}>
      {names.length === 0 && (
        <p className="hint">
          {t('data.noVariablesYetWrite')} <code>{VARIABLE_EXAMPLE}</code>{' '}
          {t('data.inATextTheScript')}
        </p>
      )}
      {names.length > 0 && (
        <table className="data" aria-label={t('data.variablesUsed')}>
          <thead>
            <tr>
              <th>{t('data.variable')}</th>
              <th>{t('data.usedIn')}</th>
              <th>{t('data.column2')}</th>
              <th>{t('data.defaultEmptyTheRowIs')}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => {
              const decl = declOf(name);
              return (
                <tr key={name}>
                  <td>
                    <code>{`{{${name}}}`}</code>
                  </td>
                  <td>
                    {uses
                      .filter((u) => u.name.toLowerCase() === name.toLowerCase())
                      .map((u, i) => (
                        <button key={i} className="link" onClick={() => goTo(u.site)}>
                          {siteLabel(u.site, project)}
                        </button>
                      ))}
                  </td>
                  <td>
                    <input
                      aria-label={t('data.columnOf', { name })}
                      placeholder={name}
                      value={decl?.column ?? ''}
                      onChange={(e) => setDecl(name, { column: e.target.value || undefined })}
                      onBlur={commands.endBurst}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('data.defaultOf', { name })}
                      placeholder={t('data.none2')}
                      value={decl?.default ?? ''}
                      onChange={(e) =>
                        setDecl(name, {
                          default: e.target.value === '' ? undefined : e.target.value,
                        })
                      }
                      onBlur={commands.endBurst}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{t('data.bindings')}</h2>
      <ul aria-label={t('data.bindings')}>
        {spec.bindings.map((b: Binding, i) => (
          <li key={i}>
            {describeBinding(b, project)} {t('data.fromColumn')} <code>{b.column}</code>{' '}
            <button
              aria-label={t('data.removeBinding', { n: i + 1 })}
              onClick={() =>
                setSpec({ ...spec, bindings: spec.bindings.filter((_, j) => j !== i) })
              }
            >
              {t('data.remove')}
            </button>
          </li>
        ))}
        {spec.bindings.length === 0 && (
          <li className="hint">{t('data.noneMediaAvatarOutfitAnd')}</li>
        )}
      </ul>
      {adding ? (
        <BindingForm
          project={project}
          onAdd={(b) => (setSpec({ ...spec, bindings: [...spec.bindings, b] }), setAdding(false))}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button onClick={() => setAdding(true)}>{t('data.binding')}</button>
      )}
      <p className="hint">
        {t('data.forTheCommandLine')}{' '}
        <button
          className="link"
          onClick={() =>
            saveJson(
              templateOf(project),
              `${(project.name ?? 'project').replace(/[^\p{L}\p{N}]+/gu, '-')}.merge.json`,
            )
          }
        >
          {t('data.downloadTheMergeTemplate')}
        </button>
        {t('data.thenRun')} <code>{t('data.npxScenewrightMergeTemplateJson')}</code>.
      </p>
    </section>
  );
}
