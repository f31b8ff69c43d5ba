import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './views/common/ErrorBoundary';
// The app's own fonts (the latin subsets load on first use): the same letters on every
// lecturer's laptop and projector, and the bytes Export image embeds in a slide.
import '@fontsource-variable/inter/wght.css';
import '@fontsource-variable/jetbrains-mono/wght.css';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // A transition lets React render the first page in slices, so opening a link never holds
  // the main thread in one long task (a click during it is answered between slices).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
