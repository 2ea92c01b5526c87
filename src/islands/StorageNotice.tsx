/**
 * Says, once per page, that storage could not keep what the reader did (disabled, private
 * mode, full): nothing is lost silently (issue 9.6). Several widgets carry the notice (a page
 * may have any of them); only the first one mounted shows it. `role="alert"`: it appears
 * after an action.
 */
import { useEffect, useState } from 'react';
import { $storageProblem } from '../stores/guide.ts';
import { useGuideStore } from './use-guide-store.ts';

/** Props of {@link StorageNotice}. */
export interface StorageNoticeProps {
  strings: Readonly<Record<'storage.unavailable' | 'storage.full', string>>;
}

// Which mounted notice shows the problem (the first; the next takes over when it unmounts).
let owner: symbol | null = null;

/** The notice, or nothing while storage works (or while another widget of the page shows it). */
export function StorageNotice({ strings }: StorageNoticeProps) {
  const problem = useGuideStore($storageProblem);
  const [me] = useState(() => Symbol('storage-notice'));
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (owner === null) owner = me;
    setShowing(owner === me);
    return () => {
      if (owner === me) owner = null;
    };
  }, [me]);
  if (!problem || !showing) return null;
  return (
    <p className="guide-callout guide-callout--warning" role="alert" data-storage-problem={problem}>
      {strings[problem === 'full' ? 'storage.full' : 'storage.unavailable']}
    </p>
  );
}
