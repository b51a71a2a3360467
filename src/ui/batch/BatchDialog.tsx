import { formatPercent } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Job } from '../../domain/schema/job';
import type { BatchStore } from '../../store/batch-store';
import { Dialog } from '../common/Dialog';
import { describeError } from '../common/describe-error';
import { saveFile } from '../common/save-file';
import { ProgressBar } from '../jobs/JobRow';
import { useAvatarChoices } from '../avatars/use-avatar-choices';
import { BatchRowView, rowProgress } from './BatchRowView';
import { batchToCsv, readBatchCsv } from './csv';
import { jobOfRow } from '../../store/batch-runner';
import { importBatchRows } from '../../store/batch-import';
import { downloadZip } from './zip-download';

const EXPORT_FLAG = 'isExport: true';

export function BatchDialog({
  batch,
  jobs,
  onClose,
}: {
  batch: BatchStore;
  jobs: Job[] | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { rows, concurrency, running } = useStore(batch.store);
  const { choices } = useAvatarChoices();
  const [message, setMessage] = useState('');
  const csvInput = useRef<HTMLInputElement>(null);
  const [zipping, setZipping] = useState<string>('');
  const finished = rows.flatMap((r, i) => {
    const job = jobOfRow(r, jobs);
    return job?.status === 'done'
      ? [{ jobId: job.id, name: `${String(i + 1).padStart(3, '0')}-${r.model}-${r.clothes}.mp4` }]
      : [];
  });
  const total = rows.length
    ? rows.reduce((sum, r) => sum + rowProgress(r, jobOfRow(r, jobs)), 0) / rows.length
    : 0;

  return (
    <Dialog title={t('batch.batchChromaKeyExportSimple')} onClose={onClose} wide>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {/* A button over a hidden picker: the native one overflowed its label under the buttons. */}
        <button type="button" onClick={() => csvInput.current?.click()}>
          {t('batch.importCsv')}
        </button>
        <input
          ref={csvInput}
          type="file"
          accept=".csv,text/csv"
          aria-label={t('batch.importCsv2')}
          hidden
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const result = readBatchCsv(new Uint8Array(await file.arrayBuffer()));
            if (!result.ok) return setMessage(result.message);
            const { imported, kept } = importBatchRows(batch, result.rows, jobs);
            setMessage(
              kept
                ? t('batch.rowsImportedKeepingSent', { count: imported, kept })
                : t('batch.rowsImported', { count: imported }),
            );
          }}
        />
        <button
          onClick={() =>
            saveFile(new Blob([batchToCsv(rows)], { type: 'text/csv' }), 'chromakey-batch.csv')
          }
        >
          {t('batch.exportCsv')}
        </button>
        <button onClick={() => batch.addRow()}>{t('batch.row')}</button>
        <label>
          {t('batch.concurrencyLabel')}{' '}
          <input
            type="number"
            aria-label={t('batch.concurrency')}
            min={1}
            max={16}
            value={concurrency}
            style={{ width: 50 }}
            onChange={(e) => batch.setConcurrency(e.target.valueAsNumber || 1)}
          />
        </label>
        <button
          className="primary"
          disabled={
            running &&
            !rows.some((r) => r.state === 'draft' || r.state === 'error' || r.state === 'cancelled')
          }
          onClick={batch.run}
        >
          {t('batch.run')}
        </button>
        <button disabled={!rows.some((r) => r.state === 'queued')} onClick={batch.cancelPending}>
          {t('batch.cancelPending')}
        </button>
        <button
          disabled={finished.length === 0 || Boolean(zipping)}
          onClick={() => {
            setZipping(`0/${finished.length}`);
            downloadZip(finished, (n) => setZipping(`${n}/${finished.length}`))
              .catch((e: unknown) => setMessage(describeError(e)))
              .finally(() => setZipping(''));
          }}
        >
          {zipping
            ? t('batch.zipping', { progress: zipping })
            : t('batch.downloadAllZip', { count: finished.length })}
        </button>
      </div>
      <div className="row">
        <span style={{ width: 90 }}>
          {t('batch.progressPercent', { percent: formatPercent(total, 0) })}
        </span>
        <div style={{ flex: 1 }}>
          <ProgressBar
            value={total}
            status={running ? t('batch.rendering') : t('batch.done')}
            focusFallback
          />
        </div>
      </div>
      {message && <p role="status">{message}</p>}
      <datalist id="batch-models">
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </datalist>
      <table className="data" aria-label={t('batch.batchRows')}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('batch.language')}</th>
            <th>{t('batch.text')}</th>
            <th>{t('batch.avatar')}</th>
            <th>{t('batch.outfit')}</th>
            <th style={{ width: 170 }}>{t('batch.progress')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <BatchRowView
              key={row.id}
              batch={batch}
              row={row}
              index={i}
              job={jobOfRow(row, jobs)}
              clothes={choices.find((a) => a.id === row.model)?.outfits ?? []}
            />
          ))}
        </tbody>
      </table>
      <p className="hint">
        {t('batch.eachRowIsSentWith')} <code>{EXPORT_FLAG}</code>
        {t('batch.soAiStudiosRendersIt')}
      </p>
    </Dialog>
  );
}
