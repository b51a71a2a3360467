import { formatSeconds, projectSeconds, sceneSeconds } from '../../domain/speech';
import { spokenOrgs } from '../../domain/speech-forms';
import { spokenText } from '../../domain/preflight/html';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectOrientation } from '../../store/selectors';
import { useDragReorder } from '../common/use-drag-reorder';
import { useSceneThumbnails } from './use-scene-thumbnails';
import { PreviewButtons } from '../preview/PreviewButtons';

export function ScenesStrip() {
  const { commands } = useEditor();
  const scenes = useEditorState((s) => s.project.scenes);
  const project = useEditorState((s) => s.project);
  const activeId = useEditorState((s) => s.activeSceneId);
  const portrait = useEditorState(selectOrientation) === 'portrait';
  const thumbs = useSceneThumbnails();
  const ids = scenes.map((s) => s.id);
  const { itemProps, dropIndex } = useDragReorder(ids, (id, to) => commands.scenes.move(id, to));

  return (
    <nav className="bottom" aria-label="Scenes">
      <div className="scenes">
        {scenes.map((scene, index) => (
          <div
            key={scene.id}
            role="button"
            tabIndex={0}
            aria-label={`Scene ${index + 1}`}
            aria-current={scene.id === activeId}
            data-scene-id={scene.id}
            className={[
              'scene-card',
              scene.id === activeId ? 'active' : '',
              portrait ? 'portrait' : '',
              dropIndex === index ? 'drop-before' : '',
            ].join(' ')}
            onClick={() => commands.scenes.activate(scene.id)}
            onKeyDown={(e) => e.key === 'Enter' && commands.scenes.activate(scene.id)}
            {...itemProps(scene.id, index)}
          >
            {thumbs[scene.id] ? (
              <img src={thumbs[scene.id]} alt="" draggable={false} />
            ) : (
              <div className="thumb" style={{ background: scene.background.source_color }} />
            )}
            <div className="meta">
              <strong>{index + 1}</strong>
              <span title="Estimated speech duration">{formatSeconds(sceneSeconds(scene))}</span>
            </div>
          </div>
        ))}
        <div className="scene-actions">
          <button onClick={commands.scenes.add}>+ Scene</button>
          <button onClick={() => commands.scenes.duplicate()}>Duplicate</button>
          <button
            className="danger"
            disabled={scenes.length <= 1}
            onClick={() => commands.scenes.remove()}
          >
            Delete scene
          </button>
        </div>
        <div className="scene-actions hint">
          {/* A scene without words still lasts its minimum, but "≈ 0:01" for nothing said misleads. */}
          {project.scenes.some((s) => spokenOrgs(s).some((org) => spokenText(org).trim()))
            ? `Total ≈ ${formatSeconds(projectSeconds(project))}`
            : 'No script yet'}
        </div>
        <PreviewButtons />
      </div>
    </nav>
  );
}
