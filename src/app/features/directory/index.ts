// The unit directory (单位名录). Other features show unit names and offer units through
// useDirectory(): displayName(id), myOrganizationUnits, organizationId.
export { useDirectory } from './composables/useDirectory'
export { directoryTreeRows, myOrganizationId, unitDisplayName, unitsOfOrganization } from './model/directoryView'
