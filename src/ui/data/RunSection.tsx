import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { voicesQuery } from '../../api/catalog';
import { applyRow } from '../../domain/merge/apply';
import { useStore } from 'zustand';
import { summarise } from '../../domain/merge/report';
import { formatSeconds } from '../../domain/speech';
import { manifestCsv, videoFileName } from '../../merge/manifest';
import type { RunRow } from '../../merge/run';
import { useEditorState } from '../../store/editor-context';
import { describeError } from '../common/describe-error';
import { saveFile } from '../common/save-file';
import { useFocusFallback } from '../common/use-focus-fallback';
import { ProgressBar } from '../jobs/JobRow';
import { isCheckCurrent } from './merge-check';
import type { MergeSession } from './merge-session';
import { runBelongsTo } from './merge-storage';
import { rowPercent, RunRows, useRunMessage } from './RunRows';
import { zipVideos } from './zip-videos';

/** Sends the rows that pass (or forced ones), shows per-row and overall progress, and collects the results. */
export function RunSection({ session }: { session: MergeSession }) {
  const { t } = useTranslation();
  const project = useEditorState((s) => s.project);
  const state = useStore(session.store);
  const { reports, run, setup, elsewhere, checking, checked } = state;
  const say = useRunMessage();
  const voices = useQuery(voicesQuery());
  const [force, setForce] = useState(false);
  const [concurrency, setConcurrency] = useState(2);
  const [cap, setCap] = useState('');
  const [zipping, setZipping] = useState('');
  const [message, setMessage] = useState('');
  const status = useRef<HTMLSpanElement>(null);
  const send = useRef<HTMLButtonElement>(null);
  const keepFocus = useFocusFallback(() => status.current ?? send.current);
  const totals = reports ? summarise(reports, force) : null;
  // A check of an earlier design (or data) sends nothing: the design as it is now is checked first.
  const stale = Boolean(reports) && !isCheckCurrent(state, project);
  const active =
    run &&
    !run.cancelled &&
    run.rows.some((r) => !['done', 'failed', 'cancelled'].includes(r.status));
  const otherProject = run && !runBelongsTo(setup, state.projectKey);
  const overall = run?.rows.length
    ? run.rows.reduce((s, r) => s + rowPercent(r), 0) / run.rows.length
    : 0;
  const count = (status: RunRow['status']) =>
    run?.rows.filter((r) => r.status === status).length ?? 0;
  const table = setup?.table;
  // File names follow each row's merged project name, as the CLI names them.
  const files = useMemo(() => {
    if (!setup) return new Map<number, string>();
    return new Map(
      setup.table.rows.map((row) => [
        row.number,
        videoFileName(row.number, applyRow(setup.project, setup.spec, row).project.name),
      ]),
    );
  }, [setup]);
  const manifest = () =>
    table && run
      ? manifestCsv(
          table.header,
          table.rows.map((row) => {
            const r = run.rows.find((x) => x.rowNumber === row.number);
            return {
              row,
              run: r,
              file: files.get(row.number),
              skipped: r ? undefined : i18next.t('data.notSent'),
            };
          }),
        )
      : '';
  const doneItems =
    run?.rows
      .filter((r) => r.status === 'done' && r.jobId)
      .map((r) => ({ jobId: r.jobId!, file: files.get(r.rowNumber)! })) ?? [];

  return (
    <section aria-label={t('data.run')} {...keepFocus}>
      {otherProject && (
        <p role="note">
          {t(active ? 'data.otherProjectRunGoingOn' : 'data.otherProjectRunEnded', {
            name: setup?.project.name || t('data.untitledProject'),
          })}
        </p>
      )}
      {stale && !checking && <p role="alert">{t('data.checkIsStale')}</p>}
      {(!active || otherProject) && (
        <div className="row" style={{ flexWrap: 'wrap' }}>
          <label>
            {t('data.atOnce')}{' '}
            <input
              type="number"
              aria-label={t('data.concurrency')}
              min={1}
              max={16}
              value={concurrency}
              style={{ width: 50 }}
              onChange={(e) => setConcurrency(Math.max(1, e.target.valueAsNumber || 1))}
            />
          </label>
          <label>
            {t('data.creditCap')}{' '}
            <input
              type="number"
              aria-label={t('data.creditCap')}
              min={1}
              placeholder={t('data.none')}
              value={cap}
              style={{ width: 70 }}
              onChange={(e) => setCap(e.target.value)}
            />
          </label>
          <label
            style={{ display: 'flex', alignItems: 'center', gap: 4 }}
            title={t('data.rowsWithUnfilledVariablesAre')}
          >
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
            {t('data.alsoSendRowsWithErrors')}
          </label>
          {stale || checking ? (
            <button
              className="primary"
              disabled={checking}
              onClick={() => void session.check(project, voices.data ?? [])}
            >
              {checking
                ? t('data.checkingProgress', { checked, rows: state.table?.rows.length ?? 0 })
                : t('data.checkAgainBeforeSending')}
            </button>
          ) : (
            <button
              ref={send}
              className="primary"
              disabled={!totals || totals.sendable === 0 || Boolean(active)}
              onClick={() =>
                session.run(project, {
                  force,
                  concurrency,
                  creditCap: cap ? Number(cap) : undefined,
                })
              }
            >
              {totals
                ? t('data.sendRows', { sendable: totals.sendable, rows: totals.rows })
                : t('data.checkTheRowsFirst')}
            </button>
          )}
          {totals && !stale && (
            <span className="hint">
              {t('data.estimate', {
                duration: formatSeconds(totals.seconds),
                credits: totals.credits,
              })}
            </span>
          )}
        </div>
      )}
      {elsewhere && <p role="alert">{t('data.aRunIsGoingOn')}</p>}
      {run && (
        <>
          <div className="row">
            <span
              ref={status}
              tabIndex={-1}
              style={{ minWidth: 260 }}
              role="status"
              aria-label={t('data.runProgress')}
            >
              {t('data.runCounts', {
                done: count('done'),
                failed: count('failed'),
                rendering: count('queued') + count('rendering') + count('sending'),
                waiting: count('waiting'),
              })}
              {run.paused ? t('data.paused') : ''}
              {run.cancelled ? t('data.cancelled') : ''}
            </span>
            <div style={{ flex: 1 }}>
              <ProgressBar value={overall} status={active ? t('data.rendering') : t('data.done')} />
            </div>
            {active && !elsewhere && !otherProject && (
              // One button that changes its word, so focus stays on it from Pause to Resume.
              <button onClick={run.paused ? session.resumeRun : session.pause}>
                {run.paused ? t('data.resume') : t('data.pause')}
              </button>
            )}
            {active && !elsewhere && !otherProject && (
              <button onClick={session.cancel}>{t('data.cancel')}</button>
            )}
            {!active && !otherProject && count('failed') > 0 && (
              <button onClick={session.retryFailed}>
                {t('data.retryFailed', { count: count('failed') })}
              </button>
            )}
          </div>
          {run.pauseReason && !otherProject && (
            <p role="alert">{say(run.pauseMessage, run.pauseReason)}</p>
          )}
          {!otherProject && (
            <>
          <div className="row">
            <button
              disabled={doneItems.length === 0 || Boolean(zipping)}
              onClick={() => {
                setZipping(`0/${doneItems.length}`);
                zipVideos(doneItems, [{ file: 'manifest.csv', text: manifest() }], (n) =>
                  setZipping(`${n}/${doneItems.length}`),
                )
                  .then((blob) => saveFile(blob, 'merge-videos.zip'))
                  .catch((e: unknown) => setMessage(describeError(e)))
                  .finally(() => setZipping(''));
              }}
            >
              {zipping
                ? t('data.zipping', { progress: zipping })
                : t('data.downloadVideosZip', { count: doneItems.length })}
            </button>
            <button
              disabled={!table}
              onClick={() => saveFile(new Blob([manifest()], { type: 'text/csv' }), 'manifest.csv')}
            >
              {t('data.manifestCsv')}
            </button>
            {!active && <button onClick={session.clearRun}>{t('data.clearRun')}</button>}
          </div>
          {message && <p role="alert">{message}</p>}
          <RunRows rows={run.rows} />
            </>
          )}
        </>
      )}
    </section>
  );
}
