import type { Voice } from '../domain/schema/envelope';
import type { JobEvents } from './jobs/events';
import type { JobFollower } from './jobs/follower';
import type { JobStore } from './jobs/store';
import type { Settings } from './settings';
import type { UpstreamClient } from './upstream/client';

/** What the routes share; built once by `buildApp`. */
export interface ServerContext {
  settings: Settings;
  client: UpstreamClient;
  store: JobStore;
  events: JobEvents;
  follower: JobFollower;
  /** Whose credits exports spend (the submission limit is per account). */
  account: string;
  /** The clock of deadlines and timestamps (tests move it). */
  now: () => number;
  /** True when the upstream is the built-in simulator. */
  simulator: boolean;
  voices: Voice[];
}
