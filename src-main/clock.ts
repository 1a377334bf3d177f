/** Where the services take the time from: `ServiceContext.now` and the store's audit log. */
export type Clock = () => Date;

/** The one real clock. Every other place in src-main and src-shared takes the time from a `Clock` it is given. */
export const systemClock: Clock = () => new Date();
