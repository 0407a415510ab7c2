import type { Platform } from '../domain/platform';

/** How an item reached Svarsvakten: a platform's webhook, or a read (a poll, or the read-back beside a webhook). */
export type IntakePath = 'webhook' | 'read';

/** Told what reaches each account, so its intake can be watched (when it last had a comment, and by which path). */
export interface IntakeObserver {
  arrived(platform: Platform, accountId: string, writtenAt: string, via: IntakePath): void;
}

/** Told how each read of an account went: the platform answered, or refused with an error of some kind. */
export interface ReadObserver {
  read(platform: Platform, accountId: string): void;
  failed(platform: Platform, accountId: string, code: string): void;
}
