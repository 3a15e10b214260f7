import { useEffect, useState } from 'react';

const KEY = 'market-truth.theme';
type Theme = 'dark' | 'light';

/** The theme chosen here before, else the system's: a first visit follows the machine's light/dark setting. */
function initialTheme(): Theme {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button small"
      data-testid="theme-toggle"
      onClick={() => {
        localStorage.setItem(KEY, next);
        setTheme(next);
      }}
      title={`Switch to the ${next} theme`}
      aria-label={`Switch to the ${next} theme`}
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
