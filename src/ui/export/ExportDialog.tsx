import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { exportProject } from '../../api/exports';
import { sendOnce } from '../../api/send-once';
import { RESOLUTIONS, type Resolution } from '../../domain/schema/common';
import { useEditor, useEditorState } from '../../store/editor-context';
import { Dialog } from '../common/Dialog';
import { FormRow } from '../common/FormRow';
import { ownName } from '../common/project-name';
import { WorkspaceSelect } from './WorkspaceSelect';
import { describeError } from '../common/describe-error';
import { issueText } from '../common/issue-text';
import { IssueList } from '../preflight/IssueList';
import { usePreflight } from '../preflight/use-preflight';
import { CaptionDownloads } from '../preview/CaptionDownloads';
import { MESSAGES } from '../announcer/messages';
import { useAnnounceOnChange } from '../announcer/use-announce-on-change';

/**
 * One per page: pressing Export again after an answer was lost, even with the dialog closed and
 * reopened, cannot export twice.
 */
const send = sendOnce(exportProject);

/** Settings are part of the document (they are request fields), so they autosave and undo. */
export function ExportDialog({
  onClose,
  onStarted,
}: {
  onClose: () => void;
  onStarted: () => void;
}) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const project = useEditorState((s) => s.project);
  const { request, issues, errors } = usePreflight();
  const hookIssues = issues.filter((i) => i.path[0] === 'webhookUrl');
  const run = useMutation({ mutationFn: send, onSuccess: onStarted });
  const set = commands.scenes.setSettings;
  const blocked = errors > 0 || run.isPending;
  useAnnounceOnChange(MESSAGES.preflight(errors, issues.length - errors));

  return (
    <Dialog title={t('export.exportVideo')} onClose={onClose} wide>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        <div>
          <FormRow label={t('export.name')}>
            <input
              aria-label={t('export.exportName')}
              value={ownName(project.name)}
              placeholder={t('projects.untitled')}
              onChange={(e) => set({ name: e.target.value }, 'export-name')}
            />
          </FormRow>
          <FormRow label={t('export.resolution')}>
            <select
              aria-label={t('export.resolution')}
              value={project.resolution ?? '1080'}
              onChange={(e) => set({ resolution: e.target.value as Resolution })}
            >
              {RESOLUTIONS.map((r) => (
                <option key={r} value={r}>
                  {r === '4k' ? t('export.4k') : t('export.resolutionP', { r })}
                </option>
              ))}
            </select>
          </FormRow>
          <FormRow label={t('export.mode')}>
            <select
              aria-label={t('export.exportMode')}
              value={project.isExport === false ? 'save' : 'export'}
              onChange={(e) => set({ isExport: e.target.value === 'export' })}
            >
              <option value="export">{t('export.renderTheVideo')}</option>
              <option value="save">{t('export.saveToAiStudiosOnly')}</option>
            </select>
          </FormRow>
          <FormRow label={t('export.workspace')}>
            <WorkspaceSelect
              label={t('export.workspace')}
              value={project.workspaceId ?? ''}
              onChange={(id) => set({ workspaceId: id || undefined })}
            />
          </FormRow>
          <FormRow label={t('export.webhook')}>
            <input
              aria-label={t('export.webhookUrl')}
              placeholder={t('export.httpsYourSiteHookOptional')}
              value={project.webhookUrl ?? ''}
              onChange={(e) => set({ webhookUrl: e.target.value || undefined }, 'export-webhook')}
            />
          </FormRow>
          {hookIssues.map((i) => (
            <p key={i.code} className={i.severity === 'error' ? 'error-text' : 'hint'}>
              {issueText(i)}
            </p>
          ))}
          <p className="hint">{t('export.scenesNote', { count: request.scenes.length })}</p>
          <CaptionDownloads project={project} />
          <button className="primary" disabled={blocked} onClick={() => run.mutate(request)}>
            {run.isPending
              ? t('export.sending')
              : project.isExport === false
                ? t('export.saveToAiStudios')
                : t('export.export')}
          </button>
          {errors > 0 && <p className="error-text">{t('export.fixErrors', { count: errors })}</p>}
          {run.isError && (
            <p className="error-text" role="alert">
              {describeError(run.error)}
            </p>
          )}
        </div>
        <div>
          <h2>{t('export.preflight')}</h2>
          <IssueList issues={issues} onPick={onClose} />
        </div>
      </div>
    </Dialog>
  );
}
