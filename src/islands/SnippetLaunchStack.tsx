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
import { $externalId, defaultValues, initGuideStore, markUsed, toGuideInputs, type BrowserSettings } from '../stores/guide.ts';
import { pageSettings } from '../stores/settings.ts';
import { fill } from '../core/i18n/fill.ts';
import { LAUNCH_STACK_FIELDS, launchStackFit, quickCreateUrl } from '../core/launch-stack.ts';
import { placeholderModel } from '../core/placeholders.ts';
import { validateInputs } from '../core/validate.ts';
import type { GuideModel } from '../core/types.ts';
import type { LaunchStackStrings } from '../utils/snippet-strings.ts';
import { slice } from './slices.ts';
import { $snippetSource } from './snippet-preview.ts';
import { buildCfnTemplate, cfnLinkParameterValues } from '../core/artifacts/cfn-template.ts';
import { useGuideStore } from './use-guide-store.ts';

/** Props of {@link SnippetLaunchStack}, passed by `src/user-components/LaunchStack.astro`. */
export interface LaunchStackProps {
  lang: Lang;
  strings: LaunchStackStrings;
}

/**
 * The model of the published template: the vendor's defaults (what the template at
 * `templateUrl` was generated from, README). Fields a default leaves invalid (no account ID,
 * no ExternalId) are placeholders; the template holds neither.
 */
function publishedModel(settings: BrowserSettings): GuideModel {
  const inputs = toGuideInputs(settings, defaultValues(settings), '');
  const validation = validateInputs(inputs, { vendorAccountId: settings.vendorAccountId });
  return validation.ok ? validation.model : placeholderModel(inputs, validation.errors);
}

let published: GuideModel | null = null;

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
    parameters: cfnLinkParameterValues(model),
    // Values from a link are proposals: the link opens the console only once the reader confirmed them.
    linkPending: preview.linkPending.length > 0,
    blocking: validation.ok ? [] : validation.errors.filter((issue) => LAUNCH_STACK_FIELDS.has(issue.field)),
    externalIdInvalid: !validation.ok && validation.errors.some((i) => i.field === 'externalId'),
    // On the model as it is: an invalid value the template holds is a link field (blocking, above);
    // one it does not hold (the account ID) is no concern of the published template.
    // The template's builder, imported here: this island is only on the page that shows the
    // template, whose builders file holds it (the helper and this island stay out of \`guide\`, chunks.ts).
    fit: launchStackFit(model, (published ??= publishedModel(pageSettings())), buildCfnTemplate),
  };
});


/** The Launch Stack link and the ExternalId instruction. */
export default function SnippetLaunchStack({ lang, strings }: LaunchStackProps) {
  // The settings come from the build (stores/settings.ts), once per page, not as a prop.
  initGuideStore();
  const settings = pageSettings();
  const launch = useGuideStore($launch);
  const externalId = useGuideStore($externalId);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  if (!launch) return null;
  const { linkPending, blocking, fit } = launch;
  const { region } = launch;
  const url = quickCreateUrl({
    templateUrl: settings.templateUrl,
    region,
    partition: launch.partition,
    stackName: STACK_NAME,
    parameters: launch.parameters,
  });
  const usable = blocking.length === 0 && fit === 'fits' && !linkPending;
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
      {/* The region by name whenever it is valid (not only while the button is there): an invalid one is its placeholder. */}
      <p>{fill(strings['launchStack.intro'], { region: blocking.some((i) => i.field === 'region') ? region : `${regionName(region, lang)} (${region})` })}</p>
      {usable ? (
        <a className="launch-stack-button" href={url} target="_blank" rel="noopener noreferrer">
          {strings['launchStack.button']}
          <span className="sr-only"> {strings['launchStack.newTab']}</span>
        </a>
      ) : (
        <div className="snippet-blocked">
          {linkPending ? (
            <p data-link-pending="">{strings['launchStack.linkPending']}</p>
          ) : blocking.length === 0 && fit !== 'fits' ? (
            <p data-launch-differs={fit}>
              {fit === 'parameters'
                ? fill(strings['launchStack.parameters'], { clusters: settings.defaultClusters.length, patterns: settings.repoPatterns.length })
                : strings['launchStack.content']}
            </p>
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
