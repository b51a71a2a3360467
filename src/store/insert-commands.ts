import {
  createAudioClip,
  createImageClip,
  createShapeClip,
  createTextClip,
  createVideoClip,
} from '../domain/clip-records';
import { addClips, nextLayerOf } from '../domain/clip-edits';
import type { Project } from '../domain/project';
import type { Clip } from '../domain/schema/clips';
import type { ShapeName } from '../domain/schema/common';
import type { CommandDeps } from './commands';
import type { EditorStore } from './editor-store';
import { selectActiveScene, selectStageSize } from './selectors';

type Commit = (next: Project, coalesce?: string) => boolean;

/** New clips land centred on the stage, on top, and selected. */
export function createInsertCommands(store: EditorStore, deps: CommandDeps, commit: Commit) {
  const place = (type: string, width: number, height: number) => {
    const state = store.getState();
    const stage = selectStageSize(state);
    const scene = selectActiveScene(state);
    return {
      id: deps.newId(type),
      layer: scene ? nextLayerOf(scene) : 0,
      left: Math.round((stage.width - width) / 2),
      top: Math.round((stage.height - height) / 2),
    };
  };
  const add = (clip: Clip) => {
    const scene = selectActiveScene(store.getState());
    if (!scene) return undefined;
    if (!commit(addClips(store.getState().project, scene.id, [clip]))) return undefined;
    if (clip.type !== 'audio') store.setState({ selection: [clip.id] });
    return clip.id;
  };
  /** Large images come in fitted to half the stage, the rest as scale (intrinsic size kept). */
  const fitScale = (width: number, height: number) => {
    const stage = selectStageSize(store.getState());
    return Math.min(1, (stage.width * 0.5) / width, (stage.height * 0.5) / height);
  };

  return {
    image: (url: string, width: number, height: number) => {
      const scale = fitScale(width, height);
      const clip = createImageClip(
        place('image', width * scale, height * scale),
        url,
        width,
        height,
      );
      return add({ ...clip, scaleX: scale, scaleY: scale });
    },
    text: (text?: string) => add(createTextClip(place('textImage', 640, 84), text)),
    shape: (shapeName: ShapeName) => add(createShapeClip(place('shape', 300, 300), shapeName)),
    video: (url: string, poster?: string, width = 480, height = 270) => {
      const scale = fitScale(width, height);
      const clip = createVideoClip(
        place('videoImage', width * scale, height * scale),
        url,
        poster,
        width,
        height,
      );
      return add({ ...clip, scaleX: scale, scaleY: scale });
    },
    audio: (url: string, label: string) => add(createAudioClip(deps.newId('audio'), url, label)),
  };
}
