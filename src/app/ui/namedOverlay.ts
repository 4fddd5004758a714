import type { OverlayProps } from 'vant'

/**
 * Overlay props for a Vant popup that closes on a tap outside: Vant gives that overlay
 * role="button" and no name. Its type lists only the overlay's own props, but the overlay
 * passes other attributes on to its element.
 */
export function namedOverlay(name: string): Partial<OverlayProps> {
  return { 'aria-label': name } as Partial<OverlayProps>
}
