/**
 * Runs `then` in a task after the next frame: the browser has painted what is on screen by then,
 * so work started here never delays that paint. Where there are no frames (a test without a
 * DOM), it runs in the next task.
 */
export function afterNextFrame(then: () => void): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(then, 0))
  else
    setTimeout(then, 0)
}
