import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { configQuery } from '../../api/catalog';
import { build } from '../../domain/build';
import { preflight } from '../../domain/preflight';
import { useEditorState } from '../../store/editor-context';

/** The request the export would send and what preflight says of it, recomputed on every edit. */
export function usePreflight() {
  const project = useEditorState((s) => s.project);
  const config = useQuery(configQuery());
  return useMemo(() => {
    const request = build(project);
    const issues = preflight(
      request,
      config.data?.publicUrl ? { publicOrigin: config.data.publicUrl } : {},
    );
    return { request, issues, errors: issues.filter((i) => i.severity === 'error').length };
  }, [project, config.data?.publicUrl]);
}
