import { Component, createContext, type ErrorInfo, type ReactNode } from 'react';

/**
 * How a crashed view gets its lab out of the state that crashed it. The shell provides it
 * (app/sync.ts): `crashed` stops that state from being autosaved (so a reload does not crash
 * again), `recover` goes back to the last state that was saved, or the default.
 */
export interface Recovery {
  crashed(): void;
  recover(): void;
  /** bumped by each recovery: every boundary that caught the old state tries again */
  epoch: number;
}
export const RecoveryContext = createContext<Recovery | null>(null);

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
 * way back, never a blank page, and never a crash that comes back on every reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  static override contextType = RecoveryContext;
  declare context: Recovery | null;
  override state: State = { error: null };
  private caughtAt = -1;

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Ringside view error', error, info.componentStack);
    this.caughtAt = this.context?.epoch ?? 0;
    this.context?.crashed();
  }

  override componentDidUpdate(): void {
    // another boundary's Try again recovered the lab: this one tries again too
    if (this.state.error && this.context && this.context.epoch !== this.caughtAt)
      this.setState({ error: null });
  }

  private tryAgain = (): void => {
    this.context?.recover();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="crash-panel">
        <h2>Something went wrong in {this.props.label ?? 'Ringside'}.</h2>
        <p>{error.message}</p>
        <p>
          The state that caused it is not autosaved. Try again goes back to the last state that
          worked (or the lab&rsquo;s default).
        </p>
        <div className="row">
          <button type="button" onClick={this.tryAgain}>
            Try again
          </button>
          <button
            type="button"
            onClick={() => {
              this.context?.crashed();
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
