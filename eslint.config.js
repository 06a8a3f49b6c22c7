// typescript-eslint's strict type-checked rules over the whole tree (npm run lint, part of npm test).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'client/dist/**',
      'client/dist-e2e/**',
      '.corenlp/**',
      '.neo4j/**',
      'test-results/**',
      '**/*.mjs',
      '*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Array and Map lookups are checked by noUncheckedIndexedAccess; a `!` after a proven lookup says so.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers and booleans in template strings are the common, readable case.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // async marks functions that honour a Promise contract (Extractor, the worker pool) with a synchronous body.
      '@typescript-eslint/require-await': 'off',
      // Text cleaning and Cypher's lexer match NUL and the C0 separators on purpose.
      'no-control-regex': 'off',
      // neo4j-driver types its session and driver options as classes, but its documented API takes plain objects.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON bodies and driver records whose shape is the assertion itself.
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Clean-up hooks guard with ?. because set-up may have failed half-way; JSON bodies are untyped.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
);
