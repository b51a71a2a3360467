import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject } from '../../domain/project';
import { ownName, shownProjectName } from './project-name';

describe('a project without its own name', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('is "Untitled" in the UI\'s language, while the stored name stays the default', async () => {
    const project = createProject('s1');
    await i18next.changeLanguage('ko');
    expect(shownProjectName(project.name)).toBe('제목 없는 프로젝트');
    expect(shownProjectName('')).toBe('제목 없는 프로젝트');
    expect(ownName(project.name)).toBe('');
    expect(project.name).toBe('Untitled project');
  });

  it('a name the user gave is shown as given', async () => {
    await i18next.changeLanguage('ko');
    expect(shownProjectName('Spring launch')).toBe('Spring launch');
    expect(ownName('Spring launch')).toBe('Spring launch');
  });
});
