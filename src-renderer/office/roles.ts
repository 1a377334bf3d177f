import type { KeyRole } from '../../src-shared/api/ops/bundle';

/** The roles a key can be enrolled in (the same list as the API's; kept here so the page does not load zod). */
export const ROLES: KeyRole[] = ['meeting-laptop', 'office', 'expert'];
