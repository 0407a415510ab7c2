/**
 * Text someone outside the city wrote (a comment, a name, a post's words) or that carries it (a reply with the
 * resident's name), as Adaptive Card elements that show it exactly as written. A `TextRun` inside a `RichTextBlock`
 * is never read as markdown, so nothing needs escaping and no client shows backslashes; the one thing Teams still
 * reads in any text, an `<at>` mention, is broken with an invisible word joiner so it stays plain text.
 */

type Element = Record<string, unknown>;

export interface RunStyle {
  readonly weight?: 'bolder';
  readonly italic?: boolean;
  readonly isSubtle?: boolean;
  readonly size?: 'small' | 'medium';
  readonly color?: string;
  /** A link on the run itself: only for URLs built by Svarsvakten from validated ids. */
  readonly url?: string;
}

const WORD_JOINER = '\u2060';

/** `<at>` and `</at>` lose their power to mention anyone; everything else is left as typed. */
export function withoutMentions(value: string): string {
  return value.replace(/<(\/?)(at)/gi, `<$1${WORD_JOINER}$2`);
}

export function run(value: string, style: RunStyle = {}): Element {
  const { url, ...rest } = style;
  return {
    type: 'TextRun',
    text: withoutMentions(value),
    ...rest,
    ...(url ? { selectAction: { type: 'Action.OpenUrl', url } } : {}),
  };
}

/** A block of runs: the product's own words and literal text side by side, on one wrapped line. */
export function runs(inlines: readonly Element[], extra: Element = {}): Element {
  return { type: 'RichTextBlock', inlines, ...extra };
}

/** One literal text as a block of its own. */
export function literal(value: string, style: RunStyle = {}, extra: Element = {}): Element {
  return runs([run(value, style)], extra);
}
