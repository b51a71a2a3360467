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

const TYPE_WORDS: Record<string, string> = {
  aiModel: 'avatar script',
  textImage: 'text',
  image: 'image',
  videoImage: 'video',
  shape: 'shape',
  audio: 'audio',
  background: 'background',
};

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
  const origin = useOrigin();
  const project = useEditorState((s) => s.project);
  const [form, setForm] = useState<UpdatesForm>('1.6.x');
  const run = useMutation({
    mutationFn: (args: { id: string; body: Record<string, unknown> }) =>
      editAndExportProject(args.id, args.body),
    onSuccess: onStarted,
  });
  if (origin === null) return null;
  if (!origin)
    return (
      <p className="hint">
        The open project was not opened from AI Studios: open one below to edit and export it there,
        or use Export for a new project.
      </p>
    );

  const after = build(project);
  const diff = diffProjectUpdates(origin.baseline, after);
  const body = editRequest(diff.updates, form, editOptionsOf(after));
  return (
    <section aria-label="Export edits">
      <h2>Edits to the open AI Studios project</h2>
      <p className="hint">
        Opened from project <code>{origin.projectId}</code>; these differences are sent as updates
        of it with <code>POST editor/project/{'{projectId}'}</code>, which renders a new video.
      </p>
      {diff.inexpressible.length > 0 ? (
        <div role="alert">
          <p>
            These edits cannot be sent as updates of the existing project (an update names a clip
            only by scene and type and changes fields of existing clips):
          </p>
          <ul>
            {diff.inexpressible.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
          <button onClick={onFullExport}>Export as a new project instead</button>
        </div>
      ) : diff.updates.length === 0 ? (
        <p className="hint">No changes since it was opened.</p>
      ) : (
        <>
          <ul aria-label="Updates">
            {diff.updates.map((u) => (
              <li key={`${u.sceneIdx}/${u.type}`}>
                Scene {u.sceneIdx + 1}: {TYPE_WORDS[u.type] ?? u.type} (
                {Object.keys(u.values).join(', ')})
              </li>
            ))}
          </ul>
          <div className="row">
            <span>Request form</span>
            <select
              aria-label="Updates form"
              value={form}
              onChange={(e) => setForm(e.target.value as UpdatesForm)}
            >
              <option value="1.6.x">updates.value[] (1.6.x reference)</option>
              <option value="1.4.x">updates[] (1.4.x template export)</option>
            </select>
            <button
              className="primary"
              disabled={run.isPending}
              onClick={() => run.mutate({ id: origin.projectId, body })}
            >
              {run.isPending ? 'Sending…' : 'Export edits'}
            </button>
          </div>
          <details>
            <summary className="hint">Request body</summary>
            <pre aria-label="Edit request body">{JSON.stringify(body, null, 2)}</pre>
          </details>
        </>
      )}
      {run.isError && <p className="error-text">{describeError(run.error)}</p>}
    </section>
  );
}
