import { useState } from 'react';
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

/** Shown inline from 1280 px; below that they move into the "More" menu so the bar never wraps. */
const SECONDARY: [Panel, string][] = [
  ['import', 'Import'],
  ['account', 'AI Studios'],
  ['json', 'JSON'],
  ['data', 'Data'],
  ['batch', 'Batch'],
  ['custom', 'Custom avatar'],
  ['jobs', 'Jobs'],
];

function MoreMenu({ open }: { open: (panel: Panel) => void }) {
  const [shown, setShown] = useState(false);
  return (
    <span className="narrow-only more-menu">
      <button aria-expanded={shown} aria-haspopup="menu" onClick={() => setShown(!shown)}>
        More ▾
      </button>
      {shown && (
        <span role="menu" className="more-list" aria-label="More">
          {SECONDARY.map(([panel, label]) => (
            <button
              key={panel}
              role="menuitem"
              onClick={() => {
                setShown(false);
                open(panel);
              }}
            >
              {label}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}

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
        className="project-name"
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
      <span className="save-slot">{saveStatus}</span>
      <span className="wide-only">
        {SECONDARY.map(([panel, label]) => (
          <button key={panel} onClick={() => open(panel)}>
            {label}
          </button>
        ))}
      </span>
      <MoreMenu open={open} />
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
