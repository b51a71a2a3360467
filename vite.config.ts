import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { compression } from 'vite-plugin-compression2';
import { CHROMIUM_ARGS } from './e2e/playwright.config';

const serverPort = Number(process.env.SERVER_PORT ?? 5174);

export default defineConfig({
  // Every text asset also as .br and .gz beside it, served by @fastify/static's preCompressed.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  server: {
    proxy: Object.fromEntries(
      // Host kept as the browser sent it: the server checks Origin against it (README "Security").
      ['/api', '/sim-assets', '/uploads', '/hooks'].map((path) => [
        path,
        { target: `http://127.0.0.1:${serverPort}`, changeOrigin: false },
      ]),
    ),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Chromium compiles each script on a background thread while it downloads, one thread per
        // script: the two large libraries in chunks of their own compile beside the app's code
        // instead of after it in one long file (bench/first-load.ts).
        codeSplitting: {
          groups: [
            { name: 'fabric', test: /node_modules[\\/]fabric[\\/]/ },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Server tests open a Postgres (PGlite copy) per test; on a loaded 2-core CI that takes seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['src/{domain,store,canvas,server,api,merge,cli,i18n,app}/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.browser.test.ts'],
        },
      },
      {
        // Fabric needs a real 2D context: the stage's tests run in Debian's Chromium.
        extends: true,
        // Bundled before the run: a re-optimisation mid-run reloads the test page.
        optimizeDeps: {
          include: [
            '@dnd-kit/core',
            '@dnd-kit/sortable',
            '@dnd-kit/utilities',
            '@tanstack/react-query',
            '@testing-library/react',
            'es-hangul',
            'fabric',
            'i18next',
            'i18next-browser-languagedetector',
            'idb',
            'react-colorful',
            'react-dom/client',
            'react-i18next',
            'zod',
            'zundo',
            'zustand',
            'zustand/middleware',
            'zustand/react/shallow',
            'zustand/vanilla',
          ],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1000, height: 700 } }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, '**/*.browser.test.*'],
          setupFiles: ['src/testing/i18n-setup.ts'],
        },
      },
    ],
  },
});
