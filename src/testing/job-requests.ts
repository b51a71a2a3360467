/** A chroma-key export and the job view the server answers, shared by the job route tests. */
export const V3 = '/api/odin/v3';

export const chroma = {
  language: 'ko',
  text: '안녕하세요',
  model: 'M000004017',
  clothes: 'BG00006160',
  isExport: true,
};

export type J = {
  id: string;
  status: string;
  progress: number;
  attempts: number;
  error: string | null;
  downloadUrl: string | null;
  projectId: string;
  credit: number | null;
  request?: unknown;
};
