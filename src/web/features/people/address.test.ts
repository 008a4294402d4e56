import { describe, expect, it } from 'vitest';
import { postalDigits, withTown } from './address.ts';

describe('postalDigits', () => {
  it('reads a complete code in the forms people type it', () => {
    for (const input of ['1500041', '150-0041', '〒150-0041', '１５０－００４１']) expect(postalDigits(input), input).toBe('1500041');
  });
  it('waits for all seven digits', () => {
    expect(postalDigits('150-004')).toBeNull();
    expect(postalDigits('')).toBeNull();
  });
});

describe('withTown', () => {
  it('puts the town in front of the street number', () => {
    expect(withTown('1-2-3', '神南', null)).toBe('神南1-2-3');
  });
  it('does not double a town that is already there', () => {
    expect(withTown('神南1-2-3', '神南', null)).toBe('神南1-2-3');
  });
  it('replaces the town an earlier code filled in', () => {
    expect(withTown('神南1-2-3', '宇田川町', '神南')).toBe('宇田川町1-2-3');
  });
  it('adds nothing for a code without a town', () => {
    expect(withTown('1-2-3', '', null)).toBe('1-2-3');
  });
});
