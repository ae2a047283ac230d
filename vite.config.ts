import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects CSS through <style> elements, which the strict CSP forbids; relax
 * style-src for `vite` (dev) only. The build and `npm start` serve the strict policy unchanged.
 */
const devCsp: Plugin = {
  name: 'kravkit-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [react(), devCsp],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first page stays small: docx, pdf.js, contract readers and the template library are
    // loaded with dynamic import() when used.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
