// What scripts/team-provision.mjs loads: the server-side plans only, not the documents' row
// schemas the rest of core/team brings (the script starts faster for it).
export * from './provision-plan'
export * from './shared-audit-plan'
