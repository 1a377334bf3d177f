/** Strings of the office pages (keys, bundle import and verification); kept apart so each step owns its file. */
export const officeZhCN = {};
