// Site settings a maintainer may change.

/**
 * The repository's address for editing a file on its default branch (for example
 * `https://github.com/<owner>/<repo>/edit/main`). A page's "Edit this page" link appends the page's
 * source path (`content/docs/en/glossary.mdx`). Unset (undefined): no link is shown.
 */
export const editBaseUrl: string | undefined = undefined;
