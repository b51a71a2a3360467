import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../domain/preflight/types';
import { issueText } from '../common/issue-text';
import { useEditor } from '../../store/editor-context';

/** Script ids that differ from the avatar clip get their one-click fix right here. */
const SYNC_CODES = new Set(['script.model-mismatch', 'script.cloth-mismatch']);

/** Each issue selects the scene and clip at fault when clicked. */
export function IssueList({ issues, onPick }: { issues: PreflightIssue[]; onPick?: () => void }) {
  const { t } = useTranslation();
  const { store, commands } = useEditor();
  if (issues.length === 0) return <p className="hint">{t('json.noProblemsFound')}</p>;
  const pick = (issue: PreflightIssue) => {
    const scene =
      issue.sceneIndex !== undefined
        ? store.getState().project.scenes[issue.sceneIndex]
        : undefined;
    if (scene) commands.scenes.activate(scene.id);
    if (issue.clipId) commands.clips.select([issue.clipId]);
    onPick?.();
  };
  return (
    <ul className="issues" aria-label={t('json.preflightIssues')}>
      {issues.map((issue, i) => (
        <li
          key={`${issue.code}-${i}`}
          className={issue.severity}
          onClick={() => pick(issue)}
          title={t('json.showOnStage')}
        >
          <strong>{issue.severity === 'error' ? t('json.error') : t('json.warning')}</strong>:{' '}
          {issueText(issue)}
          <div className="hint">
            <code>{issue.path.join('.')}</code>
          </div>
          {SYNC_CODES.has(issue.code) && issue.sceneIndex !== undefined && (
            <button
              onClick={(e) => {
                e.stopPropagation();
                const scene = store.getState().project.scenes[issue.sceneIndex!];
                if (scene) commands.script.fixSync(scene.id);
              }}
            >
              {t('json.useTheAvatarSIds')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
