import { describeIssue } from '../common/describe-issue';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { exportCustom } from '../../api/exports';
import { simpleCustomRequestSchema } from '../../domain/schema/simple';
import { Dialog } from '../common/Dialog';
import { FormRow } from '../common/FormRow';
import { WorkspaceSelect } from './WorkspaceSelect';
import { describeError } from '../common/describe-error';
import { webhookIssues } from '../../domain/preflight';

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
  const [form, setForm] = useState<typeof initial>(() => ({
    ...initial,
    ...JSON.parse(localStorage.getItem(KEY) ?? '{}'),
  }));
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(form)), [form]);
  const run = useMutation({ mutationFn: exportCustom });
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
  const problem = hookError?.message ?? (check.success ? '' : describeIssue(check.error.issues[0]));
  const set = (patch: Partial<typeof initial>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <Dialog title="Custom avatar export (simple/custom)" onClose={onClose}>
      <FormRow label="Language">
        <input
          aria-label="Language"
          value={form.language}
          onChange={(e) => set({ language: e.target.value })}
        />
      </FormRow>
      <FormRow label="Avatar id">
        <input
          aria-label="Custom avatar id"
          placeholder="67da28f034b05ae2e4385a2b"
          value={form.model}
          onChange={(e) => set({ model: e.target.value })}
        />
      </FormRow>
      <label style={{ display: 'flex', flexDirection: 'column' }}>
        Script (in the avatar’s language)
        <textarea
          aria-label="Custom script"
          rows={4}
          value={form.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <FormRow label="Mode">
        <select
          aria-label="Custom export mode"
          value={form.isExport ? 'export' : 'save'}
          onChange={(e) => set({ isExport: e.target.value === 'export' })}
        >
          <option value="export">Render the video</option>
          <option value="save">Save only</option>
        </select>
      </FormRow>
      <FormRow label="Workspace">
        <WorkspaceSelect
          label="Custom workspace"
          value={form.workspaceId}
          onChange={(id) => set({ workspaceId: id })}
        />
      </FormRow>
      <FormRow label="Webhook">
        <input
          aria-label="Custom webhook URL"
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
        {run.isPending ? 'Sending…' : 'Export'}
      </button>
      {run.isError && (
        <p className="error-text" role="alert">
          {describeError(run.error)}
        </p>
      )}
      {run.isSuccess && (
        <p role="status">
          Started. Project id <code data-testid="custom-project-id">{run.data.projectId}</code>,
          task id <code data-testid="custom-task-id">{run.data.taskId ?? '—'}</code>.{' '}
          <button onClick={onStarted}>Open jobs</button>
        </p>
      )}
    </Dialog>
  );
}
