/** Moved to src/lib/safety/frontmatter.ts (the untrusted-content defences live together). */
export * from './safety/frontmatter.ts';
