import { rowKeyPart } from './comment-entity';

/**
 * The row beside a comment that says its figures are due: `f|<comment id>` in the comment's partition, written
 * (again) in the same transaction as every change to the comment, dropped once the overview's figures count it
 * (services/app/overview/figure-keeper.ts). A crash between the two leaves it for the keeper's next sweep.
 */
export const FIGURES_DUE_PREFIX = 'f|';

export type FigureMarkerEntity = { partitionKey: string; rowKey: string; commentId: string };

export function figureMarkerKey(commentId: string): string {
  return FIGURES_DUE_PREFIX + rowKeyPart(commentId);
}

export function figureMarker(platform: string, commentId: string): FigureMarkerEntity {
  return { partitionKey: platform, rowKey: figureMarkerKey(commentId), commentId };
}
