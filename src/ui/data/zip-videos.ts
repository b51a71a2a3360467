import { Zip, ZipPassThrough } from 'fflate';
import i18next from 'i18next';
import { downloadUrl } from '../../api/jobs';

export interface ZipItem {
  jobId: string;
  file: string;
}

/**
 * Streams videos into a zip: each download is read chunk by chunk into fflate's streaming Zip
 * (stored, not deflated: mp4 is compressed already), and the zip's chunks become Blob parts, which
 * the browser may keep on disk. No video is ever held whole in one buffer.
 */
export async function zipVideos(
  items: readonly ZipItem[],
  extra: { file: string; text: string }[],
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const parts: BlobPart[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk as Uint8Array<ArrayBuffer>);
  });
  for (const { file, text } of extra) {
    const entry = new ZipPassThrough(file);
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  }
  let done = 0;
  for (const item of items) {
    const response = await fetch(downloadUrl(item.jobId), { signal });
    if (!response.ok || !response.body)
      throw new Error(
        i18next.t('batch.downloadFailed', { file: item.file, status: response.status }),
      );
    const entry = new ZipPassThrough(item.file);
    zip.add(entry);
    const reader = response.body.getReader();
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      entry.push(value);
    }
    entry.push(new Uint8Array(0), true);
    onProgress(++done);
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(parts, { type: 'application/zip' });
}
