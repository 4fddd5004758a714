export default {
  update: {
    label: 'App update',
    available: 'A new version is ready.',
    saveFirst: 'A new version is ready. Save what you are typing first, then update.',
    reloadPending: 'A new version was activated in another window; this one reloads once you save what you are typing.',
    apply: 'Update now',
  },
  install: {
    title: 'Install on this phone',
    why: 'Opened from the home screen, the app works without network and the system is less likely to clear its records.',
    button: 'Add to home screen',
    installed: 'Installed on the home screen',
    iosTitle: 'Install on iPhone / iPad',
    iosSteps: 'Open this page in Safari, tap the Share button at the bottom, choose "Add to Home Screen", then tap "Add".',
  },
}
