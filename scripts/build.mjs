// Builds what clasp pushes (build/addon: Code.js, the sidebar HTML, appsscript.json) and,
// beside it, the Node command line (build/cli.js), which is never pushed.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const addon = join(out, 'addon');
const GLOBAL = 'Sujarit';

rmSync(addon, { recursive: true, force: true });
mkdirSync(addon, { recursive: true });

// 1. Apps Script only sees top-level function declarations, so the bundle's exports are listed
//    from an ESM pre-build's metafile and each gets a one-line global stub forwarding to the bundle.
const gasEntry = join(root, 'src/gas/main.ts');
const pre = await build({ entryPoints: [gasEntry], bundle: true, format: 'esm', write: false, metafile: true, outdir: addon, logLevel: 'silent' });
const exportNames = Object.values(pre.metafile.outputs).flatMap((o) => o.exports ?? []).sort();
const stubs = exportNames
  .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
  .join('\n');
await build({
  entryPoints: [gasEntry],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2019',
  charset: 'utf8',
  outfile: join(addon, 'Code.js'),
  banner: { js: '// Sujarit — built by scripts/build.mjs; edit src/, not this file.' },
  footer: { js: `\n// Entry points Apps Script can call (menus, triggers, google.script.run).\n${stubs}\n` },
  logLevel: 'warning',
});

// 2. The sidebar: its client script is bundled and inlined into one HTML file.
const client = await build({ entryPoints: [join(root, 'src/ui/sidebar.ts')], bundle: true, format: 'iife', target: 'es2019', charset: 'utf8', write: false, logLevel: 'warning' });
const css = readFileSync(join(root, 'src/ui/sidebar.css'), 'utf8');
const html = readFileSync(join(root, 'src/ui/sidebar.html'), 'utf8')
  .replace('/*INLINE_CSS*/', () => css)
  .replace('/*INLINE_JS*/', () => client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script'));
writeFileSync(join(addon, 'Sidebar.html'), html);

copyFileSync(join(root, 'appsscript.json'), join(addon, 'appsscript.json'));

// 3. The Node command line over the same core.
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  charset: 'utf8',
  packages: 'external',
  outfile: join(out, 'cli.js'),
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});

console.log(`built build/addon (Code.js with ${exportNames.length} entry points, Sidebar.html, appsscript.json) and build/cli.js`);
