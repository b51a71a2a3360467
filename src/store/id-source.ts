import { idFromUuid, type IdSource } from '../domain/ids';

/** The app's id source: `crypto.randomUUID` based; tests pass a counting `randomUUID`. */
export function createIdSource(randomUUID: () => string = () => crypto.randomUUID()): IdSource {
  return (prefix) => idFromUuid(prefix, randomUUID());
}
