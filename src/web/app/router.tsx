import { createBrowserRouter } from 'react-router';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { CompaniesPage } from '../features/companies/CompaniesPage.tsx';
import { CompanyPage } from '../features/companies/CompanyPage.tsx';
import { NewCompanyPage } from '../features/companies/NewCompanyPage.tsx';
import { DuplicatePairPage } from '../features/duplicates/DuplicatePairPage.tsx';
import { DuplicatesPage } from '../features/duplicates/DuplicatesPage.tsx';
import { CustomFieldsPage } from '../features/fields/CustomFieldsPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ImportPage } from '../features/imports/ImportPage.tsx';
import { ImportsPage } from '../features/imports/ImportsPage.tsx';
import { NewImportPage } from '../features/imports/NewImportPage.tsx';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage.tsx';
import { LifecyclePage } from '../features/lifecycle/LifecyclePage.tsx';
import { MembersPage } from '../features/members/MembersPage.tsx';
import { NewPersonPage } from '../features/people/NewPersonPage.tsx';
import { PeoplePage } from '../features/people/PeoplePage.tsx';
import { PersonPage } from '../features/people/PersonPage.tsx';
import { ProductsPage } from '../features/products/ProductsPage.tsx';
import { RenewalsPage } from '../features/renewals/RenewalsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { TouchpointsPage } from '../features/touchpoints/TouchpointsPage.tsx';
import { RequireRole, RequireSession, Root } from './guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { ComingSoonPage, CrashPage, NotFoundPage } from './pages.tsx';

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <CrashPage />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/invite/:token', element: <AcceptInvitationPage /> },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/new', element: <RequireRole role="member"><NewPersonPage /></RequireRole> },
          { path: '/people/:personId', element: <PersonPage /> },
          { path: '/duplicates', element: <DuplicatesPage /> },
          { path: '/duplicates/:personAId/:personBId', element: <DuplicatePairPage /> },
          { path: '/imports', element: <RequireRole role="member"><ImportsPage /></RequireRole> },
          { path: '/imports/new', element: <RequireRole role="member"><NewImportPage /></RequireRole> },
          { path: '/imports/:importId', element: <RequireRole role="member"><ImportPage /></RequireRole> },
          { path: '/companies', element: <CompaniesPage /> },
          { path: '/companies/new', element: <RequireRole role="member"><NewCompanyPage /></RequireRole> },
          { path: '/companies/:companyId', element: <CompanyPage /> },
          { path: '/contracts/renewals', element: <RenewalsPage /> },
          { path: '/segments', element: <ComingSoonPage feature="segments" /> },
          { path: '/delivery', element: <ComingSoonPage feature="delivery" /> },
          { path: '/forms', element: <ComingSoonPage feature="forms" /> },
          { path: '/reports', element: <ComingSoonPage feature="reports" /> },
          { path: '/members', element: <MembersPage /> },
          { path: '/api-keys', element: <RequireRole role="admin"><ApiKeysPage /></RequireRole> },
          { path: '/audit', element: <RequireRole role="admin"><AuditPage /></RequireRole> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/settings/fields', element: <CustomFieldsPage /> },
          { path: '/settings/products', element: <ProductsPage /> },
          { path: '/settings/touchpoints', element: <TouchpointsPage /> },
          { path: '/settings/lifecycle', element: <LifecyclePage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
