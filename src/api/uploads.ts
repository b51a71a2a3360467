import { z } from 'zod';
import { call } from './client';

/** Stores a file on our server (under DATA_DIR) and returns the URL it is served at. */
export async function uploadFile(file: Blob): Promise<string> {
  const data = await call('/api/uploads', z.object({ url: z.string() }), { raw: file });
  return data.url;
}
