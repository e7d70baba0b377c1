// Lint: type-aware TypeScript rules, React hooks, layering (core ← app/server, modes apart) and
// no hard-coded user-visible text in the app (everything goes through i18n).
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const MODES = ['desk', 'booth', 'kiosk', 'console', 'pair'];
// Every audience's declarations at once: a screen imports its own audience's module instead.
const API_INDEX = { group: ['**/core/api/index'], message: 'import the declarations of your audience (core/api/console/…, device, exhibitor), not every schema of every audience.' };

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
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'the app talks to the server over HTTP only.' }, API_INDEX] }],
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
  // A mode folder imports core and shared app code, never another mode.
  ...MODES.map((mode) => ({
    files: [`src/app/${mode}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'the app talks to the server over HTTP only.' },
            API_INDEX,
            ...MODES.filter((m) => m !== mode).map((m) => ({ group: [`**/${m}/**`, `../${m}/*`], message: `the ${mode} mode does not import the ${m} mode.` })),
          ],
        },
      ],
    },
  })),
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
