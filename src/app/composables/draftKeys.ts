/** Drafts are the signed-in person's typing: sign-out removes every key with this prefix. */
export const draftPrefix = 'kaifangri.draft.'
