import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { voicesQuery } from '../../api/catalog';
import { useStore } from 'zustand';
import { renderSceneImage, type SceneImage } from '../../canvas/offscreen-scene';
import { summarise, type RowReport } from '../../domain/merge/report';
import { stageSizeOf } from '../../domain/project';
import { formatSeconds } from '../../domain/speech';
import { issueText } from '../common/issue-text';
import { useEditorState } from '../../store/editor-context';
import type { MergeSession } from './merge-session';
import { THUMB_SCALE, useRowThumbnails } from './use-row-thumbnails';

const problemsOf = (report: RowReport, image: SceneImage | undefined) => [
  ...report.issues.map((i) => ({ severity: i.severity, message: issueText(i) })),
  ...(image?.failedUrls ?? []).map((u) => ({
    severity: 'warning' as const,
    message: i18next.t('data.browserCouldNotLoad', { url: u }),
  })),
];

/** Every scene of one row, read-only, with its problems. */
function RowDetail({ report, onClose }: { report: RowReport; onClose: () => void }) {
  const { t } = useTranslation();
  const [scenes, setScenes] = useState<(string | null)[]>([]);
  useEffect(() => {
    let stopped = false;
    void Promise.all(
      report.project.scenes.map((s) => renderSceneImage(s, stageSizeOf(report.project), 0.2)),
    ).then((imgs) => !stopped && setScenes(imgs.map((i) => i.url)));
    return () => {
      stopped = true;
    };
  }, [report]);
  return (
    <div
      className="merge-detail"
      role="region"
      aria-label={t('data.rowInDetail', { row: report.row.number })}
    >
      <header className="row">
        <strong>{t('data.rowTitle', { row: report.row.number })}</strong>
        <span className="hint">{Object.values(report.row.values).join(' · ')}</span>
        <span className="spacer" />
        <button onClick={onClose}>{t('data.backToAllRows')}</button>
      </header>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {report.project.scenes.map((s, i) => (
          <figure key={s.id}>
            {scenes[i] ? (
              <img
                src={scenes[i] ?? ''}
                alt={t('data.rowScene', { row: report.row.number, scene: i + 1 })}
                width={384}
              />
            ) : (
              <div className="thumb-wait">{t('data.drawing')}</div>
            )}
            <figcaption>{t('data.sceneN', { scene: i + 1 })}</figcaption>
          </figure>
        ))}
      </div>
      <ul className="merge-problems">
        {problemsOf(report, undefined).map((p, i) => (
          <li key={i} className={p.severity}>
            {p.message}
          </li>
        ))}
        {report.issues.length === 0 && <li>{t('data.noProblemsFound')}</li>}
      </ul>
    </div>
  );
}

/** One thumbnail per row (its first scene, drawn like the stage), problems marked. */
export function ContactSheet({ session }: { session: MergeSession }) {
  const { t } = useTranslation();
  const project = useEditorState((s) => s.project);
  const { table, reports, checking } = useStore(session.store);
  const { images, done } = useRowThumbnails(reports);
  const voices = useQuery(voicesQuery());
  const [open, setOpen] = useState<number | null>(null);
  if (!table) return <p className="hint">{t('data.loadDataFirstData')}</p>;
  const totals = reports ? summarise(reports) : null;
  const size = stageSizeOf(project);
  const detail = reports?.find((r) => r.row.number === open);
  if (detail) return <RowDetail report={detail} onClose={() => setOpen(null)} />;
  return (
    <section aria-label={t('data.contactSheet')}>
      <div className="row">
        <button
          className="primary"
          disabled={checking}
          onClick={() => void session.check(project, voices.data ?? [])}
        >
          {checking
            ? t('data.checking')
            : reports
              ? t('data.checkAgain')
              : t('data.checkRows', { count: table.rows.length })}
        </button>
        {totals && (
          <span role="status">
            {t('data.totals', {
              rows: totals.rows,
              ready: totals.sendable,
              blocked: totals.blocked,
              duration: formatSeconds(totals.seconds),
              credits: totals.credits,
            })}
            {done < totals.rows ? t('data.drawingProgress', { done, rows: totals.rows }) : ''}
          </span>
        )}
      </div>
      {reports && (
        <div className="contact-sheet">
          {reports.map((r) => {
            const image = images.get(r.row.number);
            const problems = problemsOf(r, image);
            const errors = problems.filter((p) => p.severity === 'error');
            return (
              <button
                key={r.row.number}
                className={`contact ${r.blocked ? 'blocked' : problems.length ? 'warned' : ''}`}
                aria-label={`${t('data.rowLabel', { row: r.row.number })}${r.blocked ? t('data.blocked') : ''}`}
                data-blocked={r.blocked}
                title={problems.map((p) => p.message).join('\n') || t('data.ready')}
                onClick={() => setOpen(r.row.number)}
              >
                {image?.url ? (
                  <img src={image.url} alt="" width={size.width * THUMB_SCALE} />
                ) : (
                  <span
                    className="thumb-wait"
                    style={{ aspectRatio: `${size.width} / ${size.height}` }}
                  />
                )}
                <span className="contact-label">
                  {r.row.number}
                  {errors.length > 0
                    ? ` · ${errors[0]!.message.replace(/^Row \d+(, )?/, '').slice(0, 60)}`
                    : problems.length
                      ? t('data.warningCount', { count: problems.length })
                      : ''}
                </span>
              </button>
            );
          })}
        </div>
      )}
    </section>
  );
}
