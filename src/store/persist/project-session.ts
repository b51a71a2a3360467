import { createProject, type Project } from '../../domain/project';
import type { StoredProject } from '../../domain/stored-project';
import type { Editor } from '../editor-context';
import { startAutosave, type Autosave } from './autosave';
import { newStoredProject, projectRepository } from './project-repository';

const newKey = () => `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Which project is open and how it is saved. Opening another project swaps the document in the
 * same editor (fresh history) and restarts autosave on its record.
 */
export function createProjectSession(editor: Editor, thumbnail: () => string | null) {
  let autosave: Autosave | null = null;
  const listeners = new Set<() => void>();

  const attach = (record: StoredProject) => {
    autosave?.stop();
    editor.commands.scenes.open(record.project);
    if (record.activeSceneId && record.project.scenes.some((s) => s.id === record.activeSceneId))
      editor.store.setState({ activeSceneId: record.activeSceneId });
    autosave = startAutosave(editor.store, record, { thumbnail });
    listeners.forEach((l) => l());
  };

  const create = async (project: Project, title?: string) => {
    await autosave?.flush();
    const record = newStoredProject(newKey(), project, Date.now(), title);
    try {
      projectRepository.journal(record);
      await projectRepository.put(record);
    } catch {
      // Autosave reports storage trouble on the next edit; the project still opens.
    }
    attach(record);
    return record.key;
  };

  return {
    /** Restores the last open project (journal first), or starts a blank one. */
    restore: async () => {
      const key = projectRepository.lastOpen();
      const record = key ? await projectRepository.get(key).catch(() => undefined) : undefined;
      // What the journal recovered after a crash is written back at once, before anything else
      // can overwrite the journal.
      if (record) await projectRepository.put(record).catch(() => undefined);
      if (record) attach(record);
      else await create(createProject(`scene-${Date.now().toString(36)}`));
    },
    create,
    open: async (key: string) => {
      await autosave?.flush();
      const record = await projectRepository.get(key);
      if (record) attach(record);
    },
    current: () => autosave,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ProjectSession = ReturnType<typeof createProjectSession>;
