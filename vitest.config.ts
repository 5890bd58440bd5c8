import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests give the same answer every run: a fixed time zone for any date arithmetic.
    env: { TZ: 'Asia/Shanghai' },
  },
});
