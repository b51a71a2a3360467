import { zipSync } from 'fflate';
import i18next from 'i18next';
import { downloadUrl } from '../../api/jobs';
import { saveFile } from '../common/save-file';

/** Fetches each finished video through our server and saves them as one zip (stored, not deflated: mp4 is compressed already). */
export async function downloadZip(
  items: { jobId: string; name: string }[],
  onProgress: (done: number) => void,
) {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  let done = 0;
  for (const item of items) {
    const response = await fetch(downloadUrl(item.jobId));
    if (!response.ok)
      throw new Error(
        i18next.t('batch.downloadFailed', { file: item.name, status: response.status }),
      );
    files[item.name] = [new Uint8Array(await response.arrayBuffer()), { level: 0 }];
    onProgress(++done);
  }
  const zip = zipSync(files);
  saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), 'chromakey-batch.zip');
}
