import { metaCommentDelivery } from '../bot/demo/meta-comment-delivery';
import { signMetaBody } from '../bot/webhooks/meta/verify-meta-signature';
import { SECRET } from './bench-process';

const PAGE = '180001234567890';
/** Meta keeps delivering again for hours; the benchmark gives a delivery this many attempts (minutes at 1 s). */
const ATTEMPTS = 300;

/** One comment's delivery as Meta makes it: answered 200 (stored), or 503 and delivered again after Retry-After. */
export interface Delivered {
  readonly author: string;
  /** The acknowledgement time of the attempt that was accepted. */
  readonly ackMs: number;
  /** Attempts answered 503 before it was accepted. */
  readonly shed: number;
  readonly startedAt: number;
  readonly ok: boolean;
}

/**
 * Delivers comments to the bot under test, as Meta does: signed, and retried when the bot sheds load. Each on a
 * post of its own, or all on `onePost`; writers named `Bänk <n>`, or `<name> <nnn>` (no name the start of another).
 */
export function commentSender(base: string, writtenAt: number, named?: { name: string; onePost?: string }) {
  let seq = 0;
  return async (): Promise<Delivered> => {
    seq += 1;
    const author = named ? `${named.name} ${String(seq).padStart(3, '0')}` : `Bänk ${seq}`;
    const { body } = metaCommentDelivery({
      pageId: PAGE,
      ...(named?.onePost ? { postId: `${PAGE}_${named.onePost}` } : {}),
      author,
      text: `Fråga ${seq} om sophämtningen`,
      writtenAt,
    });
    const startedAt = Date.now();
    for (let shed = 0; shed < ATTEMPTS; shed += 1) {
      const started = performance.now();
      const response = await fetch(`${base}/api/webhooks/meta`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signMetaBody(body, SECRET) },
        body,
      });
      await response.arrayBuffer();
      const ackMs = performance.now() - started;
      if (response.status !== 503) return { author, ackMs, shed, startedAt, ok: response.ok };
      const retryAfter = Number(response.headers.get('Retry-After') ?? '1');
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
    return { author, ackMs: NaN, shed: ATTEMPTS, startedAt, ok: false };
  };
}

/** Comments at a steady rate for `seconds`; resolves when every one was accepted (or given up on). */
export async function atRate(
  send: () => Promise<Delivered>,
  rate: number,
  seconds: number,
): Promise<Delivered[]> {
  const sends: Promise<Delivered>[] = [];
  for (let i = 0; i < rate * seconds; i += 1) {
    sends.push(new Promise((resolve) => setTimeout(() => void send().then(resolve), (i * 1000) / rate)));
  }
  return Promise.all(sends);
}
