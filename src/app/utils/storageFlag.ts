// A yes/no kept in Web Storage. Storage may be blocked (private modes, some in-app browsers):
// a flag that cannot be read is off, and one that cannot be written is simply not kept.

export function readFlag(storage: Storage | undefined, key: string): boolean {
  try {
    return storage?.getItem(key) === '1'
  }
  catch {
    return false
  }
}

export function writeFlag(storage: Storage | undefined, key: string, on = true): void {
  try {
    if (on)
      storage?.setItem(key, '1')
    else
      storage?.removeItem(key)
  }
  catch {
    // Blocked storage: the flag is forgotten, which its callers accept.
  }
}
