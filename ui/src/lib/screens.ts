// The screens read when first shown (components/LazyScreen.svelte), each a chunk of its own.
// The start screens (the list, the unlock, the first start) stay in the main script.

export const screens = {
  beneficiaryForm: () => import("../components/BeneficiaryForm.svelte"),
  beneficiaryFile: () => import("../components/BeneficiaryFile.svelte"),
  auditLog: () => import("../components/AuditLog.svelte"),
  settings: () => import("../features/settings/SettingsScreen.svelte"),
  security: () => import("../components/SecuritySettings.svelte"),
  activityForm: () => import("../features/activity/ActivityForm.svelte"),
  startProcedure: () => import("../features/procedures/StartProcedure.svelte"),
  procedure: () => import("../features/procedures/ProcedureScreen.svelte"),
  followUp: () => import("../features/follow-up/FollowUpScreen.svelte"),
  statistics: () => import("../features/statistics/StatisticsScreen.svelte"),
  exports: () => import("../features/exports/ExportsScreen.svelte"),
  importPeople: () => import("../features/import/ImportPeopleScreen.svelte"),
  catalogue: () => import("../features/procedures/CatalogueSettings.svelte"),
  personView: () => import("../features/person-view/PersonViewScreen.svelte"),
};
