// English map strings for chapters 3–9 (labels, legends, captions). Kept apart from the UI
// dictionary so story work and UI work do not collide.
export const enStory = {} as const;
