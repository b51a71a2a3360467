import { useMemo, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { highlightJson } from './highlight';
import { IssueList } from './IssueList';
import { usePreflight } from './use-preflight';

export function downloadJson(value: unknown, filename: string) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

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
        <button onClick={() => downloadJson(request, filename)}>Download .json</button>
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
