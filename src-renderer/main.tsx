import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { i18n } from './i18n';

/** The stored language is applied before the first paint, so the page never flashes the other one. */
async function boot(): Promise<void> {
  const settings = await api('settings.get');
  if (settings.ok) {
    await i18n.changeLanguage(settings.value.language);
    document.documentElement.lang = settings.value.language;
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
