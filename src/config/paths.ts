/** Every route of the app, in one table. */
export const paths = {
  home: { path: '/', href: () => '/' },
} as const;
