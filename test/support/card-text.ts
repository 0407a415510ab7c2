/** Everything a person can read on an Adaptive Card, as one string: texts, runs, facts, input values, button titles. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') parts.push(element.text);
    if (element.type === 'RichTextBlock' && Array.isArray(element.inlines)) {
      parts.push((element.inlines as { text?: string }[]).map((inline) => inline.text ?? '').join(''));
      return;
    }
    if (element.type === 'Input.Text')
      parts.push(`[${String(element.label ?? '')}: ${String(element.value ?? '')}]`);
    if (
      typeof element.title === 'string' &&
      typeof element.type === 'string' &&
      element.type.startsWith('Action.')
    ) {
      parts.push(`(${element.title})`);
    }
    if (typeof element.title === 'string' && typeof element.value === 'string' && !element.type) {
      parts.push(`${element.title}: ${element.value}`);
    }
    for (const value of Object.values(element)) visit(value);
  };
  visit(card);
  return parts.join('\n');
}

/** The titles of the buttons on a card. */
export function cardButtons(card: unknown): string[] {
  return cardText(card)
    .split('\n')
    .filter((line) => line.startsWith('(') && line.endsWith(')'))
    .map((line) => line.slice(1, -1));
}

/** The Adaptive Card inside a Bot Framework message activity. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = activity.attachments as
    { contentType: string; content: Record<string, unknown> }[] | undefined;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error('the activity holds no Adaptive Card');
  return card.content;
}

/** Visits every element of a card; an element for which `enter` says false is not looked into. */
function eachElement(card: unknown, enter: (element: Record<string, unknown>) => boolean): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (enter(element)) for (const value of Object.values(element)) visit(value);
  };
  visit(card);
}

/**
 * Every text on a card that Teams reads as markdown (TextBlocks, fact values, titles): where nothing a resident
 * wrote may appear. Text runs are left out: they are shown literally.
 */
export function markdownTexts(card: unknown): string[] {
  const found: string[] = [];
  eachElement(card, (element) => {
    if (element.type === 'TextRun') return false;
    for (const field of ['text', 'value', 'title']) {
      if (typeof element[field] === 'string') found.push(element[field]);
    }
    return true;
  });
  return found;
}

/** The texts of a card's literal runs. */
export function literalTexts(card: unknown): string[] {
  const found: string[] = [];
  eachElement(card, (element) => {
    if (element.type === 'TextRun' && typeof element.text === 'string') found.push(element.text);
    return true;
  });
  return found;
}
