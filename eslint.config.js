import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const FRAMEWORKS = ['react', 'react-*', 'react/*', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*', '@dnd-kit/*'];

/** Imports of the given top-level folders of src, reached by any relative path. */
function above(folders) {
  return [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)` }];
}

/** A layer's files may not import what `forbidden` names; tests are exempt. */
function layer(files, message, forbidden) {
  const patterns = forbidden.map((entry) =>
    typeof entry === 'string' ? { group: [entry], message } : { message, ...entry },
  );
  return {
    files: [`${files}.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      react,
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
    },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'react/no-danger': 'error',
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
      'react/jsx-key': 'error',
      'react/no-array-index-key': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layers of the README's "Code habits", held here rather than in memory. Tests may reach
  // into any layer to set up their data.
  layer('src/domain/**', 'The domain is pure: it imports no framework, storage or other layer.', [
    ...FRAMEWORKS,
    'dexie',
    ...above(['db', 'data', 'features', 'ui', 'app', 'state', 'i18n']),
  ]),
  layer('src/db/**', 'The database layer imports only the domain.', [
    ...FRAMEWORKS,
    ...above(['data', 'features', 'ui', 'app', 'state', 'i18n']),
  ]),
  layer('src/data/**', 'The data layer knows no view.', above(['features', 'ui', 'app'])),
  layer('src/ui/**', 'Shared components know no feature and no storage.', above(['features', 'app', 'db', 'data'])),
  layer('src/i18n/**', 'The i18n layer knows no feature and no storage.', above(['features', 'app', 'db', 'data'])),
  layer('src/features/*/*', 'Features read and write through src/data, and reach another feature through its index.ts.', [
    ...above(['db', 'app']),
    { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$)', message: 'Import another feature through its index.ts.' },
  ]),
  layer('src/features/*/*/*', 'Features read and write through src/data, and reach another feature through its index.ts.', [
    ...above(['db', 'app']),
    { regex: '^\\.\\./\\.\\./(?!\\.\\.)[^/]+/(?!index$)', message: 'Import another feature through its index.ts.' },
  ]),
  {
    // Tests read snapshot files and stored records back as untyped JSON to change or inspect them.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter, which must be an object
    // pattern even when the fixture depends on nothing.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
