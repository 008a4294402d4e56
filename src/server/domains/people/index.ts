// The people domain: customer records (the customer-database issue builds it out).
export { insertPeopleBatch, type BulkPerson } from './bulk.ts';
export { peopleRoutes } from './routes.ts';
export { registerMergeFollowUp, registerPersonReference, type MergeFollowUp, type PersonReference } from './references.ts';
export {
  becomeCustomers, createProspects, lapseCustomers, matchPeople, notesBefore, personNames, resolveCustomers, stagesBefore, touchLastActivity,
  type CustomerKeys, type MatchKeys, type ResolvedCustomers, type TimelineRow,
} from './customers.ts';
export { findLivePerson } from './record-service.ts';
export { preparePerson, type PreparedPerson } from './rules.ts';
export { mergeIncoming, type IncomingPerson } from './import-rules.ts';
export { removeUnusedTags, undoImportedPeople, writeImportedPeople, type ImportUndoResult, type ImportWriteResult, type PersonImportChange } from './import-write.ts';
export { registerFilterField, type FilterField, type FilterFieldOp } from './filter-fields.ts';
export { duplicateRoutes } from './duplicate-routes.ts';
export { duplicateScanJob, scanDuplicates } from './duplicate-scan.ts';

import { registerCustomValueHolder } from '../fields/index.ts';
// People hold custom values in people.custom (see the fields domain).
registerCustomValueHolder({ entityType: 'person', table: 'people' });
