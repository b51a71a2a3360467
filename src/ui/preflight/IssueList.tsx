import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../domain/preflight/types';
import { useReturnFocusTo } from '../common/Dialog';
import { issueText } from '../common/issue-text';
import { stageElement } from '../keyboard/shortcuts';
import { useEditor } from '../../store/editor-context';

/** Script ids that differ from the avatar clip get their one-click fix right here. */
const SYNC_CODES = new Set(['script.model-mismatch', 'script.cloth-mismatch']);

/** An issue with a scene or a clip to go to; the others are text only. */
const canShow = (issue: PreflightIssue) =>
  issue.sceneIndex !== undefined || issue.clipId !== undefined;

/**
 * Each issue with a place on the stage is a button named by its text: it selects the scene and
 * clip at fault and, the dialog closed, puts focus on the stage to act on them.
 */
export function IssueList({ issues, onPick }: { issues: PreflightIssue[]; onPick?: () => void }) {
  const { t } = useTranslation();
  const { store, commands } = useEditor();
  const returnFocusTo = useReturnFocusTo();
  const hint = useId();
  if (issues.length === 0) return <p className="hint">{t('json.noProblemsFound')}</p>;
  const pick = (issue: PreflightIssue) => {
    const scene =
      issue.sceneIndex !== undefined
        ? store.getState().project.scenes[issue.sceneIndex]
        : undefined;
    if (scene) commands.scenes.activate(scene.id);
    if (issue.clipId) commands.clips.select([issue.clipId]);
    returnFocusTo(stageElement);
    if (onPick) onPick();
    else stageElement()?.focus();
  };
  return (
    <>
      <span id={hint} hidden>
        {t('json.showOnStage')}
      </span>
      <ul className="issues" aria-label={t('json.preflightIssues')}>
        {issues.map((issue, i) => {
          const text = (
            <>
              <strong>{issue.severity === 'error' ? t('json.error') : t('json.warning')}</strong>:{' '}
              {issueText(issue)}
            </>
          );
          return (
            <li key={`${issue.code}-${i}`} className={issue.severity}>
              {canShow(issue) ? (
                <button
                  type="button"
                  className="issue-show"
                  aria-describedby={hint}
                  title={t('json.showOnStage')}
                  onClick={() => pick(issue)}
                >
                  {text}
                </button>
              ) : (
                text
              )}
              <div className="hint">
                <code>{issue.path.join('.')}</code>
              </div>
              {SYNC_CODES.has(issue.code) && issue.sceneIndex !== undefined && (
                <button
                  onClick={() => {
                    const scene = store.getState().project.scenes[issue.sceneIndex!];
                    if (scene) commands.script.fixSync(scene.id);
                  }}
                >
                  {t('json.useTheAvatarSIds')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
