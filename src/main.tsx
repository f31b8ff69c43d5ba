import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './views/common/ErrorBoundary';
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
