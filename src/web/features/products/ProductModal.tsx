import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { useVersionedEdit } from '../../app/useVersionedEdit.tsx';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { usePhone } from '../../ui/usePhone.ts';
import { useCreateProduct, useLatestProduct, useUpdateProduct, type Product } from './api.ts';
import { ProductFields } from './ProductFields.tsx';
import { changedFields, emptyProductValues, rebase, toCreateBody, toPatchBody, valuesFromProduct } from './productForm.ts';
import { useProductForm } from './useProductForm.ts';

const rules = { valuesOf: valuesFromProduct, changedFields, rebase, toPatchBody };

/** The modal both forms sit in: the whole screen on a phone, where a centred box would leave no room to type. */
function ProductModalFrame({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const phone = usePhone();
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" fullScreen={phone}>
      {children}
    </Modal>
  );
}

export function CreateProductModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProduct();
  const form = useProductForm(emptyProductValues());
  const submit = submitTo(form, create, toCreateBody, (product) => {
    notifications.show({ color: 'teal', message: t('products.created', { name: product.name }) });
    onClose();
  });
  return (
    <ProductModalFrame title={t('products.createTitle')} onClose={onClose}>
      <ModalForm onSubmit={submit} onCancel={onClose} submitLabel={t('products.createSubmit')} loading={create.isPending}>
        <ProductFields form={form} />
      </ModalForm>
    </ProductModalFrame>
  );
}

/** Editing a product, checked against the version it started from (see useVersionedEdit). */
export function EditProductModal({ product, onClose }: { product: Product; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    record: product, rules, useForm: useProductForm, update: useUpdateProduct(product.productId), latest: useLatestProduct(product),
    onSaved: (saved) => notifications.show({ color: 'teal', message: t('products.saved', { name: saved.name }) }),
    onDone: onClose,
    fieldLabel: (field) => t(`products.fields.${field}`),
    section: 'products',
  });
  return (
    <ProductModalFrame title={t('products.editTitle', { name: product.name })} onClose={onClose}>
      <ModalForm onSubmit={edit.submit} onCancel={onClose} submitLabel={t('ui.save')} loading={edit.saving}>
        <Stack>
          <ProductFields form={edit.form} />
          {edit.notice}
        </Stack>
      </ModalForm>
    </ProductModalFrame>
  );
}
