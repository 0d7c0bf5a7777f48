/**
 * What the language status item says, kept short: VS Code's hover shows an item's text, its detail
 * and its command's link on one line, without wrapping, so a long text pushed "Show coverage
 * report" off the window. The whole sentence is for screen readers. No vscode import: the text is
 * tested as plain data.
 */
import type { Coverage } from '../../server/src/core/types';

export interface StatusText {
  text: string;
  detail: string;
  /** The same, in words, for the accessibility label. */
  spoken: string;
  /** Requirements (shall) are not all addressed. */
  warning: boolean;
}

export function coverageStatus(cov: Coverage): StatusText {
  const { shall, should } = cov.byVerb;
  return {
    text: `$(shield) ${cov.addressed}/${cov.applicable} addressed`,
    detail: `shall ${shall.addressed}/${shall.applicable} \u00b7 should ${should.addressed}/${should.applicable}${cov.upcoming ? ` \u00b7 ${cov.upcoming} later` : ''}`,
    spoken:
      `${cov.addressed} of ${cov.applicable} applicable provisions addressed: requirements ${shall.addressed} of ${shall.applicable}, ` +
      `recommendations ${should.addressed} of ${should.applicable}${cov.upcoming ? `; ${cov.upcoming} more apply at a later lifecycle stage` : ''}`,
    warning: shall.addressed < shall.applicable,
  };
}

/** With aiSecurity.files set the item shows on every YAML file: this one is not checked. */
export const NOT_A_MANIFEST: StatusText = {
  text: '$(shield) Not a manifest',
  detail: 'see aiSecurity.files',
  spoken: 'Not a manifest: neither ai-security.yaml nor matched by the aiSecurity.files setting',
  warning: false,
};
