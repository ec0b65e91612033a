// Where an open <borger-term> explanation goes on screen. Pure: boxes in, a position out.

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
}

/**
 * Where the explanation goes: below the term if it fits, else above if it fits there, else on the side
 * with more room; lined up with the term's start edge and moved sideways to stay inside the viewport.
 */
export function placeToggletip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  options: { rtl?: boolean; gap?: number; margin?: number } = {},
): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side = size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));
  const y = side === 'below' ? anchor.bottom + gap : anchor.top - gap - size.height;
  const x = options.rtl ? anchor.right - size.width : anchor.left;
  return {
    x: Math.round(clamp(x, margin, viewport.width - margin - size.width)),
    y: Math.round(clamp(y, margin, viewport.height - margin - size.height)),
    side,
  };
}
