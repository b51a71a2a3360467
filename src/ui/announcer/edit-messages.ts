import i18next from 'i18next';

/** The live region's sentences about structure: scenes, deleted clips, layers, snapping. */
const t = i18next.t;

export const EDIT_MESSAGES = {
  /** `clip`: a spoken clip name, "Text 'Hello'". */
  clipDeleted: (clip: string) => t('a11y.clipDeleted', { clip }),
  clipsDeleted: (count: number) => t('a11y.clipsDeleted', { count }),
  sceneAdded: (scene: number, scenes: number) => t('a11y.sceneAdded', { scene, scenes }),
  sceneDeleted: (scene: number) => t('a11y.sceneDeleted', { scene }),
  sceneShown: (scene: number, scenes: number, clips: number) =>
    t('a11y.sceneShown', { scene, scenes, clips: t('stage.clipCount', { count: clips }) }),
  layerMoved: (position: number, count: number) => t('a11y.layerMoved', { position, count }),
  snapping: (on: boolean) => t(on ? 'a11y.snapOn' : 'a11y.snapOff'),
  /** For "Undid: delete scene 2". */
  sceneChange: (kind: 'added' | 'deleted', scene: number) =>
    t(kind === 'added' ? 'a11y.change.sceneAdded' : 'a11y.change.sceneDeleted', { scene }),
};

/** Sentences said as one announcement (the live region speaks its last one). */
export const sentences = (...parts: string[]) => parts.filter(Boolean).join('. ');
