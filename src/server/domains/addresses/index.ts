// The addresses domain: Japanese postal-code lookup for autofill. It owns no tables.
export { addressRoutes } from './routes.ts';
