import { formatNumber } from '../common/format';
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { saveJson } from '../common/save-file';
import { highlightJson } from './highlight';
import { IssueList } from '../preflight/IssueList';
import { usePreflight } from '../preflight/use-preflight';

/** The live request body, read-only, exactly as the export sends it. */
export function JsonDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { request, issues } = usePreflight();
  const text = useMemo(() => JSON.stringify(request, null, 2), [request]);
  const [copied, setCopied] = useState(false);
  const filename = `${(request.name ?? 'project').replace(/[^\w-]+/g, '_')}.json`;
  return (
    <Dialog title={t('json.requestJsonPostApiOdin')} onClose={onClose} wide>
      <div className="row">
        <button onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true))}>
          {copied ? t('json.copied') : t('json.copy')}
        </button>
        <button onClick={() => saveJson(request, filename)}>{t('json.downloadJson')}</button>
        <a className="hint" href="/schema/editor-project.json" target="_blank" rel="noreferrer">
          {t('json.jsonSchema')}
        </a>
        <span className="hint">{t('json.characters', { count: formatNumber(text.length) })}</span>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 300px', gap: 12 }}>
        <pre className="json" aria-label={t('json.requestJson')}>
          {highlightJson(text)}
        </pre>
        <div>
          <h2>{t('json.preflight')}</h2>
          <IssueList issues={issues} onPick={onClose} />
        </div>
      </div>
    </Dialog>
  );
}
