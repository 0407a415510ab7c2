import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'test-results/', 'vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The services are called by bot/ (doors, schedules and wiring), never the other way round.
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bot/**', 'botbuilder*', 'restify*'],
              message: 'services/ does not reach into bot/: bot/ calls the services.',
            },
          ],
        },
      ],
    },
  },
  {
    // Use cases and the ports they need know the world only through the ports.
    files: ['services/app/**/*.ts', 'services/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bot/**', '**/adapters/**', 'botbuilder*', 'restify*', '@azure/*', 'pino'],
              message:
                'A use case reaches storage, Teams and the platforms through a port, never an adapter.',
            },
            {
              group: ['node:perf_hooks', 'node:timers', 'node:timers/*'],
              message: 'A use case reads time and waits through the Clock port.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['setTimeout', 'setInterval', 'setImmediate', 'performance'].map((name) => ({
          name,
          message: 'A use case reads time and waits through the Clock port.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'A use case reads time through the Clock port.' },
      ],
    },
  },
  {
    files: ['services/domain/**/*.ts', 'cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'botbuilder*',
                '@azure/*',
                'restify*',
                'pino',
                'node:http',
                'node:https',
                '**/adapters/**',
                '**/bot/**',
              ],
              message: 'Domain and card code stays free of I/O and SDKs.',
            },
          ],
        },
      ],
    },
  },
  {
    // The overview tab's page scripts run in the browser, as plain scripts.
    files: ['tab/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'navigator',
          'fetch',
          'getComputedStyle',
          'setTimeout',
          'setInterval',
          'clearInterval',
          'URL',
          'URLSearchParams',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // The simulated week's bot process: plain CommonJS that loads the built bot and nothing else.
    files: ['bench/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: Object.fromEntries(
        ['require', 'process', 'console', 'globalThis', 'performance', 'setTimeout'].map((n) => [
          n,
          'readonly',
        ]),
      ),
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    files: [
      'bot/local/**/*.ts',
      'bot/start.ts',
      'bot/archive/run-archive.ts',
      'bot/preflight/run-preflight.ts',
      'manifest/build-package.ts',
      'bot/demo/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
