import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_APP_PORT ?? 4173), strictPort: true },
  // Only VITE_* variables reach the bundle; the service key in .env.development never does.
  envPrefix: 'VITE_',
});
