// The fields of a person a column of an imported file can fill, in the order the mapping step
// shows them, with the form's field id whose label names them (Fluent `import-field-<id>`).

import type { ColumnMapping, PersonField } from "../../generated/types";

export const PERSON_FIELDS: readonly { code: PersonField; fieldId: string }[] = [
  { code: "last-name", fieldId: "lastName" },
  { code: "first-name", fieldId: "firstName" },
  { code: "birth-year", fieldId: "birthYear" },
  { code: "gender", fieldId: "gender" },
  { code: "social-status", fieldId: "socialStatus" },
  { code: "commune", fieldId: "commune" },
  { code: "postal-code", fieldId: "communePostalCode" },
  { code: "insee-code", fieldId: "communeInseeCode" },
  { code: "phone", fieldId: "phone" },
  { code: "email", fieldId: "email" },
  { code: "notes", fieldId: "notes" },
];

/** The column of `field` in `mapping`, or null when the field is not read. */
export function columnOf(mapping: ColumnMapping, field: PersonField): number | null {
  return mapping.columns[field] ?? null;
}

/** A copy of `mapping` with `field` read from `column` (null: not read). */
export function withColumn(mapping: ColumnMapping, field: PersonField, column: number | null): ColumnMapping {
  const columns = { ...mapping.columns };
  if (column === null) delete columns[field];
  else columns[field] = column;
  return { ...mapping, columns };
}
