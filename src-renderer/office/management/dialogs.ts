import type { ManagedStudio, OpenRectification } from '../../../src-shared/office/management-views';

/** The one form open on the management page, if any. */
export type ManagementDialog =
  | { kind: 'check'; studio: ManagedStudio; year: number }
  | { kind: 'recheck'; rectification: OpenRectification }
  | { kind: 'revoke'; studio: ManagedStudio }
  | { kind: 'fact'; studio: ManagedStudio };
