import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.SERVER_PORT ?? 5174);

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(
      ['/api', '/sim-assets', '/uploads', '/hooks'].map((path) => [path, `http://127.0.0.1:${serverPort}`]),
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
          include: ['src/{domain,store,canvas,server,api}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
