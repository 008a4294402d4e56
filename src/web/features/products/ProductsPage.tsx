import { Badge, Button, Group, Loader, Stack, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPackage, IconPencil, IconPlus, IconSearch, IconZoomQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useUrlSearch } from '../../ui/useUrlSearch.ts';
import { useProducts, type Product } from './api.ts';
import { taxRateValue } from './productForm.ts';
import { CreateProductModal, EditProductModal } from './ProductModal.tsx';

/**
 * The product master (/settings/products): searched by code or name (kept in `?q=`), products no longer
 * sold shown on request (`?inactive=1`). Everyone may read it; only admins see the buttons that change it.
 */
export function ProductsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const locale = currentLocale();
  const canEdit = roleAtLeast(session.role, 'admin');
  const [text, setText, q] = useUrlSearch();
  const [params, setParams] = useSearchParams();
  const includeInactive = params.get('inactive') === '1';
  const products = useProducts(q, includeInactive);
  // null: no modal; 'new': the create form; a product: its edit form.
  const [open, setOpen] = useState<Product | 'new' | null>(null);

  const showInactive = (on: boolean) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (on) next.set('inactive', '1');
      else next.delete('inactive');
      return next;
    }, { replace: true });

  const columns: Column<Product>[] = [
    {
      key: 'name',
      header: t('products.fields.name'),
      render: (p) => (
        <Stack gap={0}>
          <Text fw={600} size="sm">{p.name}</Text>
          {p.nameKana ? <Text size="xs" c="dimmed">{p.nameKana}</Text> : null}
        </Stack>
      ),
    },
    { key: 'code', header: t('products.fields.code'), render: (p) => p.code, nowrap: true },
    { key: 'category', header: t('products.fields.category'), render: (p) => p.category ?? '' },
    { key: 'price', header: t('products.fields.price'), render: (p) => t('products.yen', { formatted: formatNumber(p.price, locale) }), nowrap: true },
    { key: 'tax', header: t('products.fields.taxRate'), render: (p) => t(`products.taxRates.${taxRateValue(p.taxRate)}`), nowrap: true },
    {
      key: 'status',
      header: t('products.status'),
      render: (p) => (
        <Badge variant="light" color={p.active ? 'teal' : 'gray'} radius="sm">
          {p.active ? t('products.activeBadge') : t('products.inactiveBadge')}
        </Badge>
      ),
      nowrap: true,
    },
    ...(canEdit
      ? [{
          key: 'actions',
          header: <VisuallyHidden>{t('ui.actions')}</VisuallyHidden>,
          render: (p: Product) => (
            <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} />} onClick={() => setOpen(p)} aria-label={t('products.editOf', { name: p.name })}>
              {t('products.edit')}
            </Button>
          ),
        }]
      : []),
  ];

  const searching = products.isFetching && products.isPlaceholderData;
  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={canEdit ? t('products.description') : t('products.readOnly')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setOpen('new')}>
              {t('products.create')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <Group gap="md" align="center" wrap="wrap">
          <TextInput
            type="search"
            size="md"
            style={{ flex: '1 1 16rem' }}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            aria-label={t('products.searchLabel')}
            placeholder={t('products.searchPlaceholder')}
            leftSection={<IconSearch size={18} />}
            rightSection={searching ? <Loader size="xs" aria-label={t('ui.loading')} /> : null}
          />
          <Switch label={t('products.showInactive')} checked={includeInactive} onChange={(event) => showInactive(event.currentTarget.checked)} />
        </Group>
        <PagedTable
          query={products}
          label={t('products.title')}
          columns={columns}
          rowKey={(p) => p.productId}
          empty={
            q ? (
              <EmptyPanel icon={IconZoomQuestion} title={t('products.noMatchTitle')} description={t('products.noMatchDescription')} />
            ) : (
              <EmptyPanel icon={IconPackage} title={t('products.emptyTitle')} description={canEdit ? t('products.emptyDescription') : undefined} />
            )
          }
        />
      </Stack>
      {open === 'new' ? <CreateProductModal onClose={() => setOpen(null)} /> : null}
      {open && open !== 'new' ? <EditProductModal key={open.productId} product={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
