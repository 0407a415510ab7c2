import type { Platform } from '../../services/domain/platform';
import { LINKEDIN } from './linkedin';
import { FACEBOOK, INSTAGRAM, MESSENGER } from './meta';
import type { PlatformEntry } from './platform-entry';
import { X } from './x';
import { YOUTUBE } from './youtube';

/**
 * Every platform Svarsvakten serves, as the composition root wires it: publishers, moderators, readers, webhooks
 * and preflight probes all come from here. A platform missing from this record does not compile.
 */
export const PLATFORM_REGISTRY: Readonly<Record<Platform, PlatformEntry>> = {
  facebook: FACEBOOK,
  messenger: MESSENGER,
  instagram: INSTAGRAM,
  linkedin: LINKEDIN,
  x: X,
  youtube: YOUTUBE,
};
