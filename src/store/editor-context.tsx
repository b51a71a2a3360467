import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Commands } from './commands';
import type { EditorState, EditorStore } from './editor-store';

export interface Editor {
  store: EditorStore;
  commands: Commands;
}

/** The one React binding of the store: components read with selectors and act through commands. */
export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside <EditorContext.Provider>');
  return editor;
}

export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditor().store, selector);
}

export function useCanUndoRedo(): { canUndo: boolean; canRedo: boolean } {
  const { store } = useEditor();
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}
