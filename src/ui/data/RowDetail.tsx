import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSceneImage, type SceneImage } from '../../canvas/offscreen-scene';
import type { RowReport } from '../../domain/merge/report';
import { stageSizeOf } from '../../domain/project';
import { describeError } from '../common/describe-error';
import { issueText } from '../common/issue-text';
import { useServices } from '../services';

export const problemsOf = (report: RowReport, image: SceneImage | undefined) => [
  ...report.issues.map((i) => ({ severity: i.severity, message: issueText(i) })),
  ...(image?.failedUrls ?? []).map((u) => ({
    severity: 'warning' as const,
    message: i18next.t('data.browserCouldNotLoad', { url: u }),
  })),
];

/**
 * Every scene of one row with its problems, and a way to open the row in the editor: as a copy of
 * its own, so that fixing one row by hand never changes the design every row is made from.
 */
export function RowDetail({
  report,
  onBack,
  onOpened,
}: {
  report: RowReport;
  onBack: () => void;
  onOpened: () => void;
}) {
  const { t } = useTranslation();
  const { session, images: imageCache } = useServices();
  const [scenes, setScenes] = useState<(string | null)[]>([]);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState('');
  const n = report.row.number;
  useEffect(() => {
    let stopped = false;
    const size = stageSizeOf(report.project);
    void Promise.all(report.project.scenes.map((s) => renderSceneImage(s, size, 0.2, imageCache))).then(
      (images) => !stopped && setScenes(images.map((i) => i.url)),
    );
    return () => {
      stopped = true;
    };
  }, [report, imageCache]);

  const openCopy = async () => {
    setOpening(true);
    setError('');
    try {
      // The copy is a plain project: its values are filled in, there is nothing left to merge.
      const { merge: _merge, ...project } = report.project;
      const name = project.name || t('data.untitled');
      await session.create(project, t('data.rowCopyTitle', { name, row: n }));
      onOpened();
    } catch (e) {
      setError(t('data.rowCouldNotOpen', { row: n, reason: describeError(e) }));
      setOpening(false);
    }
  };

  return (
    <div className="merge-detail" role="region" aria-label={t('data.rowInDetail', { row: n })}>
      <header className="row">
        <strong>{t('data.rowTitle', { row: n })}</strong>
        <span className="hint">{Object.values(report.row.values).join(' · ')}</span>
        <span className="spacer" />
        <button className="primary" disabled={opening} onClick={() => void openCopy()}>
          {opening ? t('data.opening') : t('data.editRowAsCopy', { row: n })}
        </button>
        <button onClick={onBack}>{t('data.backToAllRows')}</button>
      </header>
      <p className="hint">{t('data.copyOpensAsOwnProject')}</p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {report.project.scenes.map((s, i) => (
          <figure key={s.id}>
            {scenes[i] ? (
              <img src={scenes[i] ?? ''} alt={t('data.rowScene', { row: n, scene: i + 1 })} width={384} />
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
