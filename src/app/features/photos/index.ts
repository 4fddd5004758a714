// Photos on the device or on the server: shown, resized, fetched from the server when taken on another phone.
export { default as PhotoImage } from './components/PhotoImage.vue'
export { default as PhotoPicker } from './components/PhotoPicker.vue'
export { processPhoto } from './processQueued'
export { UnreadablePhotoError } from './model/photoResize'
export { showFullPhoto } from './showFullPhoto'
