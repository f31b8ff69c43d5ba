import type { ReactNode } from 'react';
import { Axes, H, W, type AxesProps } from './Axes';

/**
 * One plot of the Statistics panel: a figure named `figure`, its title, and an SVG named `svg`
 * holding the axes; `children` draw the data over them.
 */
export function Plot({
  figure,
  title,
  svg,
  axes,
  children,
}: {
  figure: string;
  title: ReactNode;
  svg: string;
  axes: AxesProps;
  children: ReactNode;
}) {
  return (
    <figure className="plot" aria-label={figure}>
      <h3>{title}</h3>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={svg}>
        <Axes {...axes} />
        {children}
      </svg>
    </figure>
  );
}
