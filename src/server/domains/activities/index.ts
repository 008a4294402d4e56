// The activities domain: the communication history (calls, visits, emails …), touchpoint categories, and
// the person's timeline that shows it with purchases, contracts, notes and stage changes.
export { activityRoutes } from './routes.ts';

import { registerCustomValueHolder } from '../fields/index.ts';
import { registerFigureSource } from '../figures/index.ts';
import { registerPersonReference } from '../people/index.ts';
import { latestPerKind } from './service.ts';
registerPersonReference({ table: 'activities', personColumn: 'person_id', key: ['activity_id'] });
registerFigureSource(latestPerKind);
// Activities hold custom values in activities.custom (see the fields domain).
registerCustomValueHolder({ entityType: 'activity', table: 'activities' });
