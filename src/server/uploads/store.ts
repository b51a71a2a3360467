import { createHash, randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  contentMatches,
  sniffMedia,
  SNIFF_BYTES,
  type SniffedType,
} from '../../domain/media-sniff';

export class UploadRefused extends Error {
  override name = 'UploadRefused';
  constructor(
    readonly status: 400 | 413 | 415 | 507,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Stored {
  name: string;
  size: number;
  sniffed: SniffedType;
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * DATA_DIR/uploads: files named by content hash, written to a temporary file and renamed into
 * place only when complete and proven by content; the directory never grows past its quota
 * (bytes in flight count too, so parallel uploads cannot overshoot it together).
 */
export class UploadStore {
  private used: number;

  constructor(
    readonly dir: string,
    private readonly limitBytes: number,
    private readonly quotaBytes: number,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.startsWith('.tmp-')) unlinkSync(join(dir, name)); // left by a crash
    this.used = readdirSync(dir).reduce((sum, name) => sum + sizeOf(join(dir, name)), 0);
  }

  get usedBytes(): number {
    return this.used;
  }

  private full(extra: number) {
    return new UploadRefused(
      507,
      'UPLOADS_FULL',
      `The server's upload space is full (${Math.round(this.quotaBytes / 1048576)} MB, UPLOADS_QUOTA_MB): this file (${Math.ceil(extra / 1024)} KB) does not fit. Delete old uploads or raise the quota.`,
    );
  }

  /** Streams `body` to disk; throws UploadRefused (nothing is kept) when it is refused. */
  async save(
    body: Readable,
    declaredExt: string,
    declaredLength: number | undefined,
    label: string,
  ): Promise<Stored> {
    if (declaredLength !== undefined && declaredLength > this.limitBytes) throw this.tooLarge();
    if (declaredLength !== undefined && this.used + declaredLength > this.quotaBytes)
      throw this.full(declaredLength);
    const temp = join(this.dir, `.tmp-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headBytes = 0;
    let size = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        size += chunk.length;
        this.used += chunk.length;
        if (size > this.limitBytes) return done(this.tooLarge());
        if (this.used > this.quotaBytes) return done(this.full(size));
        if (headBytes < SNIFF_BYTES) {
          head.push(chunk);
          headBytes += chunk.length;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(temp, { flags: 'wx' }));
      if (size === 0) throw new UploadRefused(400, 'EMPTY_UPLOAD', 'The uploaded file is empty.');
      const sniffed = sniffMedia(Buffer.concat(head).subarray(0, SNIFF_BYTES));
      if (!sniffed || !contentMatches(declaredExt, sniffed))
        throw new UploadRefused(
          415,
          'CONTENT_MISMATCH',
          `The file's content is not ${label}${sniffed ? ` (it looks like ${sniffed.toUpperCase()})` : ''}. Upload an image, video or audio file whose content matches its type.`,
        );
      const name = `${hash.digest('hex').slice(0, 32)}.${declaredExt}`;
      const final = join(this.dir, name);
      this.used -= sizeOf(final); // the same content uploaded again replaces itself
      renameSync(temp, final);
      return { name, size, sniffed };
    } catch (error) {
      this.used -= size;
      try {
        unlinkSync(temp);
      } catch {
        // never created
      }
      throw error;
    }
  }

  private tooLarge() {
    return new UploadRefused(
      413,
      'BODY_TOO_LARGE',
      `The file is larger than this server accepts (${Math.round(this.limitBytes / 1048576)} MB, UPLOAD_LIMIT_MB).`,
    );
  }
}
