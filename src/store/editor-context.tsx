import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
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

/** Selectors may build arrays (layer lists, selections): compared shallowly, not by identity. */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditor().store, useShallow(selector));
}
