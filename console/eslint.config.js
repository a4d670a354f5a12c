// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/schema.d.ts', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      // TypeScript checks names (typescript-eslint's advice for typed code).
      'no-undef': 'off',
      // Messages are text, never HTML (STYLE.md: no HTML strings in alerts).
      'vue/no-v-html': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='dangerouslyUseHTMLString'][value.value=true]",
          message: 'show messages as text, never as HTML',
        },
      ],
    },
  },
);
