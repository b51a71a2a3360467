import { createImageCache } from '../canvas/image-cache';
import { mountCanvas } from '../canvas/mount-canvas';
import { STAGE_FOCUS_ATTR } from '../ui/keyboard/shortcuts';
import { simulateKeyboard } from './simulated-input';
import { createTestEditor } from './test-editor';

type Point = { x: number; y: number };

/**
 * The test editor with a real stage (browser tests only): the Fabric canvas mounted as the app
 * mounts it, and pointer input dispatched on it as a mouse gives it (pointer events, then the
 * compatibility mouse events Fabric listens to). Points are in design pixels; the stage's own
 * viewport turns them into page coordinates.
 */
export function mountTestStage(
  options: Parameters<typeof createTestEditor>[0] & { width?: number; height?: number } = {},
) {
  const editor = createTestEditor(options);
  const host = document.createElement('div');
  host.setAttribute(STAGE_FOCUS_ATTR, '');
  host.tabIndex = 0;
  Object.assign(host.style, {
    position: 'relative',
    width: `${options.width ?? 960}px`,
    height: `${options.height ?? 540}px`,
  });
  document.body.append(host);
  const images = createImageCache();
  const stage = mountCanvas(host, { store: editor.store, commands: editor.commands, images });
  const keyboard = simulateKeyboard(editor);
  const surface = () => host.querySelector('canvas.upper-canvas') ?? host;

  let held = false;
  const toClient = (at: Point) => stage.designToClient(at.x, at.y);
  /** Dispatches at a page point: a moving mouse is in page space even while the view pans. */
  const fire = (kind: 'down' | 'move' | 'up', { x: clientX, y: clientY }: Point, button = 0) => {
    const buttons = kind === 'up' ? 0 : held || kind === 'down' ? 1 << button : 0;
    const init = { clientX, clientY, button, buttons, bubbles: true, cancelable: true };
    const pointer = new PointerEvent(`pointer${kind}`, {
      ...init,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
    });
    // As in a browser: a cancelled pointerdown suppresses the compatibility mouse events.
    if (surface().dispatchEvent(pointer) || kind !== 'down')
      surface().dispatchEvent(new MouseEvent(`mouse${kind}`, init));
  };

  return {
    ...editor,
    stage,
    images,
    host,
    keyboard,
    /**
     * 300×300 squares at these top-left corners, none selected, history empty: the start of a
     * gesture spec. Returns their clip ids in order.
     */
    squaresAt: (...corners: { left: number; top: number }[]): string[] => {
      corners.forEach(() => editor.commands.insert.shape('Square'));
      const ids = editor.scene().clips.map((c) => c.id);
      editor.commands.clips.transform(Object.fromEntries(ids.map((id, i) => [id, corners[i]!])));
      editor.commands.clips.clearSelection();
      editor.tick();
      editor.store.temporal.getState().clear();
      return ids;
    },
    /** The design-space centre of an unrotated clip's box. */
    centreOf: (clipId: string): Point => {
      const c = editor.clip(clipId) as { left: number; top: number; width: number; height: number };
      const { scaleX = 1, scaleY = 1 } = c as { scaleX?: number; scaleY?: number };
      return { x: c.left + (c.width * scaleX) / 2, y: c.top + (c.height * scaleY) / 2 };
    },
    pointerDown: (at: Point, button = 0) => {
      held = true;
      fire('down', toClient(at), button);
    },
    pointerMove: (at: Point) => fire('move', toClient(at)),
    /** Resolves once the stage has committed the gesture (it writes after Fabric's bookkeeping). */
    pointerUp: async (at: Point, button = 0) => {
      held = false;
      fire('up', toClient(at), button);
      await Promise.resolve();
    },
    /**
     * Down at `from`, `steps` straight moves, up at `to`: a drag. Both ends are read on the view
     * as it is at the start, as a hand would aim them.
     */
    drag: async (from: Point, to: Point, steps = 4) => {
      const [a, b] = [toClient(from), toClient(to)];
      held = true;
      fire('down', a);
      for (let i = 1; i <= steps; i++)
        fire('move', { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps });
      held = false;
      fire('up', b);
      await Promise.resolve();
    },
    /** A click: down and up at one point. */
    click: async (at: Point) => {
      held = true;
      fire('down', toClient(at));
      held = false;
      fire('up', toClient(at));
      await Promise.resolve();
    },
    dispose: () => {
      keyboard.dispose();
      stage.dispose();
      host.remove();
    },
  };
}

export type TestStage = ReturnType<typeof mountTestStage>;
