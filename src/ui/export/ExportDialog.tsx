import { useMutation } from '@tanstack/react-query';
import { exportProject } from '../../api/exports';
import { RESOLUTIONS, type Resolution } from '../../domain/schema/common';
import { useEditor, useEditorState } from '../../store/editor-context';
import { Dialog } from '../common/Dialog';
import { FormRow } from '../common/FormRow';
import { WorkspaceSelect } from './WorkspaceSelect';
import { describeError } from '../common/describe-error';
import { IssueList } from '../preflight/IssueList';
import { usePreflight } from '../preflight/use-preflight';
import { CaptionDownloads } from '../preview/CaptionDownloads';
import { MESSAGES } from '../announcer/messages';
import { useAnnounceOnChange } from '../announcer/use-announce-on-change';

/** Settings are part of the document (they are request fields), so they autosave and undo. */
export function ExportDialog({
  onClose,
  onStarted,
}: {
  onClose: () => void;
  onStarted: () => void;
}) {
  const { commands } = useEditor();
  const project = useEditorState((s) => s.project);
  const { request, issues, errors } = usePreflight();
  const hookIssues = issues.filter((i) => i.path[0] === 'webhookUrl');
  const run = useMutation({ mutationFn: exportProject, onSuccess: onStarted });
  const set = commands.scenes.setSettings;
  const blocked = errors > 0 || run.isPending;
  useAnnounceOnChange(MESSAGES.preflight(errors, issues.length - errors));

  return (
    <Dialog title="Export video" onClose={onClose} wide>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        <div>
          <FormRow label="Name">
            <input
              aria-label="Export name"
              value={project.name ?? ''}
              onChange={(e) => set({ name: e.target.value }, 'export-name')}
            />
          </FormRow>
          <FormRow label="Resolution">
            <select
              aria-label="Resolution"
              value={project.resolution ?? '1080'}
              onChange={(e) => set({ resolution: e.target.value as Resolution })}
            >
              {RESOLUTIONS.map((r) => (
                <option key={r} value={r}>
                  {r === '4k' ? '4K' : `${r}p`}
                </option>
              ))}
            </select>
          </FormRow>
          <FormRow label="Mode">
            <select
              aria-label="Export mode"
              value={project.isExport === false ? 'save' : 'export'}
              onChange={(e) => set({ isExport: e.target.value === 'export' })}
            >
              <option value="export">Render the video</option>
              <option value="save">Save to AI Studios only (no render)</option>
            </select>
          </FormRow>
          <FormRow label="Workspace">
            <WorkspaceSelect
              label="Workspace"
              value={project.workspaceId ?? ''}
              onChange={(id) => set({ workspaceId: id || undefined })}
            />
          </FormRow>
          <FormRow label="Webhook">
            <input
              aria-label="Webhook URL"
              placeholder="https://your.site/hook (optional)"
              value={project.webhookUrl ?? ''}
              onChange={(e) => set({ webhookUrl: e.target.value || undefined }, 'export-webhook')}
            />
          </FormRow>
          {hookIssues.map((i) => (
            <p key={i.code} className={i.severity === 'error' ? 'error-text' : 'hint'}>
              {i.message}
            </p>
          ))}
          <p className="hint">
            {request.scenes.length} scene(s). A copy of the request is kept with the job.
          </p>
          <CaptionDownloads project={project} />
          <button className="primary" disabled={blocked} onClick={() => run.mutate(request)}>
            {run.isPending
              ? 'Sending…'
              : project.isExport === false
                ? 'Save to AI Studios'
                : 'Export'}
          </button>
          {errors > 0 && (
            <p className="error-text">
              Fix the {errors} error(s) first: each would fail the render or waste credits.
            </p>
          )}
          {run.isError && (
            <p className="error-text" role="alert">
              {describeError(run.error)}
            </p>
          )}
        </div>
        <div>
          <h2>Preflight</h2>
          <IssueList issues={issues} onPick={onClose} />
        </div>
      </div>
    </Dialog>
  );
}
