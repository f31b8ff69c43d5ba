import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** what to call the part that failed, e.g. "the ring view" */
  label?: string;
}
interface State {
  error: Error | null;
}

/**
 * Last line of defence: anything a view throws is caught here and shown as a message with a
 * way back, never a blank page. The stores keep the user's work (and localStorage has it).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Ringside view error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="crash-panel">
        <h2>Something went wrong in {this.props.label ?? 'Ringside'}.</h2>
        <p>{error.message}</p>
        <p>Your scenario is kept. You can try again, or go back to the default view.</p>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button
            type="button"
            onClick={() => {
              window.location.hash = '';
              window.location.reload();
            }}
          >
            Reload
          </button>
        </div>
      </div>
    );
  }
}
