import { useEffect, useState } from 'react';
import { renderSceneImage, type SceneImage } from '../../canvas/offscreen-scene';
import type { RowReport } from '../../domain/merge/report';
import { stageSizeOf } from '../../domain/project';
import { describeError } from '../common/describe-error';
import { useServices } from '../services';

export const problemsOf = (report: RowReport, image: SceneImage | undefined) => [
  ...report.issues.map((i) => ({ severity: i.severity, message: i.message })),
  ...(image?.failedUrls ?? []).map((u) => ({
    severity: 'warning' as const,
    message: `Scene 1: this browser could not load ${u}; check that AI Studios can.`,
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
  const { session } = useServices();
  const [scenes, setScenes] = useState<(string | null)[]>([]);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState('');
  const n = report.row.number;
  useEffect(() => {
    let stopped = false;
    const size = stageSizeOf(report.project);
    void Promise.all(report.project.scenes.map((s) => renderSceneImage(s, size, 0.2))).then(
      (images) => !stopped && setScenes(images.map((i) => i.url)),
    );
    return () => {
      stopped = true;
    };
  }, [report]);

  const openCopy = async () => {
    setOpening(true);
    setError('');
    try {
      // The copy is a plain project: its values are filled in, there is nothing left to merge.
      const { merge: _merge, ...project } = report.project;
      const name = project.name || 'Untitled';
      await session.create(project, `${name} (row ${n})`);
      onOpened();
    } catch (e) {
      setError(`Row ${n} could not be opened: ${describeError(e)}`);
      setOpening(false);
    }
  };

  return (
    <div className="merge-detail" role="region" aria-label={`Row ${n} in detail`}>
      <header className="row">
        <strong>Row {n}</strong>
        <span className="hint">{Object.values(report.row.values).join(' · ')}</span>
        <span className="spacer" />
        <button className="primary" disabled={opening} onClick={() => void openCopy()}>
          {opening ? 'Opening…' : `Edit row ${n} as a copy`}
        </button>
        <button onClick={onBack}>Back to all rows</button>
      </header>
      <p className="hint">
        The copy opens in the editor as a project of its own; the design and the other rows stay as
        they are.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {report.project.scenes.map((s, i) => (
          <figure key={s.id}>
            {scenes[i] ? (
              <img src={scenes[i] ?? ''} alt={`Row ${n}, scene ${i + 1}`} width={384} />
            ) : (
              <div className="thumb-wait">Drawing…</div>
            )}
            <figcaption>Scene {i + 1}</figcaption>
          </figure>
        ))}
      </div>
      <ul className="merge-problems">
        {problemsOf(report, undefined).map((p, i) => (
          <li key={i} className={p.severity}>
            {p.message}
          </li>
        ))}
        {report.issues.length === 0 && <li>No problems found.</li>}
      </ul>
    </div>
  );
}
