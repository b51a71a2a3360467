import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { configQuery } from '../../api/catalog';
import { build } from '../../domain/build';
import { preflight } from '../../domain/preflight';
import { useStore } from 'zustand';
import { useEditor, useEditorState } from '../../store/editor-context';

/** The request the export would send and what preflight says of it, recomputed on every edit. */
export function usePreflight() {
  const project = useEditorState((s) => s.project);
  const mediaProblems = useStore(useEditor().store, (s) => s.mediaProblems);
  const config = useQuery(configQuery());
  const publicOrigin = config.data?.publicUrl;
  return useMemo(() => {
    const request = build(project);
    const issues = preflight(request, {
      mediaProblems,
      ...(publicOrigin ? { publicOrigin } : {}),
    });
    return { request, issues, errors: issues.filter((i) => i.severity === 'error').length };
  }, [project, publicOrigin, mediaProblems]);
}
