// Evidence kept for a checklist item (photos and links). Public: what the task page shows and records.
export { default as EvidenceLinks } from './components/EvidenceLinks.vue'
export { default as EvidencePhotos } from './components/EvidencePhotos.vue'
export { useEvidence } from './composables/useEvidence'
