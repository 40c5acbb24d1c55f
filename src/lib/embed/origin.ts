import { normalizeOrigin } from './params';

/**
 * Which messages the embed answers and where it posts its own (docs/embed.md, "Origins").
 *
 * - Only the embedding page talks to the embed: a message is accepted only when its `source` is `window.parent`
 *   (another frame or a popup cannot drive it, whatever its origin).
 * - With `origin=` in the embed URL the host pins the origins: messages from any other origin are ignored, and the
 *   embed posts only to those origins (postMessage's targetOrigin, so the browser drops them if the parent is
 *   anything else). An `origin=` that holds no valid origin accepts nothing.
 * - Without `origin=`, the embed accepts messages from the parent whatever its origin, and posts to the parent's
 *   origin as the browser reports it (location.ancestorOrigins, else document.referrer). If neither is available
 *   (a `referrerpolicy="no-referrer"` iframe in a browser without ancestorOrigins) it learns the origin from the
 *   first message the parent sends and announces itself then. It never posts with targetOrigin `*`.
 */
export interface OriginPolicy {
  /** Pinned origins from `origin=`, or null (any origin the parent has). */
  pinned: string[] | null;
  /** Where posts go; empty until known. */
  targets: string[];
}

export function makeOriginPolicy(
  pinned: string[] | null,
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string
): OriginPolicy {
  if (pinned !== null) return { pinned, targets: [...pinned] };
  const fromAncestors = ancestorOrigins && ancestorOrigins.length > 0 ? normalizeOrigin(ancestorOrigins[0]!) : null;
  const parent = fromAncestors ?? originOfUrl(referrer);
  return { pinned: null, targets: parent ? [parent] : [] };
}

function originOfUrl(url: string): string | null {
  if (!url) return null;
  try {
    return normalizeOrigin(new URL(url).origin);
  } catch {
    return null;
  }
}

/** Whether a message event may drive the embed. */
export function acceptsMessage(policy: OriginPolicy, origin: string, fromParent: boolean): boolean {
  if (!fromParent) return false;
  if (policy.pinned !== null) return policy.pinned.includes(origin);
  return normalizeOrigin(origin) !== null;
}

/** After an accepted message: learn the parent's origin if it was unknown. Returns true when it was just learned. */
export function learnOrigin(policy: OriginPolicy, origin: string): boolean {
  if (policy.pinned !== null || policy.targets.length > 0) return false;
  const o = normalizeOrigin(origin);
  if (!o) return false;
  policy.targets.push(o);
  return true;
}
