// Lint: type-aware TypeScript rules, React hooks, layering (core ← app/server, modes apart) and
// no hard-coded user-visible text in the app (everything goes through i18n).
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const MODES = ['desk', 'booth', 'kiosk', 'console', 'exhibitor', 'pair'];
// Every audience's declarations at once: a screen imports its own audience's module instead.
const API_INDEX = { group: ['**/core/api/index'], message: 'import the declarations of your audience (core/api/console/…, device, exhibitor), not every schema of every audience.' };
const SHARED = ['cards', 'data', 'db', 'i18n', 'net', 'pwa', 'scan', 'sync', 'ui'];

/**
 * no-restricted-imports for every part of src/app. ESLint replaces a rule's options when a later
 * block matches the same file, it does not merge them, so each block carries its full list.
 */
function appLayers() {
  const noServer = [{ group: ['**/server/**'], message: 'the app talks to the server over HTTP only.' }, API_INDEX];
  const noDatabase = { group: ['**/db/*', 'dexie'], message: 'components read and write through src/app/data, never the database (db/, dexie) itself.' };
  const noMode = (from, m) => ({ group: [`**/${m}/**`, `../${m}/*`], message: `${from} does not import the ${m} mode.` });
  const block = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  const area = (folder, patterns) => [block([`src/app/${folder}/**`], patterns), block([`src/app/${folder}/**/*.tsx`], [...patterns, noDatabase])];
  return [
    block(['src/app/**'], noServer),
    block(['src/app/**/*.tsx'], [...noServer, noDatabase]),
    ...MODES.flatMap((mode) => area(mode, [...noServer, ...MODES.filter((m) => m !== mode).map((m) => noMode(`the ${mode} mode`, m))])),
    ...SHARED.flatMap((folder) => area(folder, [...noServer, ...MODES.map((m) => noMode(`shared code (${folder}/)`, m))])),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist.next/**', 'dist.old/**', 'node_modules/**', 'bench/out/**', 'test-results/**', 'playwright-report/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/server/**'], message: 'src/core is shared: it imports neither app nor server.' },
            { group: ['node:*', 'react', 'react-dom', 'dexie', 'fastify', 'pg', '@electric-sql/*'], message: 'src/core is pure TypeScript: no DOM, Node or framework imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'the server never imports the app.' }] }],
    },
  },
  // Addresses of the API live in its declarations (src/core/api) only: everything else calls
  // endpoints through them (the app's typed client, the server's mount), so no URL can drift.
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}'],
    ignores: ['src/core/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/\\/api\\/v1\\//]', message: 'Use the endpoint declaration (src/core/api) and the typed client, not an /api/v1 address.' },
        { selector: 'TemplateElement[value.raw=/\\/api\\/v1\\//]', message: 'Use the endpoint declaration (src/core/api) and the typed client, not an /api/v1 address.' },
      ],
    },
  },
  // The app's layers: a mode folder imports core and shared app code, never another mode; shared
  // code imports no mode; a component reads and writes through data/, never the database itself.
  ...appLayers(),
  {
    files: ['src/app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label'] },
        },
      ],
    },
  },
);
