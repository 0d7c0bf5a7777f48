/** OSCAL documents from the Code's catalogue and from manifests: the commands' one import. */
export * from './common';
export * from './catalog';
export * from './profile';
