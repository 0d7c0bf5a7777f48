/**
 * The people and teams a manifest names (system.owner, an entry's owner or approvedBy) as OSCAL
 * parties, one per distinct name, with a uuid derived from the name so that the same owner is the
 * same party in every document and on every run. The manifest does not say whether a name is a
 * person or a team, so every party is typed `organization` (a mailbox or a team is the usual
 * owner), and its remarks say where the name comes from.
 */
import { uuidFor, type Metadata } from './common';
import { emailLike, plain, type Json } from './implementation';

export type Party = Json;

export function partyUuid(name: string): string {
  return uuidFor(`manifest-party:${plain(name) ?? ''}`);
}

/** The uuid of the party for a name from the manifest, added to `parties` on first use. */
export function ownerParties(parties: Map<string, Party>, name: string): string {
  const text = plain(name) ?? '';
  const uuid = partyUuid(text);
  if (!parties.has(uuid)) {
    parties.set(uuid, {
      uuid,
      type: 'organization',
      name: text,
      ...(emailLike(text) ? { 'email-addresses': [text] } : {}),
      remarks: 'Named in an ai-security.yaml manifest (an owner or an approver); the manifest does not say whether this is a person or a team.',
    });
  }
  return uuid;
}

/** The metadata with the manifest's parties after the tool's, in the order first named. */
export function withParties(m: Metadata, parties: Map<string, Party>): Metadata {
  return { ...m, parties: [...m.parties, ...([...parties.values()] as unknown as Metadata['parties'])] };
}
