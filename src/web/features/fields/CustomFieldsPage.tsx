import { Tabs } from '@mantine/core';
import { IconBuilding, IconMessages, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import type { EntityType } from './api.ts';
import { FieldList } from './FieldList.tsx';

const TABS: readonly EntityType[] = ['person', 'company', 'activity'];

/**
 * The custom fields of people, companies and activities (/settings/fields), one tab each, the tab kept in
 * the address (?for=company, ?for=activity) so that a reload or a shared link opens the same one. Everyone
 * may read them; only admins see the controls that change them (the server refuses the others anyway).
 */
export function CustomFieldsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const entityType: EntityType = TABS.find((e) => e === params.get('for')) ?? 'person';
  const canEdit = roleAtLeast(session.role, 'admin');
  return (
    <>
      <PageHeader title={t('nav.customFields')} description={canEdit ? t('customFields.description') : t('customFields.readOnly')} />
      <Tabs
        value={entityType}
        onChange={(value) => setParams(value && value !== 'person' ? { for: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="person" leftSection={<IconUsers size={18} />}>
            {t('customFields.entities.person')}
          </Tabs.Tab>
          <Tabs.Tab value="company" leftSection={<IconBuilding size={18} />}>
            {t('customFields.entities.company')}
          </Tabs.Tab>
          <Tabs.Tab value="activity" leftSection={<IconMessages size={18} />}>
            {t('customFields.entities.activity')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="person">
          <FieldList entityType="person" canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="company">
          <FieldList entityType="company" canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <FieldList entityType="activity" canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
