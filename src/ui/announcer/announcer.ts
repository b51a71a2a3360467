import { createContext, useContext } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface AnnouncerState {
  message: string;
  /** Counts announcements: the live region re-renders its text for each, repeats included. */
  serial: number;
}

export interface Announcer {
  store: StoreApi<AnnouncerState>;
  announce: (message: string) => void;
}

/** One per app, made in the composition root; the live region renders its last message. */
export function createAnnouncer(): Announcer {
  const store = createStore<AnnouncerState>()(() => ({ message: '', serial: 0 }));
  return {
    store,
    announce: (message) => store.setState((s) => ({ message, serial: s.serial + 1 })),
  };
}

export const AnnouncerContext = createContext<Announcer | null>(null);

/** Components outside a provider (tests of a single panel) announce to nobody. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnouncerContext)?.announce ?? noop;
}

const noop = () => undefined;
