import base from './astro.config.mjs';
export default { ...base, vite: { ...base.vite, build: { sourcemap: 'hidden' } } };
