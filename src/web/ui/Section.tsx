import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled card that groups the fields of a form or of a record page. */
export function Section({ title, description, children }: SectionProps) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={3} fz="h4" mb={description ? 0 : 'md'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      {children}
    </Card>
  );
}
