import { useCanUndoRedo, useEditor, useEditorState } from '../../store/editor-context';
import { selectOrientation } from '../../store/selectors';
import { ZoomControls } from './ZoomControls';

export type Panel =
  | 'export'
  | 'jobs'
  | 'json'
  | 'projects'
  | 'batch'
  | 'custom'
  | 'help'
  | 'import'
  | 'account'
  | 'reflow'
  | 'data';

export function Toolbar({
  open,
  saveStatus,
}: {
  open: (panel: Panel) => void;
  saveStatus?: React.ReactNode;
}) {
  const { store, commands } = useEditor();
  const { canUndo, canRedo } = useCanUndoRedo();
  const name = useEditorState((s) => s.project.name ?? '');
  const orientation = useEditorState(selectOrientation);
  const snapping = useEditorState((s) => s.snapping);
  const faceGuide = useEditorState((s) => s.showFaceGuide);

  return (
    <header className="toolbar" role="toolbar" aria-label="Editor toolbar">
      <span className="brand">Scenewright</span>
      <button onClick={() => open('projects')}>Projects</button>
      <input
        aria-label="Project name"
        value={name}
        style={{ width: 150 }}
        onChange={(e) => commands.scenes.setSettings({ name: e.target.value }, 'project-name')}
        onBlur={commands.endBurst}
      />
      <span className="sep" />
      <button onClick={commands.undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button onClick={commands.redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="sep" />
      <ZoomControls />
      <button
        aria-pressed={snapping}
        onClick={() => store.setState({ snapping: !snapping })}
        title="Snap to stage edges, centre and other clips (G)"
      >
        Snap
      </button>
      <button
        aria-pressed={faceGuide}
        onClick={() => store.setState({ showFaceGuide: !faceGuide })}
        title="Show the avatar's face box"
      >
        Face guide
      </button>
      <select
        aria-label="Orientation"
        value={orientation}
        // Switching is offered with a reflow of the clips (src/ui/preview/ReflowDialog).
        onChange={() => open('reflow')}
      >
        <option value="landscape">Landscape 16:9</option>
        <option value="portrait">Portrait 9:16</option>
      </select>
      <span className="spacer" />
      {saveStatus}
      <button onClick={() => open('import')}>Import</button>
      <button onClick={() => open('account')} title="Projects in your AI Studios account">
        AI Studios
      </button>
      <button onClick={() => open('json')}>JSON</button>
      <button onClick={() => open('data')}>Data</button>
      <button onClick={() => open('batch')}>Batch</button>
      <button onClick={() => open('custom')}>Custom avatar</button>
      <button onClick={() => open('jobs')}>Jobs</button>
      <button className="primary" onClick={() => open('export')}>
        Export
      </button>
      <button
        onClick={() => open('help')}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </header>
  );
}
