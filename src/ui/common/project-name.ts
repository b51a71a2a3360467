import i18next from 'i18next';
import { DEFAULT_PROJECT_NAME } from '../../domain/project';

/** The project's own name, or "no name yet" (the domain's default) for showing in a field's placeholder. */
export const ownName = (name: string | undefined): string =>
  !name || name === DEFAULT_PROJECT_NAME ? '' : name;

/** The project's name as the UI says it: a project without its own name is "Untitled" in the UI's language. */
export const shownProjectName = (name: string | undefined): string =>
  ownName(name).trim() || i18next.t('projects.untitled');
