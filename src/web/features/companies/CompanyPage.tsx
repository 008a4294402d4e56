import { Button } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { useCompany, type Company } from './api.ts';
import { CompanyDetails } from './CompanyDetails.tsx';
import { CompanyHeader } from './CompanyHeader.tsx';
import { EditCompany } from './EditCompany.tsx';
import { useDeleteCompany } from './useDeleteCompany.tsx';

function CompanyRecord({ company }: { company: Company }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [editing, setEditing] = useState(false);
  const deletion = useDeleteCompany();
  const canEdit = roleAtLeast(session.role, 'member');

  if (editing) {
    return (
      <>
        <CompanyHeader company={company} />
        <EditCompany company={company} onDone={() => setEditing(false)} />
      </>
    );
  }
  return (
    <>
      <CompanyHeader
        company={company}
        actions={
          canEdit ? (
            <>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} loading={deletion.isPending} onClick={() => deletion.remove(company)}>
                {t('companies.delete')}
              </Button>
              <Button leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>
                {t('companies.edit')}
              </Button>
            </>
          ) : null
        }
      />
      <CompanyDetails company={company} />
    </>
  );
}

/** One company's record (/companies/:companyId): read, and for members edit and delete. */
export function CompanyPage() {
  const { companyId = '' } = useParams();
  const company = useCompany(companyId);
  // Keyed by company: opening another record (a duplicate's link) starts fresh, not in the last one's edit.
  return <Loaded query={company}>{(data) => <CompanyRecord key={data.companyId} company={data} />}</Loaded>;
}
