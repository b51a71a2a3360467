import type { Project } from './project';
import type { EditorProjectRequest, SceneRequest } from './schema/request';

const putIfDefined = <T extends object, K extends string, V>(
  target: T,
  key: K,
  value: V | undefined,
) => {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
};

/** Project -> the exact body of `POST /api/odin/v3/editor/project`. Pure; returns fresh objects. */
export function build(project: Project): EditorProjectRequest {
  const scenes: SceneRequest[] = project.scenes.map((scene, sceneIdx) => {
    const out: SceneRequest = {
      ...structuredClone(scene.extra),
      background: structuredClone(scene.background),
      scripts: structuredClone(scene.scripts),
      clips: structuredClone(scene.clips),
      sceneIdx,
    };
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
