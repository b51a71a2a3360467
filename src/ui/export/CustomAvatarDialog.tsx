import { useTranslation } from 'react-i18next';
import { issueText } from '../common/issue-text';
import { describeIssue } from '../common/describe-issue';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { exportCustom } from '../../api/exports';
import { sendOnce } from '../../api/send-once';
import { simpleCustomRequestSchema } from '../../domain/schema/simple';
import { Dialog } from '../common/Dialog';
import { FormRow } from '../common/FormRow';
import { WorkspaceSelect } from './WorkspaceSelect';
import { describeError } from '../common/describe-error';
import { webhookIssues } from '../../domain/preflight';

/**
 * One per page: pressing Export again after an answer was lost, even with the dialog closed and
 * reopened, cannot export twice.
 */
const send = sendOnce(exportCustom);

const KEY = 'scenewright.customForm';
const initial = {
  language: 'en',
  text: '',
  model: '',
  isExport: true,
  workspaceId: '',
  webhookUrl: '',
};

/** `simple/custom`: a video of a custom avatar speaking a text. The form survives errors and reloads. */
export function CustomAvatarDialog({
  onClose,
  onStarted,
}: {
  onClose: () => void;
  onStarted: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<typeof initial>(() => ({
    ...initial,
    ...JSON.parse(localStorage.getItem(KEY) ?? '{}'),
  }));
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(form)), [form]);
  const run = useMutation({ mutationFn: send });
  const body = {
    language: form.language,
    text: form.text,
    model: form.model,
    isExport: form.isExport,
    ...(form.workspaceId ? { workspaceId: form.workspaceId } : {}),
    ...(form.webhookUrl ? { webhookUrl: form.webhookUrl } : {}),
  };
  const check = simpleCustomRequestSchema.safeParse(body);
  const hookError = webhookIssues(form.webhookUrl || undefined).find((i) => i.severity === 'error');
  const problem =
    (hookError && issueText(hookError)) ??
    (check.success ? '' : describeIssue(check.error.issues[0]));
  const set = (patch: Partial<typeof initial>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <Dialog title={t('export.customAvatarExportSimpleCustom')} onClose={onClose}>
      <FormRow label={t('export.language')}>
        <input
          aria-label={t('export.language')}
          value={form.language}
          onChange={(e) => set({ language: e.target.value })}
        />
      </FormRow>
      <FormRow label={t('export.avatarId')}>
        <input
          aria-label={t('export.customAvatarId')}
          placeholder={t('export.67da28f034b05ae2e4385a2b')}
          value={form.model}
          onChange={(e) => set({ model: e.target.value })}
        />
      </FormRow>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        {t('export.scriptInTheAvatarS')}
        <textarea
          aria-label={t('export.customScript')}
          rows={4}
          value={form.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <FormRow label={t('export.mode')}>
        <select
          aria-label={t('export.customExportMode')}
          value={form.isExport ? 'export' : 'save'}
          onChange={(e) => set({ isExport: e.target.value === 'export' })}
        >
          <option value="export">{t('export.renderTheVideo')}</option>
          <option value="save">{t('export.saveOnly')}</option>
        </select>
      </FormRow>
      <FormRow label={t('export.workspace')}>
        <WorkspaceSelect
          label={t('export.customWorkspace')}
          value={form.workspaceId}
          onChange={(id) => set({ workspaceId: id })}
        />
      </FormRow>
      <FormRow label={t('export.webhook')}>
        <input
          aria-label={t('export.customWebhookUrl')}
          value={form.webhookUrl}
          onChange={(e) => set({ webhookUrl: e.target.value })}
        />
      </FormRow>
      {problem && <p className="hint">{problem}</p>}
      <button
        className="primary"
        disabled={Boolean(problem) || run.isPending}
        onClick={() => check.success && run.mutate(check.data)}
      >
        {run.isPending ? t('export.sending') : t('export.export')}
      </button>
      {run.isError && (
        <p className="error-text" role="alert">
          {describeError(run.error)}
        </p>
      )}
      {run.isSuccess && (
        <p role="status">
          {t('export.startedProjectId')}{' '}
          <code data-testid="custom-project-id">{run.data.projectId}</code>
          {t('export.taskId')} <code data-testid="custom-task-id">{run.data.taskId ?? '—'}</code>.{' '}
          <button onClick={onStarted}>{t('export.openJobs')}</button>
        </p>
      )}
    </Dialog>
  );
}
