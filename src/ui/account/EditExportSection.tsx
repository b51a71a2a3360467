import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { editAndExportProject } from '../../api/account-projects';
import { build } from '../../domain/build';
import { diffProjectUpdates, editOptionsOf } from '../../domain/project-updates';
import { editRequest, type UpdatesForm } from '../../domain/schema/edit-project';
import { useEditorState } from '../../store/editor-context';
import { upstreamOrigins, type UpstreamOrigin } from '../../store/persist/upstream-origins';
import { describeError } from '../common/describe-error';
import { useServices } from '../services';

const UPDATE_ENDPOINT = 'POST editor/project/:projectId';

const TYPE_WORDS = new Set([
  'aiModel',
  'textImage',
  'image',
  'videoImage',
  'shape',
  'audio',
  'background',
]);

/** The open project's origin at AI Studios, if it was opened from there. */
function useOrigin(): UpstreamOrigin | undefined | null {
  const { session } = useServices();
  const key = session.current()?.key;
  const [origin, setOrigin] = useState<UpstreamOrigin | undefined | null>(null);
  useEffect(() => {
    if (!key) return setOrigin(undefined);
    let live = true;
    upstreamOrigins.get(key).then(
      (o) => live && setOrigin(o),
      () => live && setOrigin(undefined),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return origin;
}

/**
 * Export the open project's edits with `POST editor/project/{id}`: the differences from the
 * project as fetched, as `updates.value[]`, or the reasons they cannot be said that way.
 */
export function EditExportSection({
  onStarted,
  onFullExport,
}: {
  onStarted: () => void;
  onFullExport: () => void;
}) {
  const { t } = useTranslation();
  const origin = useOrigin();
  const project = useEditorState((s) => s.project);
  const [form, setForm] = useState<UpdatesForm>('1.6.x');
  const run = useMutation({
    mutationFn: (args: { id: string; body: Record<string, unknown> }) =>
      editAndExportProject(args.id, args.body),
    onSuccess: onStarted,
  });
  if (origin === null) return null;
  if (!origin) return <p className="hint">{t('account.theOpenProjectWasNot')}</p>;

  const after = build(project);
  const diff = diffProjectUpdates(origin.baseline, after);
  const body = editRequest(diff.updates, form, editOptionsOf(after));
  return (
    <section aria-label={t('account.exportEdits')}>
      <h2>{t('account.editsToTheOpenAi')}</h2>
      <p className="hint">
        {t('account.openedFromProject')} <code>{origin.projectId}</code>
        {t('account.theseDifferencesAreSentAs')} <code>{UPDATE_ENDPOINT}</code>
        {t('account.whichRendersANewVideo')}
      </p>
      {diff.inexpressible.length > 0 ? (
        <div role="alert">
          <p>{t('account.theseEditsCannotBeSent')}</p>
          <ul>
            {diff.inexpressible.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
          <button onClick={onFullExport}>{t('account.exportAsANewProject')}</button>
        </div>
      ) : diff.updates.length === 0 ? (
        <p className="hint">{t('account.noChangesSinceItWas')}</p>
      ) : (
        <>
          <ul aria-label={t('account.updates')}>
            {diff.updates.map((u) => (
              <li key={`${u.sceneIdx}/${u.type}`}>
                {t('account.updateLine', {
                  scene: u.sceneIdx + 1,
                  what: TYPE_WORDS.has(u.type) ? t(`account.type.${u.type}`) : u.type,
                  fields: Object.keys(u.values).join(', '),
                })}
              </li>
            ))}
          </ul>
          <div className="row">
            <span>{t('account.requestForm')}</span>
            <select
              aria-label={t('account.updatesForm')}
              value={form}
              onChange={(e) => setForm(e.target.value as UpdatesForm)}
            >
              <option value="1.6.x">{t('account.updatesValue16X')}</option>
              <option value="1.4.x">{t('account.updates14XTemplate')}</option>
            </select>
            <button
              className="primary"
              disabled={run.isPending}
              onClick={() => run.mutate({ id: origin.projectId, body })}
            >
              {run.isPending ? t('account.sending') : t('account.exportEdits')}
            </button>
          </div>
          <details>
            <summary className="hint">{t('account.requestBody')}</summary>
            <pre aria-label={t('account.editRequestBody')}>{JSON.stringify(body, null, 2)}</pre>
          </details>
        </>
      )}
      {run.isError && <p className="error-text">{describeError(run.error)}</p>}
    </section>
  );
}
