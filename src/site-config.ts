// Site settings a maintainer may change.

/**
 * The repository's address for editing a file on its default branch (for example
 * `https://github.com/<owner>/<repo>/edit/main`). A page's "Edit this page" link appends the page's
 * source path (`content/docs/en/glossary.mdx`). Unset (undefined): no link is shown.
 */
export const editBaseUrl: string | undefined = undefined;

/**
 * Commits that changed one language's page only, on purpose, made before such commits said so with
 * `[one-language]` in their subject (src/lib/page-history.ts): they do not make the twin "outdated".
 */
export const oneLanguageCommits: readonly string[] = [
  // zh/build-container-images: 源码仓库地址 → 源码版本库地址 (termbase wording; nothing to carry over).
  '24ad9f38ccc9adcb7d753a89d357bdfb70c8d594',
];
