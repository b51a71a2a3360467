import { useTranslation } from 'react-i18next';
import { FileButton } from '../common/FileButton';
import { useState } from 'react';
import { harvestAvatars } from '../../domain/avatar-harvest';
import { importText } from '../../api/import-text';
import { importProject } from '../../domain/import';
import { rememberUpstreamOrigin } from '../../store/persist/upstream-origins';
import { Dialog } from '../common/Dialog';
import { problemText } from '../common/problem-text';
import { useServices } from '../services';
import { FetchProjectForm } from './FetchProjectForm';

/** Imports open as a new project; on failure the open project is left exactly as it was. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { library, session, newId } = useServices();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  /** `upstreamId`: fetched from AI Studios, so its edits can later be exported as updates. */
  const accept = async (input: unknown, source: string, upstreamId?: string) => {
    const options = { sceneId: () => newId('scene') };
    const result =
      typeof input === 'string' ? importText(input, options) : importProject(input, options);
    if (!result.ok) {
      setProblems(result.error.problems.map(problemText));
      return;
    }
    const key = await session.create(result.project, result.project.name ?? source);
    if (upstreamId)
      await rememberUpstreamOrigin(key, upstreamId, result.project).catch(() => undefined);
    // The library is a convenience: failing to store avatars must not fail the import.
    await library.add(harvestAvatars(result.project, source, Date.now())).catch(() => 0);
    onClose();
  };

  return (
    <Dialog title={t('projects.importAProject')} onClose={onClose}>
      <p className="hint">{t('projects.aFullRequestBodyA')}</p>
      <h2>{t('projects.fromAFile')}</h2>
      <FileButton
        accept="application/json,.json,.jsonc,.json5,.txt"
        label={t('projects.importJsonFile')}
        text={t('projects.chooseJsonFile')}
        onFile={async (file) =>
          accept(await file.text(), t('projects.importedFile', { name: file.name }))
        }
      />
      <h2>{t('projects.pasteJson')}</h2>
      <textarea
        aria-label={t('projects.pasteJson')}
        rows={8}
        style={{ width: '100%', fontFamily: 'monospace' }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        className="primary"
        disabled={!text.trim()}
        onClick={() => accept(text, t('projects.pastedJson'))}
      >
        {t('projects.importPastedJson')}
      </button>
      <FetchProjectForm
        onFetched={(project, id) => accept(project, t('projects.fromAiStudios', { id }), id)}
      />
      {problems.length > 0 && (
        <div role="alert" className="error-text">
          <p>{t('projects.nothingWasChangedTheJson')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
