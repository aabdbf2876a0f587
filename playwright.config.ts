import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// AW_WEB_PORT lets several test runs share one machine (see vite.web.config.ts).
const WEB_PORT = Number(process.env.AW_WEB_PORT ?? 4173)
// Debian's Chromium where it is installed (CI, this project's machines); elsewhere Playwright's own.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  // A team server (issue 18) for the run; specs find it in AW_TEAM_SERVER (e2e/support/team-server-setup.ts).
  globalSetup: './e2e/support/team-server-setup.ts',
  projects: [
    {
      name: 'web',
      testDir: 'e2e/web',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${WEB_PORT}`,
        trace: 'retain-on-failure',
        launchOptions: {
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${WEB_PORT}`,
    url: `http://127.0.0.1:${WEB_PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
