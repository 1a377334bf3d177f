import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Output CommonJS throughout: a sandboxed preload must be CJS, and main stays CJS to match.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve(__dirname, 'src-main/electron/main.ts') },
        external: ['better-sqlite3', 'better-sqlite3-node20', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the first screen's script is a fraction of the size
      // to read and evaluate. Pages and ECharts are separate chunks (React.lazy, dynamic import) with hashed names.
      minify: true,
      // The two largest chunks are each one library loaded whole: React with antd's core (~630 kB, the shell) and
      // ECharts (~530 kB, the results tab only). Anything growing past them is worth a warning.
      chunkSizeWarningLimit: 700,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
