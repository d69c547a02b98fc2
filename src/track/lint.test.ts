import { describe, expect, it } from 'vitest';
import { hasTagOrDigest } from './lint.js';

describe('hasTagOrDigest', () => {
  it.each([
    ['ubuntu', false],
    ['ubuntu:24.04', true],
    ['ubuntu:latest', true],
    ['python:*', true],
    ['ubuntu@sha256:0123', true],
    ['localhost:5000/app', false],
    ['localhost:5000/app:1', true],
    ['ghcr.io/owner/app', false],
  ])('%s → %s', (reference, tagged) => {
    expect(hasTagOrDigest(reference)).toBe(tagged);
  });
});
