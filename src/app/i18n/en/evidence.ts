import type zh from '../zh-CN/evidence'
import type { Messages } from '../keys'

export default {
  photos: 'Photos',
  takePhoto: 'Take photo',
  processing: 'Processing',
  noPhotos: 'No photos',
  openPhoto: 'Open photo {n}',
  removePhoto: 'Remove photo {n}',
  unreadablePhoto: 'Cannot read the image "{name}". Please choose a JPG or PNG photo.',
  links: 'Published links',
  url: 'Address',
  urlPlaceholder: 'e.g. www.shqp.gov.cn/…',
  caption: 'Caption',
  captionPlaceholder: 'e.g. government website page',
  addLink: 'Add link',
  badLink: 'This is not a web address; enter one starting with http:// or https://.',
  remove: 'Remove',
  confirmRemove: 'Remove this evidence? The removal is synced to the server.',
  removeLink: 'Remove link: {name}',
  // A photo taken on another phone, while it cannot be shown here yet.
  photoState: {
    offline: 'Shown when online',
    missing: 'Not uploaded yet',
    failed: 'Cannot show',
  },
} satisfies Messages<typeof zh>
