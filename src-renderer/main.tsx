import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/prefetch';
import { App } from './app/App';
import { routeFor, ROUTES } from './app/routes';
import { hashRoute } from './app/use-hash-route';
import { setOfficeTimeZone } from './draw/local-time';
import { i18n } from './i18n';

/**
 * The stored language (and the office's time zone) is applied before the first paint, so the page never flashes the other one. The first
 * screen's code and data are asked for at the same time as the settings, not after them.
 */
async function boot(): Promise<void> {
  const first = routeFor(hashRoute(ROUTES[0].key));
  first.prefetch?.();
  // Through the prefetch store: a page of the first screen that reads the settings takes this same answer.
  const [settings] = await Promise.all([prefetch('settings.get'), first.preload().catch(() => undefined)]);
  if (settings.ok) {
    await i18n.changeLanguage(settings.value.language);
    document.documentElement.lang = settings.value.language;
    setOfficeTimeZone(settings.value.timeZone);
  }
  // Going to another page: its first data and its code are asked for at once, not once the code has come and rendered.
  window.addEventListener('hashchange', () => {
    const next = routeFor(hashRoute(ROUTES[0].key));
    next.prefetch?.();
    void next.preload().catch(() => undefined);
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
