/**
 * "Launch Stack": opens CloudFormation's quick-create page in the reader's region with the
 * vendor's published template, the stack name and every parameter except the ExternalId
 * (NoEcho: the console ignores it in a link, and a secret does not belong in a URL). Beside
 * it, the instruction to paste the ExternalId there, with a copy button.
 *
 * Only rendered when the vendor settings hold the template's S3 URL (`templateUrl`).
 */
import { useEffect, useState } from 'react';
import { STACK_NAME } from '../core/artifacts/deploy-stack.ts';
import { formatIssue } from './issue-text.ts';
import { regionName } from '../core/regions.ts';
import type { Lang } from '../core/types.ts';
import { $externalId, initGuideStore, markUsed } from '../stores/guide.ts';
import { pageSettings } from '../stores/settings.ts';
import { fill } from '../core/i18n/fill.ts';
import { launchStackParameters, quickCreateUrl } from '../utils/launch-stack.ts';
import type { LaunchStackStrings } from '../utils/snippet-strings.ts';
import { slice, useSlice } from './slices.ts';
import { $snippetSource } from './snippet-preview.ts';
import { useGuideStore } from './use-guide-store.ts';

/** Props of {@link SnippetLaunchStack}, passed by `src/user-components/LaunchStack.astro`. */
export interface LaunchStackProps {
  lang: Lang;
  strings: LaunchStackStrings;
}

/** Fields whose values go into the link. */
const LINK_FIELDS = new Set(['region', 'clusters', 'repoPatterns']);

/**
 * What the island shows, from the page's preview: a keystroke that changes none of it (the
 * account ID, which the link does not carry) does not render the island.
 */
const $launch = slice([$snippetSource], (source) => {
  if (!source) return null;
  const { model, preview } = source;
  const { validation } = preview;
  return {
    region: model.region,
    partition: model.partition,
    parameters: launchStackParameters(model),
    clusters: model.clusters.length,
    repoPatterns: model.repoPatterns.length,
    // Values from a link are proposals: the link opens the console only once the reader confirmed them.
    linkPending: preview.linkPending.length > 0,
    blocking: validation.ok ? [] : validation.errors.filter((issue) => LINK_FIELDS.has(issue.field)),
    externalIdInvalid: !validation.ok && validation.errors.some((i) => i.field === 'externalId'),
  };
});


/** The Launch Stack link and the ExternalId instruction. */
export default function SnippetLaunchStack({ lang, strings }: LaunchStackProps) {
  // The settings come from the build (stores/settings.ts), once per page, not as a prop.
  initGuideStore();
  const settings = pageSettings();
  const launch = useSlice($launch);
  const externalId = useGuideStore($externalId);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  if (!launch) return null;
  const { linkPending, blocking } = launch;
  const model = { region: launch.region };
  // The published template was generated from the vendor's defaults: it has one parameter per default item.
  const tooMany = launch.clusters > settings.defaultClusters.length || launch.repoPatterns > settings.repoPatterns.length;
  const url = quickCreateUrl({
    templateUrl: settings.templateUrl,
    region: launch.region,
    partition: launch.partition,
    stackName: STACK_NAME,
    parameters: launch.parameters,
  });
  const usable = blocking.length === 0 && !tooMany && !linkPending;
  const hasId = externalId !== '' && !launch.externalIdInvalid;

  const copyId = async () => {
    if (!hasId) return;
    try {
      await navigator.clipboard.writeText(externalId);
      setCopied(true);
      markUsed('externalId.copied');
      setStatus('');
      requestAnimationFrame(() => setStatus(strings['launchStack.copiedExternalId']));
    } catch {
      setStatus('');
    }
  };

  return (
    <div className="launch-stack not-content" data-launch-stack="" data-print-hide="">
      <p>{fill(strings['launchStack.intro'], { region: usable ? `${regionName(model.region, lang)} (${model.region})` : model.region })}</p>
      {usable ? (
        <a className="launch-stack-button" href={url} target="_blank" rel="noopener noreferrer">
          {strings['launchStack.button']}
          <span className="sr-only"> {strings['launchStack.newTab']}</span>
        </a>
      ) : (
        <div className="snippet-blocked">
          {linkPending ? (
            <p data-link-pending="">{strings['launchStack.linkPending']}</p>
          ) : tooMany ? (
            <p>{fill(strings['launchStack.tooMany'], { clusters: settings.defaultClusters.length, patterns: settings.repoPatterns.length })}</p>
          ) : (
            <>
              <p>{strings['launchStack.blocked']}</p>
              <ul>
                {[...new Set(blocking.map((issue) => formatIssue(issue, lang)))].map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <p className="launch-stack-external-id">
        <span>{strings['launchStack.externalId']}</span>{' '}
        {hasId ? (
          <button type="button" className="snippet-button" data-copied={copied ? '' : undefined} onClick={() => void copyId()}>
            {copied ? strings['launchStack.copiedExternalId'] : strings['launchStack.copyExternalId']}
          </button>
        ) : (
          <span className="launch-stack-missing">{strings['launchStack.noExternalId']}</span>
        )}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
