import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The app's layers import in one direction: the shared code (components, lib, config, types)
// knows no feature and no route; a feature knows the shared code and itself, never another
// feature; only app/ (the router, the routes and the layout) puts features together.
const layers = [
  {
    target: './src/{components,lib,config,types,testing}/**',
    from: ['./src/features/**', './src/app/**'],
    message: 'Shared code knows no feature and no route: move it to the feature or to app/.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}/**`,
    from: ['./src/app/**', ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}/**`)],
    message: 'A feature imports shared code and itself only; app/ puts features together.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.local', 'coverage', 'playwright-report', 'test-results', 'src/types/database.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The local stack stays self-contained: it never reaches into the app.
    files: ['supabase/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/src/app/**', '**/src/features/**', '**/src/lib/**', '@/*'] }] },
  },
  {
    // Everyone else uses the local stack through its entry point, supabase/local/index.ts.
    files: ['**/*.{ts,tsx}'],
    ignores: ['supabase/local/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/supabase/local/src/**', '**/supabase/local/tests/**', '**/local/src/**', '**/local/tests/**'] }] },
  },
);
