import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createEditor, createScriptingHook } from '../store/create-editor';
import { EditorContext } from '../store/editor-context';
import { createAvatarLibrary } from '../store/persist/avatar-library';
import { EditorScreen } from '../ui/editor/EditorScreen';
import { ImportDialog } from '../ui/projects/ImportDialog';
import { ServicesContext } from '../ui/services';

declare global {
  interface Window {
    scenewright?: ReturnType<typeof createScriptingHook>;
  }
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

export function App() {
  const [editor] = useState(() => createEditor());
  const [services] = useState(() => ({ library: createAvatarLibrary() }));
  useEffect(() => {
    window.scenewright = createScriptingHook(editor);
  }, [editor]);

  return (
    <QueryClientProvider client={queryClient}>
      <ServicesContext.Provider value={services}>
        <EditorContext.Provider value={editor}>
          <EditorScreen dialogs={{ import: (close) => <ImportDialog onClose={close} /> }} />
        </EditorContext.Provider>
      </ServicesContext.Provider>
    </QueryClientProvider>
  );
}
