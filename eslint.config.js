// ESLint lints and formats (no Prettier): @stylistic carries the formatting rules.
import stylistic from '@stylistic/eslint-plugin'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'
import { appBoundaries } from './eslint/appBoundaries.js'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process', 'url', 'stream', 'zlib']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'tests/.artifacts/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, jsx: false }),
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      'prefer-const': 'error',
      'eqeqeq': ['error', 'smart'],
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': ['error', { html: { void: 'always', normal: 'never', component: 'always' } }],
    },
  },
  // Layer boundaries from CONVENTIONS.md.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app/**', '**/server/**', '**/sw/**', '**/cli/**', 'vue', 'dexie', 'pinia', 'vant', ...nodeBuiltins], message: 'src/shared is isomorphic: no app, server, DOM or Node imports.' },
      ] }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app/**', '**/sw/**', 'vue', 'dexie', 'pinia', 'vant'], message: 'The server imports only src/shared.' },
      ] }],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.vue', 'src/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**', '**/cli/**', ...nodeBuiltins], message: 'Browser code cannot import server or Node modules.' },
      ] }],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.vue'],
    // Tests arrange and check what is stored, so they may open the database.
    ignores: ['src/app/db/**', 'src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['dexie', '**/db/database'], message: 'Only the repositories in src/app/db touch Dexie.' },
        { group: ['**/server/**', '**/cli/**', ...nodeBuiltins], message: 'Browser code cannot import server or Node modules.' },
      ] }],
    },
  },
  // Features, shared UI and data inside src/app: eslint/appBoundaries.js.
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.vue'],
    plugins: { app: { rules: { boundaries: appBoundaries } } },
    rules: { 'app/boundaries': 'error' },
  },
)
