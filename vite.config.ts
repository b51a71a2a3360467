import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

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
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
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
          include: ['src/{domain,store,canvas,server,api,merge,cli,i18n}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/i18n-setup.ts'],
        },
      },
    ],
  },
});
