import type { SavedAnswer } from '../domain/saved-answer';

/** The saved answers (svarsmallar) admins keep in the overview tab. */
export interface SavedAnswers {
  list(): Promise<SavedAnswer[]>;
  get(id: string): Promise<SavedAnswer | undefined>;
  save(answer: SavedAnswer): Promise<void>;
  /** False when there was no such answer. */
  remove(id: string): Promise<boolean>;
}
