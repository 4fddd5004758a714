// Photos on the device or on the server: shown, resized, fetched from the server when taken on another phone.
export { default as PhotoImage } from './components/PhotoImage.vue'
export { default as PhotoPicker } from './components/PhotoPicker.vue'
export { processPhoto } from './processQueued'
export { UnreadablePhotoError } from './model/unreadablePhoto'

/**
 * Shows a stored photo full size. Its code (and the viewer's, which it loads in turn) comes with the
 * first tap on a photo, not with the screens that list photos; it is precached, so offline too.
 */
export async function showFullPhoto(sha256: string): Promise<void> {
  const { showFullPhoto: show } = await import('./showFullPhoto')
  await show(sha256)
}
