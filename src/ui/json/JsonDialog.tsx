import { useMemo, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { saveJson } from '../common/save-file';
import { highlightJson } from './highlight';
import { IssueList } from '../preflight/IssueList';
import { usePreflight } from '../preflight/use-preflight';

/** The live request body, read-only, exactly as the export sends it. */
export function JsonDialog({ onClose }: { onClose: () => void }) {
  const { request, issues } = usePreflight();
  const text = useMemo(() => JSON.stringify(request, null, 2), [request]);
  const [copied, setCopied] = useState(false);
  const filename = `${(request.name ?? 'project').replace(/[^\w-]+/g, '_')}.json`;
  return (
    <Dialog title="Request JSON — POST /api/odin/v3/editor/project" onClose={onClose} wide>
      <div className="row">
        <button onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true))}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button onClick={() => saveJson(request, filename)}>Download .json</button>
        <a className="hint" href="/schema/editor-project.json" target="_blank" rel="noreferrer">
          JSON Schema
        </a>
        <span className="hint">{text.length.toLocaleString()} characters</span>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 300px', gap: 12 }}>
        <pre className="json" aria-label="Request JSON">
          {highlightJson(text)}
        </pre>
        <div>
          <h2>Preflight</h2>
          <IssueList issues={issues} onPick={onClose} />
        </div>
      </div>
    </Dialog>
  );
}
