/**
 * Playwright's test, watching every page of every journey for translations missing from a
 * catalogue: the app reports them on the console in development builds (src/lib/i18n.ts), and
 * a journey that meets one fails, on whichever page and in whichever language.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

export * from '@playwright/test';

// The prefix src/lib/i18n.ts writes; the e2e tests do not import the app.
const missingTranslation = 'Missing translation:';

export const test = base.extend<{ completeTranslations: void }>({
  completeTranslations: [
    async ({ context, browser }, use) => {
      const missing: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on('console', (message) => {
          if (message.type() === 'error' && message.text().startsWith(missingTranslation)) missing.push(`${message.page()?.url()}: ${message.text()}`);
        });
      watch(context);
      // Journeys that open their own contexts (another user beside the first) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        watch(opened);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(missing, 'translations missing from a catalogue').toEqual([]);
    },
    { auto: true },
  ],
});
