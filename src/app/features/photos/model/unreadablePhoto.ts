/** A camera photo the browser cannot decode (e.g. HEIC on a desktop browser). */
export class UnreadablePhotoError extends Error {
  constructor(readonly fileName: string, cause: unknown) {
    super(`cannot read the image ${fileName}`, { cause })
    this.name = 'UnreadablePhotoError'
  }
}
