/**
 * Says, once per page, that storage could not keep what the reader did (disabled, private
 * mode, full): nothing is lost silently (issue 9.6). Several widgets carry the notice (a page
 * may have any of them) and one of them shows it: the values panel's when the page has one,
 * since its bar is sticky and the notice stays in view wherever the reader acts; otherwise
 * the first mounted. Which one must not depend on the order the islands hydrate in: when
 * it did, the notice could appear in the ExternalId panel far below while the reader typed
 * in the values panel. `role="alert"`: it appears after an action.
 */
import { useEffect, useState } from 'react';
import { atom } from 'nanostores';
import { $storageProblem } from '../stores/guide.ts';
import { useGuideStore } from './use-guide-store.ts';

/** Props of {@link StorageNotice}. */
export interface StorageNoticeProps {
  strings: Readonly<Record<'storage.unavailable' | 'storage.full', string>>;
  /** The values panel's notice: shown in preference to the others. */
  primary?: boolean;
}

interface Candidate {
  readonly id: symbol;
  readonly primary: boolean;
}

/** The mounted notices, in mount order (islands are separate React roots: a store, not a context). */
const $candidates = atom<readonly Candidate[]>([]);

/** The notice that shows the problem: the primary one, else the first mounted. */
function ownerOf(candidates: readonly Candidate[]): symbol | undefined {
  return (candidates.find((c) => c.primary) ?? candidates[0])?.id;
}

/** The notice, or nothing while storage works (or while another widget of the page shows it). */
export function StorageNotice({ strings, primary = false }: StorageNoticeProps) {
  // Null in the server snapshot, so hydration renders nothing here whatever the candidates are.
  const problem = useGuideStore($storageProblem);
  const candidates = useGuideStore($candidates);
  const [me] = useState(() => Symbol('storage-notice'));
  useEffect(() => {
    $candidates.set([...$candidates.get(), { id: me, primary }]);
    return () => $candidates.set($candidates.get().filter((c) => c.id !== me));
  }, [me, primary]);
  if (!problem || ownerOf(candidates) !== me) return null;
  return (
    <p className="guide-callout guide-callout--warning" role="alert" data-storage-problem={problem}>
      {strings[problem === 'full' ? 'storage.full' : 'storage.unavailable']}
    </p>
  );
}
