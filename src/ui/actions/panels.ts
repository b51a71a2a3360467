/** The dialogs the editor opens; the composition root renders each. */
export type Panel =
  | 'export'
  | 'jobs'
  | 'json'
  | 'projects'
  | 'batch'
  | 'custom'
  | 'help'
  | 'import'
  | 'account'
  | 'reflow'
  | 'data';
