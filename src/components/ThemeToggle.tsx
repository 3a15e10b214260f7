import { useEffect, useState } from 'react';

const KEY = 'market-truth.theme';
type Theme = 'dark' | 'light';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem(KEY) === 'light' ? 'light' : 'dark'));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return (
    <button
      type="button"
      className="button small"
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      title="Light or dark theme"
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
