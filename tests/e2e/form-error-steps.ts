import type { Locator, Page } from '@playwright/test';
import { systemClock } from '../../src-main/clock';
import { Store } from '../../src-main/store/store';
import { expect, type AppServer } from './fixtures';

/** What the form-error specs look for: an error in Chinese under its field, and nothing technical anywhere. */

const TECHNICAL = /操作\s*\S+\s*的输入|invalid|expected|received|期望|接收|无效输入|undefined|"[\w-]+"\s*\||[A-Za-z]{3,}/i;

/** The error under the form item labelled exactly `label`. */
export function fieldError(scope: Locator, label: string): Locator {
  return scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().locator('.ant-form-item-label label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ant-form-item-explain');
}

/** Every error on screen (under fields, in alerts and notices) reads as Chinese words, none technical. */
export async function noTechnicalErrors(page: Page): Promise<void> {
  const texts = await page.locator('.ant-form-item-explain, .ant-notification-notice, .ant-alert-error').allInnerTexts();
  for (const text of texts) expect(text, text).not.toMatch(TECHNICAL);
}

/** Studios written straight into the app's store (the register's rows, as publication leaves them). */
export function studios(app: AppServer, make: (store: Store) => string[]): string[] {
  const opened = Store.open(app.dataDir, systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  try {
    return make(opened.value);
  } finally {
    opened.value.close();
  }
}
