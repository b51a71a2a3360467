import { useEditor, useEditorState } from '../../store/editor-context';

/** Opens the preview of the whole project or of the active scene (beside the scenes' timing). */
export function PreviewButtons() {
  const { commands } = useEditor();
  const activeSceneId = useEditorState((s) => s.activeSceneId);
  return (
    <div className="scene-actions">
      <button
        className="primary"
        onClick={() => commands.playback.open()}
        title="Play the whole project with its speech, free (Space plays/pauses)"
      >
        ▶ Preview
      </button>
      <button onClick={() => commands.playback.open(activeSceneId)} title="Play this scene only">
        ▶ This scene
      </button>
    </div>
  );
}
