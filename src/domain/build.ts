import type { Project } from './project';
import type { EditorProjectRequest, SceneRequest } from './schema/request';

const putIfDefined = <T extends object, K extends string, V>(
  target: T,
  key: K,
  value: V | undefined,
) => {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
};

/**
 * Project -> the exact body of `POST /api/odin/v3/editor/project`. Pure; returns fresh objects.
 * The speech goes where the project carried it (`scenes[].scripts`, the avatar clip, or both).
 */
export function build(project: Project): EditorProjectRequest {
  const scenes: SceneRequest[] = project.scenes.map((scene, index) => {
    const out: SceneRequest = {
      ...structuredClone(scene.extra),
      background: structuredClone(scene.background),
      clips: structuredClone(scene.clips),
      sceneIdx: scene.sceneIdx ?? index,
    };
    putIfDefined(out, 'scripts', structuredClone(scene.scripts));
    putIfDefined(out, 'watermark', scene.watermark);
    putIfDefined(out, 'thumbnailUrl', scene.thumbnailUrl);
    return out;
  });
  const request: EditorProjectRequest = { ...structuredClone(project.extra), scenes };
  putIfDefined(request, 'name', project.name);
  putIfDefined(request, 'orientation', project.orientation);
  putIfDefined(request, 'isExport', project.isExport);
  putIfDefined(request, 'workspaceId', project.workspaceId);
  putIfDefined(request, 'resolution', project.resolution);
  putIfDefined(request, 'webhookUrl', project.webhookUrl);
  return request;
}
