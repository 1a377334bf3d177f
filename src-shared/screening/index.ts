/** Screening (资格审查, Art. 6) against Art. 4 and 5: pure rules, no I/O. */
export * from './calendar';
export * from './check-result';
export * from './checks';
export * from './labels';
export * from './leader-honour';
export * from './manual-checklist';
export * from './outcome';
export * from './running-time';
export * from './summary';
export * from './qualifiers';
