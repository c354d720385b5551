/** The page background of each theme (--bg in src/styles/global.css): theme-color and the manifest. */
export const themeColours = { light: '#ffffff', dark: '#0f1419' } as const;
