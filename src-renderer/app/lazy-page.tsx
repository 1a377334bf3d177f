import { lazy, type ComponentType, type ReactNode } from 'react';

export interface LazyPage {
  /** The page's element; App.tsx wraps it in Suspense, which shows 加载中… until the code has arrived. */
  page: () => ReactNode;
  /** Starts fetching the page's code, so start-up can fetch it alongside its data (main.tsx). */
  preload: () => Promise<unknown>;
}

/**
 * A page whose code is its own chunk, fetched the first time the page is shown: start-up then evaluates
 * only the shell and the first screen, not every step's pages. One import promise serves both the
 * preload and React.lazy, so the code is fetched once.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  const Page = lazy(preload);
  return { page: () => <Page />, preload };
}
