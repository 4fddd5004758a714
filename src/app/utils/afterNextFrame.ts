/**
 * Runs `then` in a task after the next frame: the browser has painted what is on screen by then,
 * so work started here never delays that paint.
 */
export function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then))
}
