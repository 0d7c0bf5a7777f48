/** The editor features over one analysed manifest. */
export { hoverAt, provisionHover, type Hover } from './hover';
export { assetDefinition, assetReferences, prepareAssetRename, renameAsset, assetHover, type AssetTarget } from './assets';
export { completionAt, type CompletionItem, type CompletionKind } from './completion';
export { fixesFor, addAllMissing, addAllMissingRequirements, type Fix } from './fixes';
export { documentSymbols, coverageLens, coverageTitle, documentLinks, foldingRanges, type DocumentSymbol, type Lens, type Link, type Fold } from './outline';
export type { TextEdit } from '../model/edits';
export { starterManifest, type StarterOptions } from './report';
export { cardHoverAt, cardCompletionAt, cardFixesFor, FRONT_MATTER_KEYS } from './card';
