// html-validate over every built page (`npm run check:html`): the recommended rules, minus one.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki writes each code token's light and dark colours as inline CSS variables (`style="--shiki-light:…"`):
    // that is how dual-theme highlighting works without client JavaScript. The CSP allows inline styles.
    'no-inline-style': 'off',
  },
};
