// html-validate over every built page (`npm run check:html`): the recommended rules, with these changes.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki writes each code token's light and dark colours as inline CSS variables (`style="--shiki-light:…"`):
    // that is how dual-theme highlighting works without client JavaScript. The CSP allows inline styles.
    'no-inline-style': 'off',
    // Checkbox groups share one name (`kind`, `topic`, `row`): a multi-valued field, valid HTML.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
