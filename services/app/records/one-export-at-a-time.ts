import { AppError } from '../../domain/app-error';

/**
 * An export or an archive package reads a whole period: one at a time per person, on this instance. A second one
 * while the first runs is refused with 'export_busy' (429, "Ditt förra uttag pågår fortfarande").
 */
export function oneExportAtATime(): <T>(personId: string, work: () => Promise<T>) => Promise<T> {
  const running = new Set<string>();
  return async (personId, work) => {
    if (running.has(personId)) throw new AppError('export_busy', 'An export of this person is running');
    running.add(personId);
    try {
      return await work();
    } finally {
      running.delete(personId);
    }
  };
}
