// The fields domain: custom field definitions and their options; the records' domains store the values.
export { fieldRoutes } from './routes.ts';
export { checkValues as checkCustomValues, listFields, nextCustomValues } from './service.ts';
export { registerCustomValueHolder } from './holders.ts';
/** The pure check, for callers that have the fields already (an import checks a million rows against one list). */
export { checkCustomValues as checkCustomValuesAgainst } from './values.ts';
