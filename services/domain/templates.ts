import defaults from './templates.sv.json';

/** The texts Svarsvakten publishes on an account's behalf (P4, P5, P8, P9); each account may override them. */
export interface ReplyTemplates {
  readonly signature: string;
  readonly holdingReply: string;
  readonly referralReply: string;
  readonly referralLink: string;
}

export const DEFAULT_TEMPLATES: ReplyTemplates = {
  signature: defaults.signatur,
  holdingReply: defaults.vi_har_sett,
  referralReply: defaults.hanvisning,
  referralLink: defaults.hanvisning_lank,
};

/** Fills a template: {namn} is the commenter's first name, {länk} the account's contact link. */
export function fillTemplate(template: string, commenterName: string, link: string): string {
  const first = commenterName.trim().split(/\s+/)[0] ?? '';
  return template.replaceAll('{namn}', first).replaceAll('{länk}', link).replace(/Hej !/g, 'Hej!').trim();
}
