import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: ['test/podman/**'],
          // One Docker daemon, one learner: end-to-end files run one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The track on Podman's Docker-compatible API: `npm run test:podman` starts Podman, runs these, stops it.
        test: { name: 'podman', include: ['test/podman/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 1_500_000 },
      },
    ],
  },
});
