import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { DetailList } from '../../ui/DetailList.tsx';
import { Section } from '../../ui/Section.tsx';
import { useFields } from '../fields/api.ts';
import { CustomFieldDetails } from '../fields/CustomFieldsSection.tsx';
import type { Company } from './api.ts';

/** The people who work at the company, each opening their own record. */
function CompanyPeople({ people }: { people: Company['people'] }) {
  const { t } = useTranslation();
  if (people.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('companies.peopleEmpty')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing="xs" aria-label={t('companies.sections.people')}>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.personId}>
            <Table.Td>
              <Anchor component={Link} to={`/people/${person.personId}`} fw={600} size="sm">
                {person.displayName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[person.department, person.jobTitle].filter(Boolean).join(' ')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The record, read-only, in the sections of the form, its custom fields, then the people who work there. */
export function CompanyDetails({ company }: { company: Company }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const none = t('companies.notRecorded');
  const street = [company.prefecture, company.city, company.addressLine].filter(Boolean).join('');
  const listed = company.listed === null ? null : t(company.listed ? 'companies.listed.listed' : 'companies.listed.unlisted');
  const fields = useFields('company');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <Section title={t('companies.sections.profile')}>
            <DetailList
              empty={none}
              items={[
                { key: 'number', label: t('companies.fields.corporateNumber'), value: company.corporateNumber },
                { key: 'representative', label: t('companies.fields.representative'), value: company.representative },
                { key: 'industry', label: t('companies.fields.industry'), value: company.industry },
                {
                  key: 'capital',
                  label: t('companies.fields.capital'),
                  value: company.capital === null ? null : t('companies.yen', { formatted: formatNumber(company.capital, locale) }),
                },
                {
                  key: 'employees',
                  label: t('companies.fields.employees'),
                  value: company.employees === null ? null : t('companies.persons', { formatted: formatNumber(company.employees, locale) }),
                },
                { key: 'listed', label: t('companies.fields.listed'), value: listed },
                {
                  key: 'fiscalMonth',
                  label: t('companies.fields.fiscalMonth'),
                  value: company.fiscalMonth === null ? null : t('companies.month', { month: company.fiscalMonth }),
                },
                { key: 'business', label: t('companies.fields.businessDescription'), value: company.businessDescription },
              ]}
            />
          </Section>
          <Section title={t('companies.sections.contact')}>
            <DetailList
              empty={none}
              items={[
                { key: 'phone', label: t('companies.fields.phone'), value: company.phone ? <Anchor href={`tel:${company.phone}`} size="sm">{company.phone}</Anchor> : null },
                {
                  key: 'website',
                  label: t('companies.fields.website'),
                  value: company.website ? (
                    <Anchor href={company.website} target="_blank" rel="noopener noreferrer" size="sm">
                      {company.website}
                    </Anchor>
                  ) : null,
                },
              ]}
            />
          </Section>
        </Stack>
        <Stack gap="md">
          <Section title={t('companies.sections.address')}>
            <DetailList
              empty={none}
              items={[
                { key: 'postal', label: t('companies.fields.postalCode'), value: company.postalCode ? `〒${company.postalCode}` : null },
                { key: 'street', label: t('companies.address'), value: street },
                { key: 'building', label: t('companies.fields.building'), value: company.building },
              ]}
            />
          </Section>
          <Section title={t('companies.sections.record')}>
            <DetailList
              empty={none}
              items={[
                { key: 'created', label: t('companies.createdAt'), value: formatDateTime(company.createdAt, locale) },
                { key: 'updated', label: t('companies.updatedAt'), value: formatDateTime(company.updatedAt, locale) },
              ]}
            />
          </Section>
        </Stack>
      </SimpleGrid>
      <CustomFieldDetails fields={fields.data ?? []} custom={company.custom} empty={none} />
      {/* Last, across the width: it can be long, and on a phone the company's own details come first. */}
      <Section title={t('companies.sections.people')}>
        <CompanyPeople people={company.people} />
      </Section>
    </Stack>
  );
}
