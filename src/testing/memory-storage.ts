import type { StateStorage } from 'zustand/middleware';

/** A `localStorage` stand-in that keeps what is written in memory (one per test). */
export const memoryStorage = (): StateStorage => {
  const kept = new Map<string, string>();
  return {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
};
