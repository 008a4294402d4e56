// The look: calm and business-like, an indigo close to 藍色 as the accent, Japanese fonts first.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const ai: MantineColorsTuple = [
  '#eaf2f8', '#d5e3ee', '#a8c5dc', '#78a6ca', '#518bba', '#387ab1', '#2a71ae', '#1d5f99', '#13548a', '#00477a',
];

const fontFamily = '"Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", YuGothic, Meiryo, sans-serif';

export const theme = createTheme({
  primaryColor: 'ai',
  primaryShade: 8,
  colors: { ai },
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
});
