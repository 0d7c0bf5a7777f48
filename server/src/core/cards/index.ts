export { analyzeModelCard, CARD_CODES, type CardLink, type ModelCardAnalysis, type CardContext } from './analyze';
export { isModelCardName, isHuggingFaceCard, isReadme, modelCardLinks } from './detect';
export { CARD_SECTIONS } from './sections';
export { cardHoverAt, cardCompletionAt, cardFixesFor, FRONT_MATTER_KEYS } from './features';
