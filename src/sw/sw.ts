// The service worker entry: it only wires the features that live in sibling files.
import { askPagesToSyncOnBackgroundSync } from './backgroundSync'
import { serveAppShellForNavigations } from './navigation'
import { acceptSharedPlans } from './shareTarget'
import { precacheAppShell } from './precache'
import { activateOnRequest } from './update'

declare const self: ServiceWorkerGlobalScope

precacheAppShell(self.__WB_MANIFEST)
serveAppShellForNavigations()
acceptSharedPlans(self)
activateOnRequest(self)
askPagesToSyncOnBackgroundSync(self)
