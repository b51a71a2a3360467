import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { voicesQuery } from '../../api/catalog';
import { useStore } from 'zustand';
import { summarise } from '../../domain/merge/report';
import { stageSizeOf } from '../../domain/project';
import { formatSeconds } from '../../domain/speech';
import { useEditorState } from '../../store/editor-context';
import type { MergeSession } from './merge-session';
import { problemsOf, RowDetail } from './RowDetail';
import { rowReason } from './row-reason';
import { THUMB_SCALE, useRowThumbnails } from './use-row-thumbnails';

/** One thumbnail per row (its first scene, drawn like the stage), problems marked. */
export function ContactSheet({ session, onClose }: { session: MergeSession; onClose: () => void }) {
  const { t } = useTranslation();
  const project = useEditorState((s) => s.project);
  const { table, reports, checking, checked } = useStore(session.store);
  const { images, done } = useRowThumbnails(reports);
  const voices = useQuery(voicesQuery());
  const [open, setOpen] = useState<number | null>(null);
  if (!table) return <p className="hint">{t('data.loadDataFirstData')}</p>;
  const totals = reports ? summarise(reports) : null;
  const size = stageSizeOf(project);
  const detail = reports?.find((r) => r.row.number === open);
  if (detail) return <RowDetail report={detail} onBack={() => setOpen(null)} onOpened={onClose} />;
  return (
    <section aria-label={t('data.contactSheet')}>
      <div className="row">
        <button
          className="primary"
          disabled={checking}
          onClick={() => void session.check(project, voices.data ?? [])}
        >
          {checking
            ? t('data.checkingProgress', { checked, rows: table.rows.length })
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
            const firstError = r.issues.find((i) => i.severity === 'error');
            const note = firstError
              ? ` · ${rowReason(firstError)}`
              : problems.length
                ? t('data.warningCount', { count: problems.length })
                : '';
            return (
              <button
                key={r.row.number}
                className={`contact ${r.blocked ? 'blocked' : problems.length ? 'warned' : ''}`}
                // The name says what the label shows beside the number: the first error or the warnings.
                aria-label={`${t('data.rowLabel', { row: r.row.number })}${r.blocked ? t('data.blocked') : ''}${note}`}
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
                  {note}
                </span>
              </button>
            );
          })}
        </div>
      )}
    </section>
  );
}
