// Bundles the map UI into static/dist/ (run by `make web`; the output is
// git-ignored and embedded by go build).
import { build } from 'esbuild';

await build({
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: 'static/dist',
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'info',
});
