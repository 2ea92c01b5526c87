/**
 * What a setup check (the check-setup page) tells the checklist: one `$used` mark per passing
 * check, `check.<check id>.passed` (e.g. `check.role.repoPusher.trust.passed`), and for the
 * per-cluster checks one mark per kind over every cluster (`check.cluster.access.passed`: all
 * clusters' access passed), so the marks name no customer value. A check that no longer passes
 * removes its mark. Only these booleans are kept; the pasted text and the report are not.
 */
import type { CheckReport } from '../core/check/checks.ts';
import { $used } from './state.ts';

/** The `$used` mark of a passing check (or cluster-check kind). */
export function checkPassedKey(id: string): string {
  return `check.${id}.passed`;
}

/** The marks a report sets (true) or clears (false). */
export function checkMarks(report: Pick<CheckReport, 'results'>): Record<string, boolean> {
  const marks: Record<string, boolean> = {};
  const clusterKinds: Record<string, boolean> = {};
  for (const result of report.results) {
    const cluster = /^cluster\..+\.(\w+)$/.exec(result.id);
    if (cluster) {
      const kind = cluster[1]!;
      clusterKinds[kind] = (clusterKinds[kind] ?? true) && result.status === 'pass';
    } else {
      marks[checkPassedKey(result.id)] = result.status === 'pass';
    }
  }
  for (const [kind, passed] of Object.entries(clusterKinds)) marks[checkPassedKey(`cluster.${kind}`)] = passed;
  return marks;
}

/** Records a report's marks in `$used` (set when passed, removed otherwise). */
export function recordCheckMarks(report: Pick<CheckReport, 'results'>): void {
  const current = $used.get();
  const next = { ...current };
  let changed = false;
  for (const [key, passed] of Object.entries(checkMarks(report))) {
    if (passed && current[key] !== true) {
      next[key] = true;
      changed = true;
    } else if (!passed && Object.hasOwn(current, key)) {
      delete next[key];
      changed = true;
    }
  }
  if (changed) $used.set(next);
}
