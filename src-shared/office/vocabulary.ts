/** A studio of the register: active, under rectification after an annual check (Art. 17), or revoked (kept, never deleted). */
export const STUDIO_STATUSES = ['active', 'rectifying', 'revoked'] as const;
export type StudioStatus = (typeof STUDIO_STATUSES)[number];

/** How a studio entered the register: published by this office, or taken over from an earlier year's list. */
export const STUDIO_SOURCES = ['published', 'imported'] as const;
export type StudioSource = (typeof STUDIO_SOURCES)[number];

/** The office's decision on one proposed studio before publication (Art. 7: the panel only proposes). */
export const PUBLICATION_DECISIONS = ['adopt', 'not-adopt'] as const;
export type PublicationDecision = (typeof PUBLICATION_DECISIONS)[number];
