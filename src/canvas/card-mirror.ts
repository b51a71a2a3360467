/**
 * A canvas (the scenes strip's card of the shown scene) that shows the stage's copies of the
 * frames of one scene, drawn in the stage's own frame: the card follows every edit without a JPEG
 * encode, a decode or a repaint of its own. The canvas stays hidden until it first holds a picture
 * of its scene, and keeps its last one from then on; `data-current` says whether that picture is
 * the scene's current one (false while the stage can copy none: the frame not wholly in view, say,
 * until a full draw brings it up to date).
 */
export function createCardMirror() {
  let mirror: { canvas: HTMLCanvasElement; key: string } | null = null;
  const setCurrent = (canvas: HTMLCanvasElement, current: boolean) => {
    const value = String(current);
    if (canvas.dataset.current !== value) canvas.dataset.current = value;
  };
  return {
    /** Shows `key`'s pictures in `canvas`; null stops showing `key` (a card leaving after the
     * next one came keeps the next one shown). */
    showIn(canvas: HTMLCanvasElement | null, key: string) {
      if (canvas) mirror = { canvas, key };
      else if (mirror?.key === key) mirror = null;
    },
    /** A picture of `key` as it is now (null: there is none); others' pictures change nothing. */
    show(picture: HTMLCanvasElement | null, key: string | null) {
      if (!mirror || mirror.key !== key) return;
      const { canvas } = mirror;
      if (!picture) return setCurrent(canvas, false);
      if (canvas.width !== picture.width || canvas.height !== picture.height)
        Object.assign(canvas, { width: picture.width, height: picture.height });
      const ctx = canvas.getContext('2d');
      if (!ctx) return setCurrent(canvas, false);
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(picture, 0, 0);
      if (canvas.hidden) canvas.hidden = false;
      setCurrent(canvas, true);
    },
  };
}
